/**
 * The checks a protocol-only run applies (a service without the member-invitation family: Macie, or a model file named
 * with `certify --model`): those judging one answer by itself — is the operation served, its status, its error and
 * success shapes, its bytes, throttling and availability. The unprocessed-entry checks and the member status need the
 * family's roles, and every other check a state the run does not play.
 */
import { THROTTLED_OUT, UNAVAILABLE_OUT } from "./availability.ts";
import type { CheckDefinition } from "./define-check.ts";
import { ERROR_SHAPE_CHECKS } from "./error-shapes.ts";
import { NOT_IMPLEMENTED } from "./operation-implemented.ts";
import { STATUS_CODE_CHECKS, VALID_INPUT_ACCEPTED } from "./status-codes.ts";
import { SUCCESS_SHAPE_CHECKS } from "./success-shapes.ts";
import { WIRE_ENCODING_CHECKS } from "./wire-encoding.ts";

const PROTOCOL_CHECKS: readonly CheckDefinition[] = [
  NOT_IMPLEMENTED,
  // Not valid-input-accepted: only the family's roles say which state lets a call succeed, and such a run knows none.
  ...STATUS_CODE_CHECKS.filter((check) => check !== VALID_INPUT_ACCEPTED),
  ...ERROR_SHAPE_CHECKS,
  ...SUCCESS_SHAPE_CHECKS,
  ...WIRE_ENCODING_CHECKS,
  THROTTLED_OUT,
  UNAVAILABLE_OUT,
];

/** The ids of the checks a protocol-only run applies. */
export const PROTOCOL_CHECK_IDS: ReadonlySet<string> = new Set(PROTOCOL_CHECKS.map((check) => check.id));
