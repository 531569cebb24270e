/**
 * A scenario is a property over generated cases; running it yields the findings of the smallest failing
 * case fast-check could shrink to, with the seed and path that replay exactly that case.
 */
import fc from "fast-check";
import type { CheckFamily, Finding } from "../checks/finding.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import type { Exchange } from "../client/exchange.ts";
import { Interrupted } from "../client/interrupted.ts";
import type { CaseRun } from "./case-run.ts";
import type { CaseSlots } from "./case-slots.ts";
import { type PlayedCase, playCase } from "./cases-ahead.ts";
import { playAhead } from "./play-ahead.ts";
import { parseReplayToken, replayToken } from "./replay-token.ts";
import { CaseFailed, type Outcome, ScenarioTally } from "./scenario-tally.ts";
import type { Session } from "./session.ts";

export { parseReplayToken, replayToken } from "./replay-token.ts";

export interface Scenario<T = any> {
  /** `family/Operation`, e.g. `semantics/InviteMembers`. */
  name: string;
  operations: readonly string[];
  families: readonly CheckFamily[];
  /** One line: what the scenario does to the target. */
  description: string;
  /** Random cases for a run budget of `runs` (scenarios with costly cases run fewer), played after the coverage phase. */
  cases(runs: number): number;
  /**
   * The coverage phase: cases every run plays first, the same for every seed, so each documented rule the scenario
   * judges is tested whatever the seed and however small the budget. They shrink and replay like the others.
   */
  coverage?: readonly T[];
  /** About how many requests a case sends (for the plan a dry run prints); 1 when not given. */
  requestsPerCase?: number;
  /**
   * The cases. A function builds a fresh arbitrary per run, for arbitraries that keep state while they shrink
   * (fast-check's commands); it gets the commands' replay path when a case is replayed.
   */
  arbitrary: fc.Arbitrary<T> | ((commandsReplayPath: string | undefined) => fc.Arbitrary<T>);
  run(run: CaseRun, input: T): Promise<void>;
  /** Its cases are played one after another even when the run could play them ahead (a recording is written in turn). */
  sequentialCases?: boolean;
}

export interface ScenarioResult {
  scenario: string;
  operations: readonly string[];
  families: readonly CheckFamily[];
  /** blocked: an operation the scenario needs is not implemented, so it could not judge anything else. */
  verdict: "passed" | "failed" | "error" | "blocked";
  /**
   * The failures of each failing case (shrunk), then warnings seen in any case (first occurrence of each key). A
   * scenario reports every failing case of its coverage phase, and the first failing random case, each for the
   * failures no earlier case of it reported.
   */
  findings: Finding[];
  /** The exchanges of the failing cases one after another (or the blocked case), then those the warnings are about. */
  exchanges: Exchange[];
  /**
   * Where each warning was first seen, by finding key: the case's input and the path that replays it (undefined
   * when only a shrink met it: a shrink has no path of its own).
   */
  warningCases: Record<string, { input: unknown; path: string | undefined }>;
  /** Where each failure was met, by finding key: its failing case's input and the path that replays it. */
  failureCases: Record<string, { input: unknown; path: string | undefined }>;
  /** The first failing case's input (shrunk). */
  counterexample: unknown;
  /** The run's seed (each scenario derives its own from it and its name). */
  seed: number;
  path: string | undefined;
  cases: number;
  /** Cases of the coverage phase among them. */
  coverageCases: number;
  requests: number;
  durationMs: number;
  /** How many cases exercised each check on each operation (`check|operation`): a check that never ran vouches for nothing. */
  exercisedChecks: Record<string, number>;
  /** How many cases exercised each documented statement (specs/statements.json). */
  exercisedStatements: Record<string, number>;
  /** For verdict "error": why the scenario could not run. */
  error: string | undefined;
  /** For verdict "error": whether the target stopped answering, the suite's own scenario code failed, or the run was stopped. */
  errorKind: "target" | "suite" | "interrupted" | undefined;
  /** For verdict "blocked": the operations it needs that the target (or, for a parity twin, the reference) does not implement. */
  blockedBy: string[] | undefined;
  /** For verdict "blocked": who does not implement them; undefined for the target. */
  blockedOn?: string | undefined;
}

export interface ScenarioBudget {
  runs: number;
  seed: number;
  /** Replays one case: the path printed with a finding (see replayToken). */
  path?: string | undefined;
  /** Stop at the first failure without shrinking. */
  failFast?: boolean;
  /** Aborts when the run is stopped: the case under way ends at its next request or wait, and no other starts. */
  signal?: AbortSignal | undefined;
  /**
   * The run's bound on cases under way at once. Given (and above 1), a scenario plays its cases ahead of their turn
   * (see cases-ahead.ts) unless it says otherwise; without it, one after another.
   */
  slots?: CaseSlots | undefined;
}

