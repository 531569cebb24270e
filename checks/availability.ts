/** Family 7 (availability): throttling and transient unavailability are retried as AWS SDKs retry them; a finding only when retries run out. */
import { defineCheck, judged } from "./define-check.ts";

/** How a request fared against throttling or unavailability, once its retries ended. */
export interface RetryOutcome {
  operation: string;
  /** What the last answer was, when retries ran out; undefined when the request got through. */
  exhausted: "throttled" | "unavailable" | undefined;
  /** The kinds of refusal met on the way (a request that met none says nothing about these rules). */
  met: readonly ("throttled" | "unavailable")[];
  attempts: number;
  status: number;
  /** Why retries stopped early: the run had already waited its budget in vain (see WaitBudget). */
  budgetSpentMs: number | undefined;
}

function exhaustion(kind: "throttled" | "unavailable") {
  return (outcome: RetryOutcome) => {
    // Every request that met this kind of refusal exercises the rule; one that never met it says nothing.
    if (!outcome.met.includes(kind)) return undefined;
    if (outcome.exhausted !== kind) return judged(outcome.operation);
    const how = kind === "throttled" ? "throttled" : `unavailable (${outcome.status})`;
    const why =
      outcome.budgetSpentMs !== undefined ? ` (the run had already waited its ${outcome.budgetSpentMs / 1000} s in vain, so it no longer retries)` : "";
    return judged(outcome.operation, [
      {
        title: `${outcome.operation} was still ${how} after ${outcome.attempts} attempt(s)${why}`,
        facts: { attempts: outcome.attempts, status: outcome.status },
      },
    ]);
  };
}

export const THROTTLED_OUT = defineCheck({
  id: "availability/throttled-out",
  family: "availability",
  source: "aws-convention",
  severity: "failure",
  rule: "Throttling (429, or an error AWS SDKs retry as throttling: LimitExceededException, ThrottlingException, TooManyRequestsException …) is retried with capped exponential backoff and jitter; a target still throttling after every retry is not available to its clients.",
  statements: [],
  run: exhaustion("throttled"),
});

export const UNAVAILABLE_OUT = defineCheck({
  id: "availability/unavailable-out",
  family: "availability",
  source: "aws-convention",
  severity: "failure",
  rule: "Transient unavailability (502, 503 ServiceUnavailable or SlowDown, 504) is retried as AWS SDKs retry it, honouring Retry-After up to a cap; a target still unavailable after every retry is not available to its clients.",
  statements: [],
  run: exhaustion("unavailable"),
});
