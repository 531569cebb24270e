/** The checks every response gets, whatever the scenario: status, error shape, success shape, UnprocessedAccounts structure. */
import type { Exchange } from "../client/exchange.ts";
import type { CheckContext } from "./check-context.ts";
import { checkErrorShape } from "./error-shapes.ts";
import type { Finding } from "./finding.ts";
import { checkStatusCode } from "./status-codes.ts";
import { checkSuccessShape } from "./success-shapes.ts";
import { checkUnprocessedEntries } from "./unprocessed-accounts.ts";
import { checkWireEncoding } from "./wire-encoding.ts";

export function checkResponse(context: CheckContext, exchange: Exchange): Finding[] {
  return [
    ...checkStatusCode(context, exchange),
    ...checkErrorShape(context, exchange),
    ...checkSuccessShape(context, exchange),
    // UnprocessedAccounts name the ids of a valid batch; an invalid one a lenient target accepted has none to judge by.
    ...(context.intent.kind === "valid" ? checkUnprocessedEntries(context, exchange) : []),
    ...checkWireEncoding(context, exchange),
  ];
}
