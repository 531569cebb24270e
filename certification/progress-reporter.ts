/** Live progress of a certification: one line per scenario as it ends, its findings under it. */
import type { UserConsoleLog } from "vitest";
import type { Reporter, TestCase } from "vitest/node";
import { PROGRESS_PREFIX } from "../reports/progress-line.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import type { ScenarioRecord } from "../reports/scenario-record.ts";

export class ProgressReporter implements Reporter {
  readonly records: ScenarioRecord[] = [];
  /** Tests that ended without a record (a suite that failed to load, say). */
  readonly crashes: string[] = [];

  /** `log` receives each line: console.log for the command, whatever a library caller chose otherwise. */
  constructor(private readonly log: (line: string) => void) {}

  /** Progress inside a long scenario, from the worker running it. */
  onUserConsoleLog(log: UserConsoleLog): void {
    for (const line of log.content.split("\n")) if (line.startsWith(PROGRESS_PREFIX)) this.log(`  … ${line.slice(PROGRESS_PREFIX.length)}`);
  }

  onTestCaseResult(testCase: TestCase): void {
    const record = testCase.meta().conformance;
    if (!record) {
      const errors = testCase.result().errors ?? [];
      if (errors.length > 0) {
        const message = `${testCase.fullName}: ${errors.map((e) => e.message).join("; ")}`;
        this.crashes.push(message);
        this.log(`✗ ${message}`);
      }
      return;
    }
    this.records.push(record);
    const mark = record.verdict === "passed" ? (record.warnings.length > 0 ? "!" : "✓") : "✗";
    const families = record.families.join(", ");
    this.log(`${mark} ${record.scenario.padEnd(44)} ${String(record.cases).padStart(4)} cases ${String(record.requests).padStart(6)} requests ${(record.durationMs / 1000).toFixed(1).padStart(5)} s  ${families}`);
    if (record.verdict !== "passed") this.log(formatScenarioFailure(record).replace(/^/gm, "    "));
    for (const warning of record.warnings) this.log(`    ! [${warning.check}] ${warning.title}`);
  }
}
