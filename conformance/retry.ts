/**
 * Throttling and transient unavailability are retried as AWS SDKs retry them: capped exponential backoff with
 * full jitter, honouring Retry-After up to a cap. They are findings only when the retries run out.
 */
import type { Exchange } from "../client/exchange.ts";
import { THROTTLING_ERRORS, TRANSIENT_STATUSES } from "../checks/common-errors.ts";
import { viewResponse } from "../checks/response-view.ts";
import { identifyError } from "../protocol/error-type.ts";
import type { WaitBudget } from "./wait-budget.ts";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest Retry-After honoured: a target asking for an hour gets this. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 20, maxDelayMs: 1_000, maxRetryAfterMs: 2_000 };

export type Retryable = "throttled" | "unavailable";

/** Why an answer is worth another attempt: throttling (429, or a throttling error name), or transient unavailability (502/503/504). */
export function retryableAnswer(exchange: Exchange): Retryable | undefined {
  const view = viewResponse(exchange);
  if (view.status === 429) return "throttled";
  if (view.status < 400) return undefined;
  const type = identifyError(view.headers, view.json).type;
  if (type !== undefined && THROTTLING_ERRORS.has(type)) return "throttled";
  return TRANSIENT_STATUSES.has(view.status) ? "unavailable" : undefined;
}

/** Delay before retry number `retry` (1-based): uniform in [0, min(cap, base·2^retry)]. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}

/** The Retry-After header in milliseconds (delta-seconds or an HTTP date), capped; undefined without a usable one. */
export function retryAfterMs(headers: Readonly<Record<string, string>>, cap: number, now = Date.now()): number | undefined {
  const value = headers["retry-after"]?.trim();
  if (!value) return undefined;
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), cap) : undefined;
}

export interface RetriedExchange {
  exchange: Exchange;
  attempts: number;
  /** Why the last attempt was still refused, when every retry ran out (or the run's waiting budget did). */
  exhausted: Retryable | undefined;
  /** The kinds of retryable answers met on the way, in the order first met. */
  met: Retryable[];
}

/** Once the run has waited its limit in vain, a retry still comes, after this at most: one transient answer is no verdict. */
const RETRY_AFTER_LIMIT_MS = 50;

export async function sendWithRetry(send: () => Promise<Exchange>, policy: RetryPolicy, budget: WaitBudget, stop?: AbortSignal): Promise<RetriedExchange> {
  let waitedMs = 0;
  const met: Retryable[] = [];
  for (let attempt = 1; ; attempt++) {
    const exchange = await send();
    const retryable = retryableAnswer(exchange);
    if (!retryable) return { exchange, attempts: attempt, exhausted: undefined, met };
    if (!met.includes(retryable)) met.push(retryable);
    // Past the limit, one retry (a request refused once by a correct target goes through), not the full round.
    if (attempt >= policy.maxAttempts || (budget.exhausted && attempt >= 2)) {
      budget.charge(waitedMs);
      return { exchange, attempts: attempt, exhausted: retryable, met };
    }
    const delay = retryAfterMs(exchange.response.headers, policy.maxRetryAfterMs) ?? backoffDelay(policy, attempt);
    await budget.wait(delay, RETRY_AFTER_LIMIT_MS, stop);
    waitedMs += budget.exhausted ? Math.min(delay, RETRY_AFTER_LIMIT_MS) : delay;
  }
}
