/** Turns scenarios into vitest tests against the configured target; each test carries its record in `task.meta`. */
import * as allure from "allure-js-commons";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { SOURCE_NAMES } from "../checks/finding.ts";
import { readRunConfig, selected } from "../conformance/run-config.ts";
import { runScenario, type Scenario } from "../conformance/scenario.ts";
import { scenariosFor, suiteOf, type SuiteName } from "../conformance/scenarios/index.ts";
import { Session } from "../conformance/session.ts";
import { boundedString } from "../reports/bounded-value.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import { progressLine } from "../reports/progress-line.ts";
import { toRecord, type ScenarioRecord } from "../reports/scenario-record.ts";
import { loadSpec } from "../specs/load-spec.ts";

declare module "vitest" {
  interface TaskMeta {
    conformance?: ScenarioRecord;
  }
}

/** The tests of one suite file: one per scenario of that suite, titled with the suite's name ("unprocessed accounts"). */
export async function suiteTests(suite: SuiteName): Promise<void> {
  const spec = await loadSpec();
  const config = readRunConfig();
  const chosen = scenariosFor(spec, config).filter((s) => suiteOf(s) === suite && selected(config, s));
  describe(suite.replaceAll("-", " "), () => {
    let session: Session;
    beforeAll(() => {
      session = new Session(spec, { ...config, endpoint: inject("endpoint") });
    });
    afterAll(() => session?.close());
    // Real-account scenarios share three accounts, so they take turns; emulator scenarios use fresh accounts per case.
    const test = config.realAccount ? it : it.concurrent;
    for (const scenario of chosen) {
      test(scenario.name, async ({ task }) => {
        const counted = countingCases(scenario, config.replay === undefined ? scenario.cases(config.runs) : 1);
        const result = await runScenario(session, counted, { runs: config.runs, seed: config.seed, path: config.replay, failFast: config.failFast }).finally(counted.stop);
        const record = toRecord(result, config.endpoint);
        task.meta.conformance = record;
        await describeForAllure(record);
        if (record.verdict === "failed") throw findingsFailure(formatScenarioFailure(record));
        if (record.verdict === "error") throw new Error(formatScenarioFailure(record));
      });
    }
  });
}


/** Largest attachment written: a hostile target must not fill the disk with reports. */
const ALLURE_ATTACHMENT_CHARS = 64 * 1024;

const PROGRESS_INTERVAL_MS = 2_000;

/**
 * The scenario with its cases counted, saying `cases done/total` every 2 s while it runs, so a deep or
 * real-account run is never silent for minutes (fast-check shrinking may run more cases than the total).
 */
function countingCases(scenario: Scenario, total: number): Scenario & { stop: () => void } {
  let done = 0;
  const started = performance.now();
  const timer = setInterval(() => {
    console.log(progressLine(scenario.name, done, total, Math.round((performance.now() - started) / 1000)));
  }, PROGRESS_INTERVAL_MS);
  return {
    ...scenario,
    run: async (run, input) => {
      try {
        await scenario.run(run, input);
      } finally {
        done++;
      }
    },
    stop: () => clearInterval(timer),
  };
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

/** Labels and attachments for the Allure report: each finding with the exchange it judged (already redacted). */
async function describeForAllure(record: ScenarioRecord): Promise<void> {
  // Grouped by operation, then check family: the Suites tab by parent suite and suite, Behaviors by epic and feature.
  const operations = record.operations.join(", ");
  const families = record.families.join(", ");
  await allure.parentSuite(operations);
  await allure.suite(families);
  await allure.subSuite(record.scenario);
  await allure.epic(operations);
  await allure.feature(families);
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
