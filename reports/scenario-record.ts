/** What a scenario leaves for reports: plain data (it crosses from vitest's workers to the certify command). */
import fc from "fast-check";
import type { Finding } from "../checks/finding.ts";
import type { ScenarioResult } from "../conformance/scenario.ts";
import type { Exchange } from "../client/exchange.ts";

export interface ScenarioRecord {
  scenario: string;
  operations: readonly string[];
  families: readonly string[];
  verdict: ScenarioResult["verdict"];
  failures: Finding[];
  warnings: Finding[];
  exchanges: Exchange[];
  counterexample: string | undefined;
  seed: number;
  path: string | undefined;
  replay: string | undefined;
  cases: number;
  requests: number;
  durationMs: number;
  error: string | undefined;
  errorKind: ScenarioResult["errorKind"];
}

/** The command that replays exactly the failing case (against the same endpoint, unless it was the embedded emulator). */
export function replayCommand(result: ScenarioResult, endpoint: string | undefined): string | undefined {
  if (!result.path) return undefined;
  const target = endpoint ? ` --endpoint ${endpoint}` : "";
  return `npm run certify --${target} --seed ${result.seed} --only ${result.scenario} --replay ${result.path}`;
}

export function toRecord(result: ScenarioResult, endpoint: string | undefined): ScenarioRecord {
  return {
    scenario: result.scenario,
    operations: result.operations,
    families: result.families,
    verdict: result.verdict,
    failures: result.findings.filter((f) => f.severity === "failure"),
    warnings: result.findings.filter((f) => f.severity === "warning"),
    exchanges: result.exchanges,
    counterexample: result.counterexample === undefined ? undefined : fc.stringify(result.counterexample),
    seed: result.seed,
    path: result.path,
    replay: replayCommand(result, endpoint),
    cases: result.cases,
    requests: result.requests,
    durationMs: result.durationMs,
    error: result.error,
    errorKind: result.errorKind,
  };
}
