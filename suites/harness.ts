/** Turns scenarios into vitest tests against the configured target; each test carries its record in `task.meta`. */
import * as allure from "allure-js-commons";
import { SOURCE_NAMES } from "../checks/finding.ts";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { readRunConfig, selected } from "../conformance/run-config.ts";
import { runScenario, type Scenario } from "../conformance/scenario.ts";
import { Session } from "../conformance/session.ts";
import { boundedString } from "../reports/bounded-value.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import { toRecord, type ScenarioRecord } from "../reports/scenario-record.ts";
import type { Spec } from "../specs/spec-model.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { scenariosFor, SUITE_OF_PREFIX } from "../conformance/scenarios/index.ts";

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
    // Real-account scenarios share three accounts, so they take turns; emulator scenarios use fresh accounts per case.
    const test = config.realAccount ? it : it.concurrent;
    for (const scenario of chosen) {
      test(scenario.name, async ({ task }) => {
        const result = await runScenario(session, scenario, { runs: config.runs, seed: config.seed, path: config.replay, failFast: config.failFast });
        const record = toRecord(result, config.endpoint);
        task.meta.conformance = record;
        await describeForAllure(record);
        if (record.verdict !== "passed") throw new Error(formatScenarioFailure(record));
      });
    }
  });
}

/** The scenarios of one suite file, for the configured run (emulator or real accounts). */
export async function suiteScenarios(suite: (typeof SUITE_OF_PREFIX)[string]): Promise<{ spec: Spec; scenarios: Scenario[] }> {
  const spec = await loadSpec();
  const scenarios = scenariosFor(spec, readRunConfig()).filter((s) => SUITE_OF_PREFIX[s.name.split("/")[0]!] === suite);
  return { spec, scenarios };
}

/** Largest attachment written: a hostile target must not fill the disk with reports. */
const ALLURE_ATTACHMENT_CHARS = 64 * 1024;

/** Labels and attachments for the Allure report: each finding with the exchange it judged (already redacted). */
async function describeForAllure(record: ScenarioRecord): Promise<void> {
  await allure.epic(record.families.join(", "));
  for (const operation of record.operations) await allure.feature(operation);
  await allure.parameter("seed", String(record.seed));
  await allure.parameter("cases", String(record.cases));
  if (record.counterexample !== undefined) await allure.attachment("smallest failing input", record.counterexample, "text/plain");
  for (const [i, finding] of [...record.failures, ...record.warnings].entries()) {
    const exchange = finding.exchange === undefined ? undefined : record.exchanges[finding.exchange];
    const { exchange: _index, ...facts } = finding;
    const text = JSON.stringify({ ...facts, replay: record.replay, exchange }, null, 2);
    await allure.label("tag", `source: ${finding.source}`);
    await allure.attachment(`${i + 1}. ${finding.severity} ${finding.check} (${SOURCE_NAMES[finding.source]})`, boundedString(text, ALLURE_ATTACHMENT_CHARS), "application/json");
  }
}
