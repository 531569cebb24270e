/** Turns scenarios into vitest tests against the configured target; each test carries its record in `task.meta`. */
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { selected, type ResolvedRunConfig } from "../conformance/run-config.ts";
import { caseSlotsFor } from "../conformance/case-slots.ts";
import { countingCases } from "../conformance/counting-cases.ts";
import { plannedCases, runScenario } from "../conformance/scenario.ts";
import { profileOf, scenariosFor } from "../conformance/profiles/index.ts";
import { suiteOf, type SuiteName } from "../conformance/scenarios/index.ts";
import { Session } from "../conformance/session.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import { progressLine } from "../reports/progress-line.ts";
import { toRecord, type ScenarioRecord } from "../reports/scenario-record.ts";
import { loadSpec } from "../specs/load-spec.ts";

declare module "vitest" {
  interface TaskMeta {
    conformance?: ScenarioRecord;
  }
  /** Given by suites/global-setup.ts (a `vitest run --project conformance`), or by whoever runs these suites with vitest's provide. */
  export interface ProvidedContext {
    runConfig: ResolvedRunConfig;
  }
}

// vitest stops a run on Ctrl-C (it cancels the tests and reports). A Ctrl-C or a CI runner's SIGTERM reaches the
// whole process group, this worker too, and must not kill it under vitest, or vitest waits for the dead worker's
// results for ever. vitest itself ends a worker by a "stop" message, then SIGTERM: that SIGTERM exits.
let stopRequested = false;
process.on("message", (message: { type?: string; __vitest_worker_request__?: boolean } | undefined) => {
  if (message?.type === "stop" && message.__vitest_worker_request__) stopRequested = true;
});
process.on("SIGINT", () => {});
process.on("SIGTERM", () => {
  if (stopRequested) process.exit(0);
});

/** The tests of one suite file: one per scenario of that suite, titled with the suite's name ("unprocessed accounts"). */
export async function suiteTests(suite: SuiteName): Promise<void> {
  const spec = await loadSpec();
  // The only place the suites read the run's configuration; everything below is handed it.
  const config = inject("runConfig");
  const profile = profileOf(config);
  const chosen = scenariosFor(spec, config).filter((s) => suiteOf(s) === suite && selected(config, s));
  describe(suite.replaceAll("-", " "), () => {
    let session: Session;
    beforeAll(() => {
      session = new Session(spec, config, profile);
    });
    afterAll(() => session?.close());
    const test = profile.scenariosOverlap ? it.concurrent : it;
    // certify's bound on the cases under way, here over this file's scenarios (vitest may play the files side by side).
    const slots = caseSlotsFor(config, profile);
    for (const scenario of chosen) {
      // `signal` aborts when certify cancels the run: the scenario then stops at its next request or wait.
      test(scenario.name, async ({ task, signal }) => {
        const counted = countingCases(scenario, config.replay === undefined ? plannedCases(scenario, config.runs) : 1, (done, total, seconds) =>
          console.log(progressLine(scenario.name, done, total, seconds)),
        );
        const result = await runScenario(session, counted, {
          runs: config.runs,
          seed: config.seed,
          path: config.replay,
          failFast: config.failFast,
          signal,
          slots,
        }).finally(counted.stop);
        const record = toRecord(result);
        task.meta.conformance = record;
        if (record.verdict === "failed" || record.verdict === "blocked") throw findingsFailure(formatScenarioFailure(record));
        if (record.verdict === "error") throw new Error(formatScenarioFailure(record));
      });
    }
  });
}

/**
 * Findings are the target failing the contract, not the harness breaking: an assertion error (which Allure
 * and vitest show as Failed, not Broken) whose stack is the findings themselves, without the harness's frames.
 */
function findingsFailure(message: string): Error {
  const error = new Error(message);
  error.name = "AssertionError";
  error.stack = `AssertionError: ${message}`;
  return error;
}
