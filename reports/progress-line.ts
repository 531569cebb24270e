/** What a certification prints while it runs: a line per scenario as it ends, its findings under it, and progress inside long ones. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import { formatScenarioFailure } from "./format-result.ts";
import type { ScenarioRecord } from "./scenario-record.ts";

/** The progress lines a scenario prints while it runs, marked so a reporter finds them among other output. */
export const PROGRESS_PREFIX = "securityhub-conformance progress: ";

export function progressLine(scenario: string, done: number, total: number, seconds: number): string {
  return `${PROGRESS_PREFIX}${scenario}: ${done}/${total} cases, ${seconds} s`;
}

/** A scenario's line as it ends, and one line per finding under it (the end of the run gives each defect once, in full). */
export function scenarioLines(record: ScenarioRecord): string[] {
  const mark = record.verdict === "passed" ? (record.warnings.length > 0 ? "!" : "✓") : record.verdict === "blocked" ? "⊘" : "✗";
  const lines = [
    `${mark} ${record.scenario.padEnd(52)} ${String(record.cases).padStart(4)} cases ${String(record.requests).padStart(6)} requests ${(record.durationMs / 1000).toFixed(1).padStart(5)} s  ${record.families.join(", ")}`,
  ];
  if (record.verdict === "error" || record.verdict === "blocked") lines.push(`    ${formatScenarioFailure(record).split("\n")[0]}`);
  for (const failure of new Map(record.failures.map((f) => [f.key, f])).values()) lines.push(`    ✗ [${failure.check}] ${failure.title}`);
  for (const warning of record.warnings) lines.push(`    ! [${warning.check}] ${warning.title} (${SOURCE_NAMES[warning.source]})`);
  return lines;
}
