/** Alternative emulators built on the reference emulator's extension point, to prove the suite's verdicts. */
import type { CheckId } from "../checks/index.ts";
import type { RunConfig } from "../conformance/run-config.ts";
import type { Behaviour } from "../emulator/index.ts";
import { SECURITY_HUB } from "../specs/services/securityhub.ts";

/**
 * The service the catalogue's variants are of: they plant faults in its reference emulator, and claim its documented
 * statements (as its checks' patterns trace them).
 */
export const VARIANT_SERVICE = SECURITY_HUB;

export interface Variant {
  /** One line: a faulty variant quotes the documented rule it breaks; a tolerant one names the undocumented choice it makes. */
  description: string;
  name: string;
  kind: "faulty" | "tolerant";
  /** For a faulty variant: the check whose finding must catch it. */
  caughtBy?: CheckId;
  /**
   * For a faulty variant: the documented statements it breaks (ids of specs/statements.json, `*` standing for any run
   * of characters), each one `caughtBy` enforces. A run proves each when it finds a failure of `caughtBy` on an
   * operation the statement is about (variants/statement-proof.ts).
   */
  breaks?: readonly string[];
  /**
   * The scenarios, operations or check families a run against it plays (as `--only` names them), when not those about
   * the operations of the statements it breaks (every scenario, for a variant that claims none): for a fault that
   * shows only in other scenarios (variants/statement-proof.ts, runScope).
   */
  only?: readonly string[];
  /** For a tolerant variant: checks that must warn about it (each open choice a warning names is proven here). */
  warnedBy?: readonly CheckId[];
  /** How the suite runs against it, when not as by default (e.g. `--strict`). */
  config?: Partial<Pick<RunConfig, "strict" | "settleMs">>;
  /** A fresh behaviour per emulator (some keep counters); its name and description are the variant's. */
  behaviour: () => VariantBehaviour;
}

export type VariantBehaviour = Omit<Behaviour, "name" | "description">;

/** The variant as a behaviour for `startEmulator`. */
export function behaviourOf(variant: Variant): Behaviour {
  return { ...variant.behaviour(), name: variant.name, description: variant.description };
}
