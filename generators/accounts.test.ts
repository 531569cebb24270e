import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { accountId, malformedAccountId, mixedBatch } from "./accounts.ts";

describe("account arbitraries", () => {
  test.prop([accountId()], { numRuns: 1000 })("accountId is 12 digits", (id) => {
    expect(id).toMatch(/^\d{12}$/);
  });

  test.prop([malformedAccountId()], { numRuns: 1000 })("malformedAccountId is non-blank and not 12 digits", (id) => {
    expect(id.trim()).not.toBe("");
    expect(id).not.toMatch(/^\d{12}$/);
  });

  test.prop([mixedBatch()], { numRuns: 1000 })("a batch has distinct ids and at least one entry", (batch) => {
    expect(batch.length).toBeGreaterThan(0);
    expect(new Set(batch.map((e) => e.accountId)).size).toBe(batch.length);
  });

  it("a batch property failing because of one entry shrinks to a batch of that entry alone", () => {
    // The planted fault: an ineligible id containing a 7 is mishandled.
    const faulty = (entry: { accountId: string; eligible: boolean }): boolean => !entry.eligible && entry.accountId.includes("7");
    const result = fc.check(
      fc.property(mixedBatch(), (batch) => !batch.some(faulty)),
      { numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
    const [batch] = result.counterexample!;
    expect(batch).toHaveLength(1);
    expect(batch[0]).toMatchObject({ eligible: false, accountId: expect.stringMatching(/^0*70*$/) });
  });

  it("mixes eligible and ineligible ids within batches", () => {
    const batches = fc.sample(mixedBatch({ minLength: 4 }), { numRuns: 100, seed: 7 });
    expect(batches.some((b) => b.some((e) => e.eligible) && b.some((e) => !e.eligible))).toBe(true);
  });
});
