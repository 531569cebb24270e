/**
 * A service must be switched on for an account to use the member operations (Security Hub: enabled; GuardDuty: a
 * detector made): Security Hub's CreateMembers "can only be used by an account that has Security Hub enabled", and
 * once switching on succeeded, an account's calls are no longer refused as off. Without the second rule a target that
 * switches nothing on, refusing every call as off (a documented error), would pass every other check untested.
 */
import type { Exchange } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { viewResponse } from "./response-view.ts";

/** An answer to an account the case itself switched on (the switching-on call answered 2xx, or "already on"). */
export interface ActivatedCall {
  operation: string;
  account: string;
  exchange: Exchange;
  /** The call that switched it on (EnableSecurityHub, CreateDetector). */
  activation: string;
  /** The error the service refuses an account that is off with, where it has one of its own (Security Hub's InvalidAccessException). */
  refusedAsOff: string;
}

export const ACTIVATED_ACCOUNT_SERVED = defineCheck({
  id: "state/activated-account-served",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: 'EnableSecurityHub "Enables Security Hub CSPM for your account"; services refuse an account that has not enabled it with InvalidAccessException ("The account doesn\'t have permission to perform this action"): an account the suite enabled is not refused so.',
  statements: ["EnableSecurityHub.model.enables-security-hub-cspm-for", "EnableSecurityHub.model.http"],
  run({ operation, account, exchange, activation, refusedAsOff }: ActivatedCall) {
    if (operation === activation) return NOT_APPLICABLE;
    const { status, headers, json } = viewResponse(exchange);
    const refused = identifyError(headers, json).type === refusedAsOff;
    // The defect is the switching-on call's: it answered as if it switched the account on.
    return judged(
      activation,
      [
        refused && {
          title: `${activation} answered as if it switched ${account} on, yet ${operation} refused it with ${refusedAsOff} (${status})`,
          facts: { account, operation, status },
          discriminator: operation,
        },
      ],
      [operation],
    );
  },
});

/** A member operation called by an account that never switched the service on. */
export interface NotActivatedCall {
  operation: string;
  account: string;
  exchange: Exchange;
}

export const ACTIVATION_REQUIRED = defineCheck({
  id: "status-codes/activation-required",
  family: "status-codes",
  source: "aws-model",
  severity: "failure",
  rule: 'CreateMembers: "This action can only be used by an account that has Security Hub CSPM enabled." An account that never enabled it is refused (services answer InvalidAccessException: "The account doesn\'t have permission to perform this action"), never served.',
  statements: [
    "CreateMembers.model.this-action-can-only-be",
    "CreateMembers.model.to-enable-security-hub-cspm",
    "CreateMembers.model.errors.InvalidAccessException",
  ],
  run({ operation, account, exchange }: NotActivatedCall) {
    const { status } = viewResponse(exchange);
    return judged(operation, [
      status >= 200 &&
        status < 300 && { title: `${operation} succeeded (${status}) for ${account}, which never switched the service on`, facts: { account, status } },
    ]);
  },
});
