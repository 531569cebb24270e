/**
 * Nothing is lost silently: certify knows the scenarios it planned, and any that did not report (a worker
 * crashed, a suite failed to load, a result could not be passed back) makes the run incomplete, each
 * named with the best reason known.
 */
import type { ScenarioRecord } from "./scenario-record.ts";

export interface MissingScenario {
  name: string;
  reason: string;
}

export const NO_RESULT = "its result never reached certify (a worker crashed or could not pass the result back)";

/**
 * The planned scenarios with no record. `reasons` explains a scenario by name; `general` (suite-load and
 * unhandled errors) explains the rest; else NO_RESULT.
 */
export function missingScenarios(
  planned: readonly string[],
  records: readonly Pick<ScenarioRecord, "scenario">[],
  reasons: ReadonlyMap<string, string>,
  general: readonly string[] = [],
): MissingScenario[] {
  const reported = new Set(records.map((r) => r.scenario));
  const fallback = general.length > 0 ? general.join("; ") : NO_RESULT;
  return planned.filter((name) => !reported.has(name)).map((name) => ({ name, reason: reasons.get(name) ?? fallback }));
}

/** One paragraph naming the missing scenarios (the first few in full) and why. */
export function describeMissing(missing: readonly MissingScenario[], planned: number): string {
  const shown = missing.slice(0, 5).map((m) => `${m.name} (${m.reason})`);
  const more = missing.length > shown.length ? `, and ${missing.length - shown.length} more` : "";
  return `${missing.length} of ${planned} planned scenarios did not report: ${shown.join("; ")}${more}.`;
}
