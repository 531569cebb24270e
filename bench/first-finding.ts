/** Median time to the first finding across the faulty variants, each certified with fail-fast. */
import { certifyVariant } from "../variants/mutation.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { FAULTY_VARIANTS } from "../variants/index.ts";

export async function measureFirstFinding(): Promise<{ medianSeconds: number; maxSeconds: number; missed: string[]; variants: number }> {
  const spec = await loadSpec();
  const times: number[] = [];
  const missed: string[] = [];
  for (const variant of FAULTY_VARIANTS) {
    const row = await certifyVariant(spec, variant, { runs: 20, seed: 1, failFast: true });
    if (row.firstFindingSeconds === undefined) missed.push(variant.name);
    else times.push(row.firstFindingSeconds);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const medianSeconds = times.length % 2 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { medianSeconds, maxSeconds: times.at(-1) ?? 0, missed, variants: FAULTY_VARIANTS.length };
}
