import { describe, expect, it } from "vitest";
import { availableParallelism } from "node:os";
import { CaseSlots, caseSlotsFor, casesAtOnce } from "./case-slots.ts";
import { profileOf } from "./profiles/index.ts";
import { defaultRunConfig } from "./run-config.ts";

describe("CaseSlots", () => {
  it("lets no more than its size through at once, and the waiting in the order they asked", async () => {
    const slots = new CaseSlots(2);
    const first = await slots.take();
    const second = await slots.take();
    const order: string[] = [];
    const taken = (name: string) => (release: () => void) => {
      order.push(name);
      return release;
    };
    const third = slots.take().then(taken("third"));
    const fourth = slots.take().then(taken("fourth"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    second();
    second(); // giving a slot back twice frees it once
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(["third"]);
    first();
    (await third)();
    (await fourth)();
    expect(order).toEqual(["third", "fourth"]);
    // All given back: two at once again, and no more.
    await slots.take();
    await slots.take();
    let fifth = false;
    void slots.take().then(() => (fifth = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(fifth).toBe(false);
  });

  it("refuses a size that bounds nothing", () => {
    expect(() => new CaseSlots(0)).toThrow(RangeError);
    expect(() => new CaseSlots(1.5)).toThrow(RangeError);
  });
});

describe("casesAtOnce", () => {
  const emulator = profileOf(defaultRunConfig());
  const realAccounts = profileOf({ ...defaultRunConfig(), profile: "real-account" });

  it("plays 8 cases per core at once on an emulator, or as many as the run says", () => {
    expect(casesAtOnce({ concurrency: undefined, rate: undefined }, emulator)).toBe(Math.max(4, availableParallelism() * 8));
    expect(casesAtOnce({ concurrency: 3, rate: undefined }, emulator)).toBe(3);
    expect(caseSlotsFor({ concurrency: 3, rate: undefined }, emulator)?.size).toBe(3);
  });

  it("plays one at a time under a request rate, unless the run names a number", () => {
    expect(casesAtOnce({ concurrency: undefined, rate: 5 }, emulator)).toBe(1);
    expect(caseSlotsFor({ concurrency: undefined, rate: 5 }, emulator)).toBeUndefined();
    expect(casesAtOnce({ concurrency: 4, rate: 5 }, emulator)).toBe(4);
  });

  it("plays one at a time on real accounts, whose scenarios share their accounts, whatever the run says", () => {
    expect(realAccounts.scenariosOverlap).toBe(false);
    expect(casesAtOnce({ concurrency: 16, rate: undefined }, realAccounts)).toBe(1);
    expect(caseSlotsFor({ concurrency: 16, rate: undefined }, realAccounts)).toBeUndefined();
  });

  it("plays one at a time where the target shares its accounts, or a protocol-only run cannot tell, whatever the run says", () => {
    expect(casesAtOnce({ concurrency: 16, rate: undefined, sharedAccounts: true }, emulator)).toBe(1);
    expect(casesAtOnce({ concurrency: 16, rate: undefined, protocolOnly: true }, emulator)).toBe(1);
    expect(casesAtOnce({ concurrency: 16, rate: undefined, protocolOnly: false }, emulator)).toBe(16);
  });
});
