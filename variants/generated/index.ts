/**
 * The variants generated from the documented statements, one family per kind of statement (errors, successes, input
 * values, outputs, UnprocessedAccounts). A family makes one variant per operation (and member, or error) the
 * statements are about; a statement a hand-written variant already claims gets no generated twin.
 */
import type { Statement } from "../../specs/statements.ts";
import { claimsOf } from "../statement-proof.ts";
import type { Variant } from "../variant.ts";
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

export function generatedFaults(statements: readonly Statement[], handWritten: readonly Variant[]): Variant[] {
  const claimed = claimsOf(handWritten, statements);
  return FAMILIES.flatMap((family) => family(statements)).flatMap((variant) => {
    const breaks = (variant.breaks ?? []).filter((id) => !claimed.has(id));
    return breaks.length === 0 ? [] : [{ ...variant, breaks }];
  });
}
