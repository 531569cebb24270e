import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.ts";

describe("RateLimiter", () => {
  it("lets the first request through at once and spaces the rest at the rate", async () => {
    // At once: before a timer of one gap set at the same moment, however busy the machine.
    const first = new RateLimiter(20);
    expect(await Promise.race([first.take().then(() => "request"), new Promise((resolve) => setTimeout(() => resolve("a gap later"), 50))])).toBe("request");
    const limiter = new RateLimiter(20);
    const started = performance.now();
    const times: number[] = [];
    await Promise.all(Array.from({ length: 5 }, () => limiter.take().then(() => times.push(performance.now() - started))));
    // Five requests at 20/s need at least four gaps of 50 ms after the first, however busy the machine.
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(190);
    expect(times.at(-1)).toBeGreaterThanOrEqual(190);
  });

  it("refuses a rate that is not above zero", () => {
    expect(() => new RateLimiter(0)).toThrow("a rate must be above 0");
  });
});
