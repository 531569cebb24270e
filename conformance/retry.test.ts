import { describe, expect, it } from "vitest";
import { exchangeOf, type ExchangeFixture } from "../checks/exchange.fixture.ts";
import type { Exchange } from "../client/exchange.ts";
import { retryableAnswer, retryAfterMs, sendWithRetry, type RetryPolicy } from "./retry.ts";
import { WaitBudget } from "./wait-budget.ts";

const error = (status: number, name: string, headers: Record<string, string> = {}): ExchangeFixture => ({
  status,
  headers: { "x-amzn-errortype": name, ...headers },
  body: { Message: "m" },
});
const FAST: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 50 };

describe("retryableAnswer", () => {
  it.each<[string, ExchangeFixture, string | undefined]>([
    ["429", error(429, "LimitExceededException"), "throttled"],
    ["ThrottlingException answered 400", error(400, "ThrottlingException"), "throttled"],
    ["SlowDown, a name the AWS SDKs retry as throttling", error(503, "SlowDown"), "throttled"],
    ["503 ServiceUnavailable", error(503, "ServiceUnavailable"), "unavailable"],
    ["502 without a type", { status: 502, text: "bad gateway" }, "unavailable"],
    ["500 InternalException, a documented internal error", error(500, "InternalException"), undefined],
    ["400 InvalidInputException", error(400, "InvalidInputException"), undefined],
    ["200", { status: 200, body: {} }, undefined],
  ])("%s", (_name, fixture, expected) => {
    expect(retryableAnswer(exchangeOf(fixture))).toBe(expected);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds and HTTP dates, caps them, and ignores what it cannot read", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs({ "retry-after": "1" }, 2_000, now)).toBe(1_000);
    expect(retryAfterMs({ "retry-after": "3600" }, 2_000, now)).toBe(2_000);
    expect(retryAfterMs({ "retry-after": "Thu, 01 Jan 2026 00:00:01 GMT" }, 2_000, now)).toBe(1_000);
    expect(retryAfterMs({ "retry-after": "soon" }, 2_000, now)).toBeUndefined();
    expect(retryAfterMs({}, 2_000, now)).toBeUndefined();
  });
});

describe("sendWithRetry", () => {
  const answers = (...fixtures: ExchangeFixture[]): (() => Promise<Exchange>) => {
    let i = 0;
    return async () => exchangeOf(fixtures[Math.min(i++, fixtures.length - 1)]!);
  };

  it("retries a 503 until the target answers, and does not count waiting that paid off", async () => {
    const budget = new WaitBudget(60);
    const result = await sendWithRetry(answers(error(503, "ServiceUnavailable", { "retry-after": "1" }), { status: 200, body: {} }), FAST, budget);
    expect(result).toMatchObject({ attempts: 2, exhausted: undefined });
    expect(budget.exhausted).toBe(false);
  });

  it("gives up when the attempts run out, and counts that waiting against the run", async () => {
    const budget = new WaitBudget(120);
    const result = await sendWithRetry(answers(error(503, "ServiceUnavailable", { "retry-after": "1" })), FAST, budget);
    expect(result).toMatchObject({ attempts: 4, exhausted: "unavailable" });
    expect(budget.exhausted).toBe(true);
  });

  it("once the run has waited its limit in vain, retries once after a moment, not the full round", async () => {
    const budget = new WaitBudget(10);
    budget.charge(10);
    const started = performance.now();
    const refusedTwice = await sendWithRetry(
      answers(error(429, "LimitExceededException", { "retry-after": "30" })),
      { ...FAST, maxRetryAfterMs: 60_000 },
      budget,
    );
    expect(refusedTwice).toMatchObject({ attempts: 2, exhausted: "throttled" });
    // Not the 30 s the target asked for: a moment, which a busy machine may stretch to seconds.
    expect(performance.now() - started).toBeLessThan(10_000);
    const refusedOnce = await sendWithRetry(answers(error(503, "ServiceUnavailable", { "retry-after": "1" }), { status: 200, body: {} }), FAST, budget);
    expect(refusedOnce).toMatchObject({ attempts: 2, exhausted: undefined });
  });

  it("does not let overlapping waits of a correct target use up the run's limit", async () => {
    const budget = new WaitBudget(100);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        sendWithRetry(answers(error(503, "ServiceUnavailable", { "retry-after": "1" }), { status: 200, body: {} }), FAST, budget),
      ),
    );
    expect(results.every((r) => r.exhausted === undefined)).toBe(true);
    expect(budget.exhausted).toBe(false);
  });
});
