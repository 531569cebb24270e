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
  refusedAsOff: string | undefined;
  /**
   * Where switching on made a resource (GuardDuty's detector) and `operation` is the call finding it (ListDetectors):
   * the id the switching-on call answered, and the ids the finding call listed (undefined when it did not answer with a list).
   */
  resource?: { made: string; listed: readonly unknown[] | undefined };
}

export const ACTIVATED_ACCOUNT_SERVED = defineCheck({
  id: "state/activated-account-served",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "Switching the service on for an account lets it use the family's calls: an account the suite switched on is not refused as one that is off, and the resource switching on made (where it makes one) is listed by the call that finds it.",
  statements: [],
  run({ operation, account, exchange, activation, refusedAsOff, resource }: ActivatedCall) {
    if (operation === activation) return NOT_APPLICABLE;
    const { status, headers, json } = viewResponse(exchange);
    const refused = refusedAsOff !== undefined && identifyError(headers, json).type === refusedAsOff;
    const unlisted = resource !== undefined && resource.listed !== undefined && !resource.listed.includes(resource.made);
    // The defect is the switching-on call's: it answered as if it switched the account on.
    return judged(
      activation,
      [
        refused && {
          title: `${activation} answered as if it switched ${account} on, yet ${operation} refused it with ${refusedAsOff} (${status})`,
          facts: { account, operation, status },
          discriminator: operation,
        },
        unlisted && {
          title: `${activation} answered ${resource.made} for ${account}, yet ${operation} does not list it (it lists ${JSON.stringify(resource.listed)})`,
          facts: { account, operation, made: resource.made, listed: resource.listed },
          discriminator: `${operation}|unlisted`,
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
  rule: "The call creating members is only for an account that switched the service on: an account that never did is refused, never served.",
  statements: [],
  run({ operation, account, exchange }: NotActivatedCall) {
    const { status } = viewResponse(exchange);
    return judged(operation, [
      status >= 200 &&
        status < 300 && { title: `${operation} succeeded (${status}) for ${account}, which never switched the service on`, facts: { account, status } },
    ]);
  },
});
