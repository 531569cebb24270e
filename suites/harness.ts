/** Turns scenarios into vitest tests against the configured target; each test carries its record in `task.meta`. */
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { readRunConfig, selected } from "../conformance/run-config.ts";
import { runScenario, type Scenario } from "../conformance/scenario.ts";
import { Session } from "../conformance/session.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import { toRecord, type ScenarioRecord } from "../reports/scenario-record.ts";
import type { Spec } from "../specs/spec-model.ts";

declare module "vitest" {
  interface TaskMeta {
    conformance?: ScenarioRecord;
  }
}

export function scenarioTests(title: string, spec: Spec, scenarios: readonly Scenario[]): void {
  const config = readRunConfig();
  const chosen = scenarios.filter((s) => selected(config, s));
  describe(title, () => {
    let session: Session;
    beforeAll(() => {
      session = new Session(spec, { ...config, endpoint: inject("endpoint") });
    });
    afterAll(() => session?.close());
    for (const scenario of chosen) {
      it.concurrent(scenario.name, async ({ task }) => {
        const result = await runScenario(session, scenario, { runs: config.runs, seed: config.seed, path: config.replay, failFast: config.failFast });
        const record = toRecord(result, config.endpoint);
        task.meta.conformance = record;
        if (record.verdict !== "passed") throw new Error(formatScenarioFailure(record));
      });
    }
  });
}
