import { describe, expect, it } from "vitest";
import { CaseSlots } from "./case-slots.ts";

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
