/** What a scenario leaves for reports: plain data (it is written as JSON, and crosses from vitest's workers when the suites run under vitest). */
import fc from "fast-check";
import type { Finding } from "../checks/finding.ts";
import type { ScenarioResult } from "../conformance/scenario.ts";
import { keepBodyPrefix, type Exchange } from "../client/exchange.ts";
import type { ReplayOptions } from "./replay.ts";
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
  /** The printed command (or call) that replays the failing case; set by certify, which knows how it was run. */
  replay: string | undefined;
  /** The options that replay it, for a library caller (set with `replay`). */
  replayOptions?: ReplayOptions;
  /** Said beside its replays where replaying one case alone may not show what the run saw (a target that keeps no accounts apart). */
  replayNote?: string;
  /** Where each warning (by finding key) was first seen: that case's input, and its replay once certify set it. */
  warningCases: Record<string, FoundCase>;
  /** The failing case each failure (by finding key) was met in, when the scenario reported more than one: absent, the record's own. */
  failureCases?: Record<string, FoundCase>;
  cases: number;
  /** Cases of the coverage phase among them. */
  coverageCases: number;
  requests: number;
  durationMs: number;
  /** Cases that exercised each check on each operation (`check|operation`). */
  exercisedChecks: Record<string, number>;
  /** Cases that exercised each documented statement. */
  exercisedStatements: Record<string, number>;
  error: string | undefined;
  errorKind: ScenarioResult["errorKind"];
  blockedBy: string[] | undefined;
  /** Who does not implement `blockedBy` when it is not the target (a parity twin's reference). */
  blockedOn?: string | undefined;
}

/**
 * A planned scenario a stopped run left unfinished: what it played until the stop (nothing, if it had not started).
 * It vouches for nothing: its findings and the rules its cases exercised are not reported, only that it played.
 */
export interface UnfinishedScenario {
  scenario: string;
  operations: readonly string[];
  families: readonly string[];
  /** Cases it played, to their end or to the stop, whether or not their turn had come. */
  cases: number;
  /** Cases of the coverage phase among those taken in turn. */
  coverageCases: number;
  /** Requests it sent. */
  requests: number;
  durationMs: number;
}

/** The case a finding was met in: a warning's first, a failure's failing case. */
export interface FoundCase {
  counterexample: string;
  /** The case's path; undefined when only a shrink met it. */
  path: string | undefined;
  replay?: string | undefined;
  replayOptions?: ReplayOptions | undefined;
}

/** fast-check prints a command sequence with its internal replay path in a comment; people need the commands. */
export function withoutReplayPath(counterexample: string): string {
  return counterexample.replace(/\/\*replayPath=.*?\*\//g, "").trim();
}

/** Longest counterexample, error or title a record keeps. */
const MAX_TEXT = 8 * 1024;

/** Facts and exchanges come from the target: bounded and plain, so the record always crosses to certify (bounded-value.ts). */
export function toRecord(result: ScenarioResult): ScenarioRecord {
  const bounded = (f: Finding): Finding => ({ ...f, title: boundedString(f.title, MAX_TEXT), facts: boundedPlain(f.facts) as Record<string, unknown> });
  const shown = (input: unknown): string => boundedString(withoutReplayPath(fc.stringify(input)), MAX_TEXT);
  const counterexample = result.counterexample === undefined ? undefined : shown(result.counterexample);
  const found = (cases: Record<string, { input: unknown; path: string | undefined }>): Record<string, FoundCase> =>
    Object.fromEntries(Object.entries(cases).map(([key, { input, path }]) => [key, { counterexample: shown(input), path }]));
  // Cases differ only where the scenario reported more than one failing case.
  const failurePaths = new Set(Object.values(result.failureCases).map((c) => c.path));
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
    replay: undefined,
    warningCases: found(result.warningCases),
    ...(failurePaths.size > 1 ? { failureCases: found(result.failureCases) } : {}),
    cases: result.cases,
    coverageCases: result.coverageCases,
    requests: result.requests,
    durationMs: result.durationMs,
    exercisedChecks: result.exercisedChecks,
    exercisedStatements: result.exercisedStatements,
    error: result.error === undefined ? undefined : boundedString(result.error, MAX_TEXT),
    errorKind: result.errorKind,
    blockedBy: result.blockedBy,
    ...(result.blockedOn ? { blockedOn: result.blockedOn } : {}),
  };
}

/** The case a finding of the record was met in: a failure's failing case, a warning's first; undefined when none is known. */
export function caseOf(
  record: ScenarioRecord,
  finding: Pick<Finding, "key" | "severity">,
): { counterexample: string | undefined; replay?: string | undefined; replayOptions?: ReplayOptions | undefined } | undefined {
  if (finding.severity !== "failure") return record.warningCases[finding.key];
  return record.failureCases?.[finding.key] ?? record;
}

function boundedExchange(exchange: Exchange): Exchange {
  const copy: Exchange = { ...exchange, request: { ...exchange.request }, response: { ...exchange.response } };
  keepBodyPrefix(copy);
  if (copy.request.body !== undefined) copy.request.body = boundedString(copy.request.body, MAX_TEXT * 2);
  copy.request.headers = boundedPlain(copy.request.headers) as Record<string, string>;
  copy.response.headers = boundedPlain(copy.response.headers) as Record<string, string>;
  return copy;
}
