/**
 * The checks as a service reads them: each check of the registry, its service-neutral definition merged with what the
 * service's documentation says for it (specs/check-texts.ts, one file per service under specs/services/) — its rule
 * in the service's words, and its statement patterns with the service's own added. The traceability of a service's
 * documentation, the statements a run exercised, the reports, the generated pages and the variant catalogue's proof
 * read a service's checks so; a finding carries its check's rule as the service words it (conformance/case-run.ts).
 */
import type { Untested } from "../specs/check-texts.ts";
import type { ServiceDescriptor } from "../specs/service-descriptor.ts";
import { checkTextsOf } from "../specs/services/index.ts";
import type { CheckDefinition } from "./define-check.ts";
import { CHECKS, type CheckId } from "./index.ts";

/** A check of the registry as one service reads it: data only (its `run` is the registry's, the same for every service). */
export type ServiceCheck = CheckDefinition<CheckId>;

interface Read {
  checks: readonly ServiceCheck[];
  byId: ReadonlyMap<string, ServiceCheck>;
}

const cached = new Map<string, Read>();

/** The registry read with the service's texts, once per service and process. */
function read(service: Pick<ServiceDescriptor, "name">): Read {
  let found = cached.get(service.name);
  if (!found) {
    const texts = checkTextsOf(service).checks;
    const checks = CHECKS.map(({ id, family, source, severity, rule, statements }): ServiceCheck => {
      const text = texts[id];
      return { id, family, source, severity, rule: text?.rule ?? rule, statements: [...statements, ...(text?.statements ?? [])] };
    });
    cached.set(service.name, (found = { checks, byId: new Map(checks.map((c) => [c.id, c])) }));
  }
  return found;
}

/** Every check of the registry, in its order, with the service's rule and statements. */
export function checksOf(service: Pick<ServiceDescriptor, "name">): readonly ServiceCheck[] {
  return read(service).checks;
}

/** The statements of the service's documentation no check enforces, each with why. */
export function untestedOf(service: Pick<ServiceDescriptor, "name">): readonly Untested[] {
  return checkTextsOf(service).untested;
}

/** A check's rule as the service words it; undefined for an id the registry does not hold. */
export function ruleOf(service: Pick<ServiceDescriptor, "name">, check: string): string | undefined {
  return read(service).byId.get(check)?.rule;
}
