import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.ts";

describe("RateLimiter", () => {
  it("lets the first request through at once and spaces the rest at the rate", async () => {
    const limiter = new RateLimiter(20);
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => limiter.take().then(() => times.push(performance.now() - started))));
    expect(times[0]).toBeLessThan(20);
    // Five requests at 20/s need at least four gaps of 50 ms.
    expect(times.at(-1)).toBeGreaterThanOrEqual(190);
  });

  it("refuses a rate that is not above zero", () => {
    expect(() => new RateLimiter(0)).toThrow("a rate must be above 0");
  });
});
