/**
 * The variants generated from the documented statements, one family per kind of statement (errors, successes, input
 * values, outputs, UnprocessedAccounts). A family makes one variant per operation (and member, or error) the
 * statements are about; a statement a hand-written variant already claims gets no generated twin.
 */
import { matchesPattern } from "../../checks/traceability.ts";
import { claimsOf } from "../statement-proof.ts";
import type { Unproven } from "../unproven-statements.ts";
import type { AnyVariant } from "../variant.ts";
import type { Documented } from "./from-statements.ts";
import { errorStatusFaults, throttlingFaults, undocumentedErrorFaults } from "./error-answers.ts";
import { malformedInputFaults, validValueFaults } from "./input-values.ts";
import { outputTypeFaults, successBodyFaults, successStatusFaults } from "./success-answers.ts";
import { unprocessedListFaults } from "./unprocessed-lists.ts";

const FAMILIES = [
  successStatusFaults,
  successBodyFaults,
  errorStatusFaults,
  throttlingFaults,
  undocumentedErrorFaults,
  validValueFaults,
  malformedInputFaults,
  outputTypeFaults,
  unprocessedListFaults,
];

/**
 * The faulty variants generated from a service's documented statements, for those its written variants do not claim
 * and its list of unproven statements does not explain (a variant of one would find nothing to break).
 */
export function generatedFaults(documented: Documented, handWritten: readonly AnyVariant[], unproven: readonly Unproven[]): AnyVariant[] {
  const claimed = claimsOf(handWritten, documented.statements);
  const explained = (id: string): boolean => unproven.some((u) => matchesPattern(u.statements, id));
  return FAMILIES.flatMap((family) => family(documented)).flatMap((variant) => {
    const breaks = (variant.breaks ?? []).filter((id) => !claimed.has(id) && !explained(id));
    return breaks.length === 0 ? [] : [{ ...variant, breaks }];
  });
}
