/** Waits and requests under way share a run's stop signal: one listener on it, whatever their number, and a stop ends them all. */
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { Interrupted, onAbort, sleep } from "./interrupted.ts";

const warnings: Error[] = [];
const onWarning = (warning: Error): void => void warnings.push(warning);
process.on("warning", onWarning);
afterEach(() => {
  warnings.length = 0;
});
afterAll(() => {
  process.off("warning", onWarning);
});

describe("sleep and onAbort on one stop signal", () => {
  it("let many waits share a signal without Node warning of a leak, and a stop rejects every one with Interrupted", async () => {
    const stop = new AbortController();
    const waits = Array.from({ length: 50 }, () => sleep(60_000, stop.signal));
    const cancelled: number[] = [];
    for (let i = 0; i < 20; i++) onAbort(stop.signal, () => cancelled.push(i));
    await nextTurn();
    expect(warnings.map((w) => w.name)).not.toContain("MaxListenersExceededWarning");
    stop.abort();
    const outcomes = await Promise.allSettled(waits);
    expect(outcomes.every((o) => o.status === "rejected" && o.reason instanceof Interrupted)).toBe(true);
    expect(cancelled).toHaveLength(20);
  });

  it("withdraw a cancel: a later stop does not call it", () => {
    const stop = new AbortController();
    let calls = 0;
    const withdraw = onAbort(stop.signal, () => calls++);
    withdraw();
    stop.abort();
    expect(calls).toBe(0);
  });

  it("calls a cancel registered on a signal already stopped, once", async () => {
    const stop = new AbortController();
    let calls = 0;
    onAbort(stop.signal, () => calls++);
    stop.abort();
    onAbort(stop.signal, () => calls++);
    await nextTurn();
    expect(calls).toBe(2);
  });

  it("rejects at once on a signal already stopped", async () => {
    await expect(sleep(60_000, AbortSignal.abort())).rejects.toBeInstanceOf(Interrupted);
  });
});
