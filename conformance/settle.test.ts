import { describe, expect, it } from "vitest";
import { EffectSettling } from "./settle.ts";
import { WaitBudget } from "./wait-budget.ts";

/** A read whose value becomes `after` once `delayMs` have passed. */
function lagging<T>(before: T, after: T, delayMs: number): () => Promise<T> {
  const started = performance.now();
  return async () => (performance.now() - started >= delayMs ? after : before);
}

describe("EffectSettling", () => {
  it("reads again until a late effect shows, and says how long it waited", async () => {
    const settling = new EffectSettling(2_000, new WaitBudget(10_000));
    const result = await settling.poll(lagging(false, true, 150), (shown) => shown);
    expect(result.settled).toBe(true);
    expect(result.waitedMs).toBeGreaterThanOrEqual(150);
  });

  it("calls an effect missing after the settle time, then waits far less once it has missed", async () => {
    const settling = new EffectSettling(2_000, new WaitBudget(10_000));
    const first = await settling.poll(
      async () => false,
      (shown) => shown,
    );
    expect(first).toMatchObject({ settled: false, value: false });
    expect(first.waitedMs).toBeGreaterThanOrEqual(2_000);
    const second = await settling.poll(
      async () => false,
      (shown) => shown,
    );
    // Far less than the 2 s settle time, by a margin a busy machine cannot eat.
    expect(second.waitedMs).toBeLessThan(1_000);
  });

  it("still waits long enough for a target whose effects are known to lag", async () => {
    const settling = new EffectSettling(2_000, new WaitBudget(10_000));
    await settling.poll(lagging(false, true, 200), (shown) => shown);
    await settling.poll(
      async () => false,
      (shown) => shown,
    );
    expect((await settling.poll(lagging(false, true, 200), (shown) => shown)).settled).toBe(true);
  });

  it("does not wait on a read that failed: the effect is unknown", async () => {
    const settling = new EffectSettling(2_000, new WaitBudget(10_000));
    const result = await settling.poll<boolean>(
      async () => undefined,
      (shown) => shown,
    );
    expect(result).toMatchObject({ settled: false, value: undefined });
    expect(result.waitedMs).toBeLessThan(1_000);
  });
});
