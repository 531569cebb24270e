/** Cases drawn as they are asked for: the ones fast-check's check draws, in its order, and no more than asked. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DRAWN_AHEAD, DrawnCases, type Drawn } from "./drawn-cases.ts";

/** Every case of `cases`, asked for one after another. */
async function all(cases: DrawnCases): Promise<unknown[]> {
  const inputs: unknown[] = [];
  for (let drawn: Drawn; (drawn = await cases.next()) !== undefined; ) inputs.push(drawn.input);
  return inputs;
}

/** An arbitrary that counts the values it generated. */
function counted<T>(arbitrary: fc.Arbitrary<T>): { arbitrary: fc.Arbitrary<T>; generated: () => number } {
  let generated = 0;
  return {
    arbitrary: arbitrary.map((value) => {
      generated++;
      return value;
    }),
    generated: () => generated,
  };
}

describe("DrawnCases", () => {
  it("gives the cases fast-check's check runs, the examples first, in its order", async () => {
    const arbitrary = fc.record({ id: fc.string(), batch: fc.array(fc.nat(), { maxLength: 5 }) });
    const draw = { seed: 42, numRuns: 60, examples: [[{ id: "example", batch: [] }]] as [unknown][] };
    const checked: unknown[] = [];
    await fc.check(
      fc.asyncProperty(arbitrary, async (input) => void checked.push(input)),
      draw,
    );
    expect(await all(new DrawnCases(arbitrary, draw))).toEqual(checked);
    expect(checked[0]).toEqual({ id: "example", batch: [] });
    expect(checked).toHaveLength(60);
  });

  it("draws only a few cases more than were asked for", async () => {
    const { arbitrary, generated } = counted(fc.nat());
    const cases = new DrawnCases(arbitrary, { seed: 1, numRuns: 1_000_000_000 });
    await new Promise((resolve) => setImmediate(resolve));
    expect(generated()).toBe(DRAWN_AHEAD);
    // Half of them asked for, fast-check draws as many again in one go.
    for (let i = 0; i < DRAWN_AHEAD / 2 - 1; i++) await cases.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(generated()).toBe(DRAWN_AHEAD);
    await cases.next();
    await new Promise((resolve) => setImmediate(resolve));
    expect(generated()).toBe(DRAWN_AHEAD + DRAWN_AHEAD / 2);
    cases.end();
    await cases.checked;
  });

  it("ends without drawing the rest, and answers a case asked for at the end with none", async () => {
    const { arbitrary, generated } = counted(fc.nat());
    const cases = new DrawnCases(arbitrary, { seed: 1, numRuns: 1_000_000_000 });
    await cases.next();
    const asked = cases.next();
    cases.end();
    expect(await asked).toBeUndefined();
    expect(await cases.next()).toBeUndefined();
    // fast-check's check is over, not left waiting for cases no one will ask for.
    await cases.checked;
    expect(generated()).toBeLessThanOrEqual(DRAWN_AHEAD);
  });

  it("answers every case asked for after the last with none", async () => {
    const cases = new DrawnCases(fc.nat(), { seed: 1, numRuns: 3 });
    expect(await all(cases)).toHaveLength(3);
    expect(await cases.next()).toBeUndefined();
    expect(await cases.next()).toBeUndefined();
  });

  it("draws every case though a time limit is set with fc.configureGlobal and the cases are asked for slowly", async () => {
    fc.configureGlobal({ timeout: 5, interruptAfterTimeLimit: 20, skipAllAfterTimeLimit: 20 });
    try {
      const cases = new DrawnCases(fc.nat(), { seed: 1, numRuns: DRAWN_AHEAD + 10 });
      // fast-check waits, DRAWN_AHEAD cases drawn, past every one of those limits.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await all(cases)).toHaveLength(DRAWN_AHEAD + 10);
    } finally {
      fc.resetConfigureGlobal();
    }
  });

  it("rejects the case whose drawing threw, with what it threw", async () => {
    const broken = fc.nat().map((value) => {
      if (value % 3 === 0) throw new Error("the arbitrary is broken");
      return value;
    });
    const cases = new DrawnCases(broken, { seed: 7, numRuns: 100 });
    await expect(all(cases)).rejects.toThrow("the arbitrary is broken");
  });
});
