/** Throttling is retried with capped exponential backoff and full jitter; it is a finding only when retries run out. */
import type { Exchange } from "../client/exchange.ts";
import { THROTTLING_ERRORS } from "../checks/common-errors.ts";
import { viewResponse } from "../checks/response-view.ts";
import { identifyError } from "../protocol/error-type.ts";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 20, maxDelayMs: 1_000 };

/** 429, or an error AWS uses for throttling (ThrottlingException is answered with 400). */
export function isThrottled(exchange: Exchange): boolean {
  const view = viewResponse(exchange);
  if (view.status === 429) return true;
  if (view.status < 400) return false;
  const type = identifyError(view.headers, view.json).type;
  return type !== undefined && THROTTLING_ERRORS.has(type);
}

/** Delay before retry number `retry` (1-based): uniform in [0, min(cap, base·2^retry)]. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}

export interface RetriedExchange {
  exchange: Exchange;
  attempts: number;
  /** True when the last attempt was still throttled. */
  throttledOut: boolean;
}

export async function sendWithRetry(send: () => Promise<Exchange>, policy: RetryPolicy = DEFAULT_RETRY): Promise<RetriedExchange> {
  for (let attempt = 1; ; attempt++) {
    const exchange = await send();
    if (!isThrottled(exchange)) return { exchange, attempts: attempt, throttledOut: false };
    if (attempt >= policy.maxAttempts) return { exchange, attempts: attempt, throttledOut: true };
    await new Promise((resolve) => setTimeout(resolve, backoffDelay(policy, attempt)));
  }
}
