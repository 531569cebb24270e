/** Runs the selected scenarios against one target, a few at a time. */
import type { Spec } from "../specs/spec-model.ts";
import { caseSlotsFor } from "./case-slots.ts";
import { type ResolvedRunConfig, selected } from "./run-config.ts";
import { runScenario, type Scenario, type ScenarioResult } from "./scenario.ts";
import { profileOf } from "./profiles/index.ts";
import { Session } from "./session.ts";

export interface RunOptions {
  /**
   * Cases under way at once, of one scenario or several (each case issues its own requests concurrently where it
   * can). Default 4; always 1 where the target's scenarios share their accounts (real accounts).
   */
  concurrency?: number;
  failFast?: boolean;
  onResult?: (result: ScenarioResult) => void;
  /** Aborting stops the run: the scenarios under way end at their next request, and no other starts. */
  signal?: AbortSignal;
}

export async function runScenarios(spec: Spec, config: ResolvedRunConfig, scenarios: readonly Scenario[], options: RunOptions = {}): Promise<ScenarioResult[]> {
  const profile = profileOf(config);
  const session = new Session(spec, config, profile);
  const chosen = scenarios.filter((s) => selected(config, s));
  const results: ScenarioResult[] = new Array(chosen.length);
  const slots = caseSlotsFor({ concurrency: options.concurrency ?? 4, rate: config.rate }, profile);
  const concurrency = slots?.size ?? 1;
  let next = 0;
  let stop = false;
  const worker = async (): Promise<void> => {
    while (!stop && !options.signal?.aborted && next < chosen.length) {
      const index = next++;
      const result = await runScenario(session, chosen[index]!, {
        runs: config.runs,
        seed: config.seed,
        path: config.replay,
        failFast: options.failFast,
        signal: options.signal,
        slots,
      });
      results[index] = result;
      options.onResult?.(result);
      if (options.failFast && result.verdict !== "passed") stop = true;
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    await session.close();
  }
  return results.filter(Boolean);
}
