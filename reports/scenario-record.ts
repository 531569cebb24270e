/** What a scenario leaves for reports: plain data (it crosses from vitest's workers to the certify command). */
import fc from "fast-check";
import type { Finding } from "../checks/finding.ts";
import type { ScenarioResult } from "../conformance/scenario.ts";
import { keepBodyPrefix, type Exchange } from "../client/exchange.ts";
import { boundedPlain, boundedString } from "./bounded-value.ts";

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

/** Longest counterexample, error or title a record keeps. */
const MAX_TEXT = 8 * 1024;

/** Facts and exchanges come from the target: bounded and plain, so the record always crosses to certify (bounded-value.ts). */
export function toRecord(result: ScenarioResult, endpoint: string | undefined): ScenarioRecord {
  const bounded = (f: Finding): Finding => ({ ...f, title: boundedString(f.title, MAX_TEXT), facts: boundedPlain(f.facts) as Record<string, unknown> });
  const counterexample = result.counterexample === undefined ? undefined : boundedString(fc.stringify(result.counterexample), MAX_TEXT);
  return {
    scenario: result.scenario,
    operations: result.operations,
    families: result.families,
    verdict: result.verdict,
    failures: result.findings.filter((f) => f.severity === "failure").map(bounded),
    warnings: result.findings.filter((f) => f.severity === "warning").map(bounded),
    exchanges: result.exchanges.map(boundedExchange),
    counterexample,
    seed: result.seed,
    path: result.path,
    replay: replayCommand(result, endpoint),
    cases: result.cases,
    requests: result.requests,
    durationMs: result.durationMs,
    error: result.error === undefined ? undefined : boundedString(result.error, MAX_TEXT),
    errorKind: result.errorKind,
  };
}

function boundedExchange(exchange: Exchange): Exchange {
  const copy: Exchange = { ...exchange, request: { ...exchange.request }, response: { ...exchange.response } };
  keepBodyPrefix(copy);
  if (copy.request.body !== undefined) copy.request.body = boundedString(copy.request.body, MAX_TEXT * 2);
  copy.request.headers = boundedPlain(copy.request.headers) as Record<string, string>;
  copy.response.headers = boundedPlain(copy.response.headers) as Record<string, string>;
  return copy;
}