/** Every case a scenario plays at a budget: the coverage phase, then the random cases. */
export function plannedCases(scenario: Scenario, runs: number): number {
  return (scenario.coverage?.length ?? 0) + scenario.cases(runs);
}

/** About how many requests `cases` cases of a scenario send (retries and waits for slow effects come on top). */
export function plannedRequests(scenario: Scenario, cases: number): number {
  return cases * (scenario.requestsPerCase ?? 1);
}

export async function runScenario(session: Session, scenario: Scenario, budget: ScenarioBudget): Promise<ScenarioResult> {
  const started = performance.now();
  const replay = budget.path === undefined ? undefined : parseReplayToken(budget.path);
  const tally = new ScenarioTally(session, budget.path);
  const arbitrary = typeof scenario.arbitrary === "function" ? scenario.arbitrary(replay?.commandsReplayPath) : scenario.arbitrary;
  const coverage = scenario.coverage ?? [];
  const planned = replay ? 1 : plannedCases(scenario, budget.runs);
  const seed = scenarioSeed(budget.seed, scenario.name);
  // A replay path counts the coverage phase's examples too: it names a case of this suite version, as certificates record.
  const drawFrom = (offset: number) => ({
    numRuns: replay ? 1 : planned - offset,
    seed,
    // Played first, in order; the random cases after them do not depend on how many there are.
    examples: coverage.slice(offset).map((value): [unknown] => [value]),
  });

  const playHoldingSlot = async (input: unknown): Promise<PlayedCase> => {
    const release = await budget.slots?.take();
    try {
      return await playCase(session, scenario.run, input, budget.signal);
    } finally {
      release?.();
    }
  };
  /** The position of the next case in turn among the scenario's; undefined while fast-check shrinks. */
  let nextInTurn = 0;
  /** One case after another, as fast-check runs a property (and shrinks a failure). */
  const playInTurn = async (input: unknown): Promise<void> => {
    if (tally.fatal) throw tally.fatal;
    // Once stopped, every case (a shrink's too) ends at once, so fast-check is done in moments.
    if (budget.signal?.aborted) throw new Interrupted();
    if (tally.blocked) return;
    // fast-check's path of the n-th case counts the coverage phase's examples too, as a replay plays them.
    const index = replay || tally.shrinking ? undefined : String(nextInTurn++);
    tally.cases++;
    tally.take(await playHoldingSlot(input), index);
  };

  const failures: FailingCase[] = [];
  let details: Outcome;
  // The cases in turn, from `offset`: after a failing case of the coverage phase they go on from the one after it, so
  // every coverage case plays and no defect hides another; a failing random case ends them (once shrunk).
  for (let offset = 0; ; ) {
    const draw = drawFrom(offset);
    nextInTurn = offset;
    if (replay || !budget.slots || budget.slots.size === 1 || scenario.sequentialCases) {
      details = await fc.check(fc.asyncProperty(arbitrary, playInTurn), {
        ...draw,
        ...(replay ? { path: replay.path } : {}),
        // A replay plays exactly the case its path names: shrinking it again could lead past a failure it was printed for.
        endOnFailure: replay !== undefined || budget.failFast === true,
      });
    } else {
      details = await playAhead({
        tally,
        draw,
        offset,
        arbitrary: () => (typeof scenario.arbitrary === "function" ? scenario.arbitrary(undefined) : scenario.arbitrary),
        commands: typeof scenario.arbitrary === "function",
        play: (input, signal) => playCase(session, scenario.run, input, signal),
        playHoldingSlot,
        playInTurn,
        slots: budget.slots,
        signal: budget.signal,
        failFast: budget.failFast === true,
      });
    }
    const failed = details.errorInstance instanceof CaseFailed ? details.errorInstance.run : undefined;
    if (!failed || !details.counterexamplePath) break;
    const endedAt = offset + Number(details.counterexamplePath.split(":")[0]);
    failures.push(...failingCases(tally, failed, details.counterexample?.[0], shiftedPath(details.counterexamplePath, offset)));
    tally.reported(failures.flatMap((f) => f.findings.map((finding) => finding.key)));
    if (replay || budget.failFast || endedAt + 1 >= Math.min(coverage.length, planned) || tally.fatal || tally.blocked || budget.signal?.aborted) break;
    offset = endedAt + 1;
  }
  const { fatal, blocked, warnings, warningExchanges, cases } = tally;
  const interrupted = budget.signal?.aborted === true;
  // Anything else thrown is the suite's own fault (scenarios read answers through the checks' views, so a
  // malformed answer is a finding, not a crash): it must never read as "the target stopped answering".
  const crashed = details.failed && !(details.errorInstance instanceof CaseFailed) && !fatal && !interrupted;
  const error = interrupted
    ? "the run was interrupted"
    : fatal
      ? fatal.message
      : crashed
        ? `the suite failed in this scenario (a defect of the suite, please report it): ${describeCrash(details.errorInstance)}`
        : undefined;
  // A blocked case keeps only its not-implemented findings: the rest are symptoms of the missing operation.
  const blockers = blocked ? [...blocked.run.findings.filter((f) => f.check === NOT_IMPLEMENTED.id), ...blocked.error.evidence] : [];
  // Each failing case's findings point into its own exchanges, kept one case after another; the warnings' after them.
  const exchanges: Exchange[] = [];
  const failureFindings: Finding[] = [];
  const failureCases: ScenarioResult["failureCases"] = {};
  for (const failing of failures) {
    const at = exchanges.length;
    exchanges.push(...failing.exchanges);
    for (const f of failing.findings) {
      failureFindings.push(f.exchange === undefined ? f : { ...f, exchange: f.exchange + at });
      failureCases[f.key] = { input: failing.input, path: failing.path };
    }
  }
  if (failures.length === 0 && blocked) exchanges.push(...blocked.run.exchanges);
  const shown = exchanges.length;
  const shownWarnings = [...warnings.values()].map((f) => (f.exchange === undefined ? f : { ...f, exchange: f.exchange + shown }));
  const [first] = failures;
  return {
    scenario: scenario.name,
    operations: scenario.operations,
    families: scenario.families,
    verdict: error ? "error" : first ? "failed" : blocked ? "blocked" : "passed",
    findings: [...failureFindings, ...(first ? [] : blockers), ...shownWarnings],
    exchanges: [...exchanges, ...warningExchanges],
    warningCases: tally.warningCases,
    failureCases,
    counterexample: first?.input,
    seed: budget.seed,
    path: first?.path,
    cases,
    coverageCases: replay ? 0 : Math.min(cases, coverage.length),
    requests: tally.requests,
    durationMs: Math.round(performance.now() - started),
    exercisedChecks: Object.fromEntries(tally.exercisedChecks),
    exercisedStatements: Object.fromEntries(tally.exercisedStatements),
    error,
    errorKind: interrupted ? "interrupted" : fatal ? "target" : crashed ? "suite" : undefined,
    blockedBy: blocked ? [...new Set([blocked.error.operation, ...blockers.map((f) => f.operation)])] : undefined,
    ...(blocked?.error.side ? { blockedOn: blocked.error.side } : {}),
  };
}

