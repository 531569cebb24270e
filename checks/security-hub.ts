/**
 * Security Hub must be enabled for an account to use the member operations: CreateMembers "can only be used by an
 * account that has Security Hub enabled", and once EnableSecurityHub succeeded an account's calls are no longer
 * refused as not enabled. Without the second rule a target that enables nothing, refusing every call with
 * InvalidAccessException (a documented error), would pass every other check without being tested by any.
 */
import type { Exchange } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { viewResponse } from "./response-view.ts";

/** An answer to an account whose Security Hub the case itself enabled (EnableSecurityHub answered 2xx or 409). */
export interface EnabledCall {
  operation: string;
  account: string;
  exchange: Exchange;
}

export const ENABLED_HUB_SERVES = defineCheck({
  id: "state/enabled-hub-serves",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: 'EnableSecurityHub "Enables Security Hub CSPM for your account"; services refuse an account that has not enabled it with InvalidAccessException ("The account doesn\'t have permission to perform this action"): an account the suite enabled is not refused so.',
  statements: ["EnableSecurityHub.model.enables-security-hub-cspm-for", "EnableSecurityHub.model.http"],
  run({ operation, account, exchange }: EnabledCall) {
    if (operation === "EnableSecurityHub") return NOT_APPLICABLE;
    const { status, headers, json } = viewResponse(exchange);
    const refused = identifyError(headers, json).type === "InvalidAccessException";
    // The defect is EnableSecurityHub's: it answered as if it enabled the hub.
    return judged(
      "EnableSecurityHub",
      [
        refused && {
          title: `EnableSecurityHub answered as if it enabled ${account}, yet ${operation} refused it with InvalidAccessException (${status})`,
          facts: { account, operation, status },
          discriminator: operation,
        },
      ],
      [operation],
    );
  },
});

/** CreateMembers sent by an account that never enabled Security Hub. */
export interface NotEnabledCall {
  account: string;
  exchange: Exchange;
}

export const SECURITY_HUB_REQUIRED = defineCheck({
  id: "status-codes/security-hub-required",
  family: "status-codes",
  source: "aws-model",
  severity: "failure",
  rule: 'CreateMembers: "This action can only be used by an account that has Security Hub CSPM enabled." An account that never enabled it is refused (services answer InvalidAccessException: "The account doesn\'t have permission to perform this action"), never served.',
  statements: [
    "CreateMembers.model.this-action-can-only-be",
    "CreateMembers.model.to-enable-security-hub-cspm",
    "CreateMembers.model.errors.InvalidAccessException",
  ],
  run({ account, exchange }: NotEnabledCall) {
    const { status } = viewResponse(exchange);
    return judged("CreateMembers", [
      status >= 200 &&
        status < 300 && { title: `CreateMembers succeeded (${status}) for ${account}, which never enabled Security Hub`, facts: { account, status } },
    ]);
  },
});
