/** Alternative emulators built on the reference emulator's extension point, to prove the suite's verdicts. */
import type { CheckId } from "../checks/index.ts";
import type { RunConfig } from "../conformance/run-config.ts";
import type { Behaviour, EmulatorState } from "../emulator/index.ts";
import { SECURITY_HUB } from "../specs/services/securityhub.ts";

/**
 * The service the catalogue's variants are of: they plant faults in its reference emulator, and claim its documented
 * statements (as its checks' patterns trace them).
 */
export const VARIANT_SERVICE = SECURITY_HUB;

/** A variant of the emulator of one service; `S` is that emulator's state (Security Hub's by default). */
export interface Variant<S = EmulatorState> {
  /** One line: a faulty variant quotes the documented rule it breaks; a tolerant one names the undocumented choice it makes. */
  description: string;
  name: string;
  kind: "faulty" | "tolerant";
  /** The service whose emulator it varies, by its descriptor's name; absent, Security Hub's. */
  service?: string;
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
  behaviour: () => VariantBehaviour<S>;
}

/**
 * A variant of any service's emulator: each is of its own service's state, which only its emulator knows (a handler of
 * one state accepts no other, so a list of several services' variants holds them as any).
 */
export type AnyVariant = Variant<any>;

export type VariantBehaviour<S = EmulatorState> = Omit<Behaviour<S>, "name" | "description" | "service">;

/** The variant as a behaviour for `startEmulator` (of the variant's service). */
export function behaviourOf<S>(variant: Variant<S>): Behaviour<S> {
  return { ...variant.behaviour(), name: variant.name, description: variant.description, ...(variant.service ? { service: variant.service } : {}) };
}
