/**
 * The checks as a service reads them: each check of the registry, its service-neutral definition merged with what the
 * service's documentation says for it (specs/check-texts.ts, one file per service under specs/services/) — its rule
 * in the service's words, and its statement patterns with the service's own added. The traceability of a service's
 * documentation, the statements a run exercised, the reports, the generated pages and the variant catalogue's proof
 * read a service's checks so; a finding carries its check's rule as the service words it (conformance/case-run.ts).
 */
import type { Untested } from "../specs/check-texts.ts";
import type { ServiceBasics } from "../specs/service-descriptor.ts";
import { checkTextsOf } from "../specs/services/index.ts";
import type { CheckDefinition } from "./define-check.ts";
import { CHECKS, type CheckId } from "./index.ts";
import { PROTOCOL_CHECK_IDS } from "./protocol-checks.ts";

/**
 * A service as the checks read it: by its name (its texts), the model file it was made from (whose texts it carries),
 * and whether it is certified for protocol and shapes only (then only the checks of single answers apply, and every
 * statement none of them enforces is beyond what its run plays).
 */
export type CheckedService = Pick<ServiceBasics, "name" | "modelFile"> & { readonly protocolOnly?: string };

/** What a protocol-only run leaves unenforced: every statement the checks of single answers do not enforce. */
export const BEYOND_PROTOCOL: Untested = {
  statements: "*",
  kind: "beyond-protocol",
  reason:
    "A protocol-only run judges status codes, error and success shapes and the wire; no check of those enforces this statement (it is about state, effects or what a value means), and the run plays no scenario that could.",
};

/** A check of the registry as one service reads it: data only (its `run` is the registry's, the same for every service). */
export type ServiceCheck = CheckDefinition<CheckId>;

interface Read {
  checks: readonly ServiceCheck[];
  byId: ReadonlyMap<string, ServiceCheck>;
}

// By descriptor: a service made from a model file may share a built-in one's name (Security Hub's own model, named with --model).
const cached = new WeakMap<CheckedService, Read>();

/** The registry read with the service's texts, once per service and process; a protocol-only service's, the checks of single answers. */
function read(service: CheckedService): Read {
  let found = cached.get(service);
  if (!found) {
    const texts = checkTextsOf(service).checks;
    const checks = CHECKS.filter((c) => service.protocolOnly === undefined || PROTOCOL_CHECK_IDS.has(c.id)).map(
      ({ id, family, source, severity, rule, statements }): ServiceCheck => {
        const text = texts[id];
        return { id, family, source, severity, rule: text?.rule ?? rule, statements: [...statements, ...(text?.statements ?? [])] };
      },
    );
    cached.set(service, (found = { checks, byId: new Map(checks.map((c) => [c.id, c])) }));
  }
  return found;
}

/** Every check of the registry (a protocol-only service's: those of single answers), in its order, with the service's rule and statements. */
export function checksOf(service: CheckedService): readonly ServiceCheck[] {
  return read(service).checks;
}

/** The statements of the service's documentation no check enforces, each with why (a protocol-only service's end with BEYOND_PROTOCOL). */
export function untestedOf(service: CheckedService): readonly Untested[] {
  const { untested } = checkTextsOf(service);
  return service.protocolOnly === undefined ? untested : [...untested, BEYOND_PROTOCOL];
}

/** A check's rule as the service words it; undefined for an id the registry does not hold. */
export function ruleOf(service: CheckedService, check: string): string | undefined {
  return read(service).byId.get(check)?.rule;
}
