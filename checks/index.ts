/**
 * The registry of checks: every rule the suite judges by, with its family, source and severity. The README's
 * list of checks, the reports and the variant catalogue's test all read it, so they cannot drift apart.
 */
import { THROTTLED_OUT, UNAVAILABLE_OUT } from "./availability.ts";
import { ACCEPT_NEEDS_INVITATION, DECLINE_ONLY_NAMED, DECLINE_REMOVES, INVITE_REFLECTED, INVITE_VISIBLE, NO_PHANTOM_INVITATION, PENDING_LISTED, UNPROCESSED_NO_EFFECT } from "./effects.ts";
import { ERROR_BODY_JSON, ERROR_CONTENT_TYPE, ERROR_DOCUMENTED, ERROR_MESSAGE, ERROR_NAMED, ERROR_SERVICE_WIDE, ERROR_STATUS_MATCHES } from "./error-shapes.ts";
import type { CheckDefinition } from "./finding.ts";

export { CHECK_FAMILIES, CHECK_SOURCES, SOURCE_NAMES, type CheckDefinition, type CheckFamily, type CheckSource, type Finding, type Severity } from "./finding.ts";
import { LIST_ONLY_OWN, OTHERS_UNTOUCHED } from "./isolation.ts";
import { NOT_IMPLEMENTED } from "./operation-implemented.ts";
import { PARITY_CHECKS } from "./parity.ts";
import { DOCUMENTED_STATUS, INVALID_INPUT_REJECTED, MODEL_CONSTRAINT_ENFORCED, NO_5XX_FOR_VALID_INPUT } from "./status-codes.ts";
import { SUCCESS_BODY_JSON, SUCCESS_CONTENT_TYPE, SUCCESS_SCHEMA, SUCCESS_STATUS, UNKNOWN_MEMBERS } from "./success-shapes.ts";
import { ELIGIBLE_PROCESSED, ENTRY_FROM_REQUEST, INELIGIBLE_REPORTED, NO_DUPLICATE_ENTRY, PROCESSING_RESULT } from "./unprocessed-accounts.ts";
import { ERROR_CONTENT_CODING, ERROR_UTF8, SUCCESS_CONTENT_CODING, SUCCESS_UTF8 } from "./wire-encoding.ts";

export const CHECKS: readonly CheckDefinition[] = [
  NOT_IMPLEMENTED,
  DOCUMENTED_STATUS,
  NO_5XX_FOR_VALID_INPUT,
  INVALID_INPUT_REJECTED,
  MODEL_CONSTRAINT_ENFORCED,
  ERROR_NAMED,
  ERROR_DOCUMENTED,
  ERROR_SERVICE_WIDE,
  ERROR_STATUS_MATCHES,
  ERROR_BODY_JSON,
  ERROR_MESSAGE,
  ERROR_CONTENT_TYPE,
  ERROR_UTF8,
  ERROR_CONTENT_CODING,
  SUCCESS_STATUS,
  SUCCESS_BODY_JSON,
  SUCCESS_CONTENT_TYPE,
  SUCCESS_SCHEMA,
  UNKNOWN_MEMBERS,
  SUCCESS_UTF8,
  SUCCESS_CONTENT_CODING,
  ENTRY_FROM_REQUEST,
  NO_DUPLICATE_ENTRY,
  PROCESSING_RESULT,
  INELIGIBLE_REPORTED,
  ELIGIBLE_PROCESSED,
  INVITE_VISIBLE,
  INVITE_REFLECTED,
  UNPROCESSED_NO_EFFECT,
  DECLINE_REMOVES,
  DECLINE_ONLY_NAMED,
  PENDING_LISTED,
  NO_PHANTOM_INVITATION,
  ACCEPT_NEEDS_INVITATION,
  LIST_ONLY_OWN,
  OTHERS_UNTOUCHED,
  THROTTLED_OUT,
  UNAVAILABLE_OUT,
  ...PARITY_CHECKS,
];

/** The check with this id. */
export function checkById(id: string): CheckDefinition {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}
