/** The checks every response gets, whatever the scenario: status, error shape, success shape, UnprocessedAccounts structure, bytes. */
import type { Exchange } from "../client/exchange.ts";
import type { CheckContext, ExchangeInput } from "./check-context.ts";
import { findingsOf, judgeAll, type Check, type Verdict } from "./define-check.ts";
import { ERROR_SHAPE_CHECKS } from "./error-shapes.ts";
import type { Finding } from "./finding.ts";
import { MEMBER_STATUS_VALUE } from "./member-status.ts";
import { STATUS_CODE_CHECKS } from "./status-codes.ts";
import { SUCCESS_SHAPE_CHECKS } from "./success-shapes.ts";
import { UNPROCESSED_ENTRY_CHECKS } from "./unprocessed-accounts.ts";
import { WIRE_ENCODING_CHECKS } from "./wire-encoding.ts";

export const RESPONSE_CHECKS = [
  ...STATUS_CODE_CHECKS,
  ...ERROR_SHAPE_CHECKS,
  ...SUCCESS_SHAPE_CHECKS,
  MEMBER_STATUS_VALUE,
  ...UNPROCESSED_ENTRY_CHECKS,
  ...WIRE_ENCODING_CHECKS,
] as const;

const checks: readonly Check<string, ExchangeInput>[] = RESPONSE_CHECKS;

/** Every response check's verdict on one answer (those that apply to it). */
export function judgeResponse(context: CheckContext, exchange: Exchange): Verdict[] {
  return judgeAll(checks, { context, exchange });
}

/** The findings every response check makes of one answer. */
export function checkResponse(context: CheckContext, exchange: Exchange): Finding[] {
  return findingsOf(judgeResponse(context, exchange));
}
