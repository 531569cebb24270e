/** A scenario record for tests of the reports: a passed scenario of InviteMembers, with whatever the test overrides. */
import type { ScenarioRecord } from "./scenario-record.ts";

export function scenarioRecord(scenario: string, options: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    scenario,
    operations: ["InviteMembers"],
    families: ["unprocessed-accounts"],
    verdict: "passed",
    failures: [],
    warnings: [],
    exchanges: [],
    counterexample: undefined,
    seed: 1,
    path: undefined,
    replay: undefined,
    warningCases: {},
    cases: 4,
    coverageCases: 3,
    requests: 8,
    durationMs: 5,
    exercisedChecks: {},
    exercisedStatements: {},
    error: undefined,
    errorKind: undefined,
    blockedBy: undefined,
    ...options,
  };
}
