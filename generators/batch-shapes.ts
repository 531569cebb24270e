/**
 * The batches the coverage phase sends to every batch operation: one id, two, a handful, ten and the model's
 * maximum where it states one, each all eligible, all ineligible and mixed. A target that breaks only from some
 * size on (a buffer of four, a page of ten) is then caught on every seed and at any budget.
 */
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import type { BatchEntry } from "./accounts.ts";

/** The sizes every batch operation is sent, below its maximum. */
export const COVERAGE_BATCH_SIZES: readonly number[] = [1, 2, 5, 10];

/** What the case makes of a batch's ids before it sends them. */
export type BatchShape = "eligible" | "ineligible" | "mixed";

/** Eligible ids count from here, ineligible ones from INELIGIBLE_FROM: the two never meet. */
const ELIGIBLE_FROM = 10;
const INELIGIBLE_FROM = 500;

const id = (n: number): string => String(n).padStart(12, "0");

/** The batch sizes the coverage phase plays: COVERAGE_BATCH_SIZES up to the list's maximum `max`, and that maximum. */
export function coverageBatchSizes(max: number | undefined): number[] {
  if (max === undefined) return [...COVERAGE_BATCH_SIZES];
  return [...COVERAGE_BATCH_SIZES.filter((size) => size < max), max];
}

/** A batch of `size` distinct ids, all eligible, none, or alternating from an eligible one. */
export function batchOf(size: number, shape: BatchShape): BatchEntry[] {
  return Array.from({ length: size }, (_, i) => {
    const eligible = shape === "eligible" || (shape === "mixed" && i % 2 === 0);
    return { accountId: id((eligible ? ELIGIBLE_FROM : INELIGIBLE_FROM) + i), eligible };
  });
}

/** Batches of every size up to the list's maximum `max` (see batchMaxItems), in each of `shapes` (a batch of one is never mixed). */
export function coverageBatches(max: number | undefined, shapes: readonly BatchShape[] = ["eligible", "ineligible", "mixed"]): BatchEntry[][] {
  return coverageBatchSizes(max).flatMap((size) => shapes.filter((shape) => size > 1 || shape !== "mixed").map((shape) => batchOf(size, shape)));
}

/** The most ids the model lets one request name (the `maxItems` of the list the account ids are in), if it says. */
export function batchMaxItems(operation: OperationSpec): number | undefined {
  const list = operation.accountIds?.split("/")[1];
  const properties = operation.body?.schema.properties as Record<string, JsonSchema> | undefined;
  const max = list === undefined ? undefined : properties?.[list]?.maxItems;
  return typeof max === "number" ? max : undefined;
}