/** A failing case as reported: the failures it is the example of, its exchanges, its input and the token that replays it. */
interface FailingCase {
  findings: readonly Finding[];
  exchanges: readonly Exchange[];
  input: unknown;
  path: string | undefined;
}

/**
 * What a failing case in turn leaves once shrunk: the shrunk case with its failures not reported before, and, when
 * the shrink kept only some of the new failures the case met first, that first case for the ones it lost.
 */
function failingCases(tally: ScenarioTally, shrunk: CaseRun, input: unknown, path: string): FailingCase[] {
  const fresh = tally.newFailures(shrunk);
  const cases: FailingCase[] = [{ findings: fresh, exchanges: shrunk.exchanges, input, path: replayToken(path, input) }];
  const ended = tally.ended;
  if (ended && ended.run !== shrunk) {
    const kept = new Set(fresh.map((f) => f.key));
    const lost = tally.newFailures(ended.run).filter((f) => ended.hunted.has(f.key) && !kept.has(f.key));
    if (lost.length > 0)
      cases.push({
        findings: lost,
        exchanges: ended.run.exchanges,
        input: ended.input,
        path: ended.index === undefined ? undefined : replayToken(ended.index, ended.input),
      });
  }
  return cases;
}

/** fast-check's path of a case in a draw that started `offset` cases into the scenario, as the scenario's own path. */
function shiftedPath(path: string, offset: number): string {
  const [index, ...shrinks] = path.split(":");
  return [String(Number(index) + offset), ...shrinks].join(":");
}

/** The error and where it was thrown, in a few lines. */
function describeCrash(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trim().startsWith("at "))
    .slice(0, 3);
  return [`${error.name}: ${error.message}`, ...frames.map((f) => f.trim())].join(" ");
}

/** Each scenario draws from its own seed, so scenarios with alike arbitraries do not draw alike cases. */
export function scenarioSeed(runSeed: number, name: string): number {
  let hash = runSeed | 0;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 1;
}
