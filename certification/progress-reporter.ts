/** Live progress of a certification: one line per scenario as it ends, its findings under it. */
import { basename } from "node:path";
import type { UserConsoleLog } from "vitest";
import type { Reporter, SerializedError, TestCase, TestModule } from "vitest/node";
import { SOURCE_NAMES } from "../checks/finding.ts";
import { boundedString } from "../reports/bounded-value.ts";
import { PROGRESS_PREFIX } from "../reports/progress-line.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import type { ScenarioRecord } from "../reports/scenario-record.ts";

export class ProgressReporter implements Reporter {
  readonly records: ScenarioRecord[] = [];
  /** Tests that ended without a record (a suite that failed to load, say). */
  readonly crashes: string[] = [];
  /** Why a test (named as its scenario) ended without a record. */
  readonly crashByScenario = new Map<string, string>();
  /** Suite files the run ran (after sharding), by file name without its extension. */
  readonly suiteFiles = new Set<string>();
  /** Errors no test owns: suite files that failed to load, vitest's unhandled errors, a run that ended early. */
  readonly runErrors: string[] = [];

  /** `log` receives each line: console.log for the command, whatever a library caller chose otherwise. */
  constructor(private readonly log: (line: string) => void) {}

  // Queued, not the run's specifications: those are listed before sharding picks its files.
  onTestModuleQueued(testModule: TestModule): void {
    this.suiteFiles.add(basename(testModule.moduleId).replace(/\.[jt]s$/, ""));
  }

  /** Progress inside a long scenario, from the worker running it. */
  onUserConsoleLog(log: UserConsoleLog): void {
    for (const line of log.content.split("\n")) if (line.startsWith(PROGRESS_PREFIX)) this.log(`  … ${line.slice(PROGRESS_PREFIX.length)}`);
  }

  onTestCaseResult(testCase: TestCase): void {
    const record = testCase.meta().conformance;
    if (!record) {
      const errors = testCase.result().errors ?? [];
      if (errors.some((e) => e.name === "TestRunAbortError")) {
        this.crashByScenario.set(testCase.name, "the run was interrupted before it finished");
        return;
      }
      if (errors.length > 0) {
        const reason = boundedString(errors.map((e) => e.message).join("; "), 2_000);
        this.crashByScenario.set(testCase.name, reason);
        const message = `${testCase.fullName}: ${reason}`;
        this.crashes.push(message);
        this.log(`✗ ${message}`);
      }
      return;
    }
    // A scenario the interrupt stopped did not finish: it is missing from the run, not a scenario that could not run.
    if (record.errorKind === "interrupted") {
      this.crashByScenario.set(testCase.name, "the run was interrupted before it finished");
      return;
    }
    this.records.push(record);
    const mark = record.verdict === "passed" ? (record.warnings.length > 0 ? "!" : "✓") : record.verdict === "blocked" ? "⊘" : "✗";
    const families = record.families.join(", ");
    this.log(
      `${mark} ${record.scenario.padEnd(52)} ${String(record.cases).padStart(4)} cases ${String(record.requests).padStart(6)} requests ${(record.durationMs / 1000).toFixed(1).padStart(5)} s  ${families}`,
    );
    // One line per finding here; the end of the run gives each defect once, with its rule, example and replay line.
    if (record.verdict === "error" || record.verdict === "blocked") this.log(`    ${formatScenarioFailure(record).split("\n")[0]}`);
    for (const failure of new Map(record.failures.map((f) => [f.key, f])).values()) this.log(`    ✗ [${failure.check}] ${failure.title}`);
    for (const warning of record.warnings) this.log(`    ! [${warning.check}] ${warning.title} (${SOURCE_NAMES[warning.source]})`);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: string): void {
    for (const module of testModules) {
      // A suite file none of whose scenarios --only selects has no test: expected, not an error of the run.
      for (const error of module.errors())
        if (!/^No test found in suite/.test(error.message ?? "")) this.runErrors.push(`${basename(module.moduleId)}: ${oneLine(error)}`);
    }
    for (const error of unhandledErrors) this.runErrors.push(`unhandled error: ${oneLine(error)}`);
    if (reason === "interrupted") this.runErrors.push("the run was interrupted");
  }
}

function oneLine(error: { name?: string | undefined; message?: string | undefined }): string {
  return boundedString(`${error.name ?? "Error"}: ${error.message ?? "(no message)"}`.replace(/\s+/g, " "), 500);
}
