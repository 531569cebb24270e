/** What a scenario leaves for reports: plain data (it crosses from vitest's workers to the certify command). */
import fc from "fast-check";
import type { Finding } from "../checks/finding.ts";
import type { ScenarioResult } from "../conformance/scenario.ts";
import type { Exchange } from "../client/exchange.ts";
import { invocation } from "./invocation.ts";

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
}

/** Where a replay writes its reports, so replaying a finding never overwrites the run that found it. */
export const REPLAY_REPORT_DIR = "reports/replay";

/**
 * The command that replays exactly the failing case (against the same endpoint, unless it was the embedded
 * emulator), named as the user ran certify: `securityhub-conformance certify` through the package's executable.
 */
export function replayCommand(result: ScenarioResult, endpoint: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!result.path) return undefined;
  const target = endpoint ? ` --endpoint ${endpoint}` : "";
  return `${invocation("certify", env)}${target} --seed ${result.seed} --only ${result.scenario} --replay ${result.path} --report-dir ${REPLAY_REPORT_DIR}`;
}

/** fast-check prints a command sequence with its internal replay path in a comment; people need the commands. */
export function withoutReplayPath(counterexample: string): string {
  return counterexample.replace(/\/\*replayPath=.*?\*\//g, "").trim();
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
    counterexample: result.counterexample === undefined ? undefined : withoutReplayPath(fc.stringify(result.counterexample)),
    seed: result.seed,
    path: result.path,
    replay: replayCommand(result, endpoint),
    cases: result.cases,
    requests: result.requests,
    durationMs: result.durationMs,
    error: result.error,
  };
}
