import { describe, expect, it } from "vitest";
import { loadSpec } from "../specs/load-spec.ts";
import { operationOf } from "../specs/spec-model.ts";
import { batchMaxItems, batchOf, coverageBatches, coverageBatchSizes } from "./batch-shapes.ts";

const spec = await loadSpec();

describe("the coverage phase's batches", () => {
  it.each([
    ["no maximum", undefined, [1, 2, 5, 10]],
    ["a maximum above ten", 50, [1, 2, 5, 10, 50]],
    ["a maximum among the sizes", 5, [1, 2, 5]],
    ["a maximum between them", 3, [1, 2, 3]],
  ])("with %s are sent at sizes %j", (_, max, sizes) => {
    expect(coverageBatchSizes(max)).toEqual(sizes);
  });

  it("hold distinct ids, all eligible, none, or alternating from an eligible one", () => {
    const mixed = batchOf(5, "mixed");
    expect(mixed.map((e) => e.eligible)).toEqual([true, false, true, false, true]);
    expect(new Set(mixed.map((e) => e.accountId)).size).toBe(5);
    expect(batchOf(3, "eligible").every((e) => e.eligible)).toBe(true);
    expect(batchOf(3, "ineligible").some((e) => e.eligible)).toBe(false);
    for (const batch of coverageBatches(50)) expect(new Set(batch.map((e) => e.accountId)).size).toBe(batch.length);
  });

  it("play every size in each shape, a batch of one never mixed", () => {
    const shapes = coverageBatches(undefined).map((batch) => `${batch.length} ${batch.filter((e) => e.eligible).length}`);
    expect(shapes).toEqual(["1 1", "1 0", "2 2", "2 0", "2 1", "5 5", "5 0", "5 3", "10 10", "10 0", "10 5"]);
  });

  it("read the maximum from the list the account ids are in", () => {
    expect(batchMaxItems(operationOf(spec, "InviteMembers"))).toBeUndefined();
    expect(
      batchMaxItems({
        ...operationOf(spec, "CreateMembers"),
        body: { required: true, schema: { properties: { AccountDetails: { maxItems: 50 } } }, members: [] },
      }),
    ).toBe(50);
  });
});
