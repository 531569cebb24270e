/**
 * Runs a certification's scenarios in this process: the planned ones (after --only and --shard), a bounded number
 * at a time, each reported as it ends. Scenarios whose cases act on accounts of their own overlap, and so do the
 * cases of one scenario (see conformance/cases-ahead.ts), under one bound; the target's profile says whether they may.
 */
import { caseSlotsFor } from "../conformance/case-slots.ts";
import { countingCases } from "../conformance/counting-cases.ts";
import { profileOf, scenariosFor } from "../conformance/profiles/index.ts";
import { type ResolvedRunConfig, selected } from "../conformance/run-config.ts";
import { plannedCases, plannedRequests, runScenario, type Scenario } from "../conformance/scenario.ts";
import { SUITES, type SuiteName, suiteOf } from "../conformance/scenarios/index.ts";
import { Session } from "../conformance/session.ts";
import { boundedString } from "../reports/bounded-value.ts";
import { scenarioLines } from "../reports/progress-line.ts";
import { type ScenarioRecord, toRecord, type UnfinishedScenario } from "../reports/scenario-record.ts";
import type { Spec } from "../specs/spec-model.ts";

export interface EngineRunOptions {
  spec: Spec;
  config: ResolvedRunConfig;
  /** `I/N`: run the I-th of N shards of the suites. */
  shard: string | undefined;
  log: (line: string) => void;
  signal: AbortSignal | undefined;
}

export interface EngineOutcome {
  /** One per planned scenario that finished, in the planned order (the same for every run of a seed). */
  records: ScenarioRecord[];
  /** The scenarios the run planned, after --only and --shard. */
  planned: Scenario[];
  /** Why a planned scenario ended without a record. */
  crashByScenario: ReadonlyMap<string, string>;
  /** Errors no scenario owns, such as a promise rejected with nobody waiting for it. */
  runErrors: readonly string[];
  interrupted: boolean;
  /** The planned scenarios the stop left unfinished (under way, or not started), in planned order, with what they played. */
  unfinished: UnfinishedScenario[];
}

/** The suites of shard `I/N`: every N-th suite from the I-th, so shards of one run never share a suite. */
export function suitesOfShard(shard: string | undefined): Set<SuiteName> {
  if (shard === undefined) return new Set(SUITES);
  const [index, count] = shard.split("/").map(Number) as [number, number];
  return new Set(SUITES.filter((_, i) => i % count === index - 1));
}

export async function runPlannedScenarios(options: EngineRunOptions): Promise<EngineOutcome> {
  const { spec, config, log, signal } = options;
  const profile = profileOf(config);
  const suites = suitesOfShard(options.shard);
  const planned = scenariosFor(spec, config).filter((s) => selected(config, s) && suites.has(suiteOf(s)!));
  // Scenarios that share their accounts take turns; so do all of a run whose request rate is set, unless it says otherwise.
  // One bound on the cases under way, whether they are the first of a scenario or played ahead of their turn.
  const slots = caseSlotsFor(config, profile);
  const concurrency = slots?.size ?? 1;
  // One session per suite, as each suite has always had: its wait budget bounds the waiting in vain of its scenarios.
  // A request rate holds for the whole run, so a run with one has one session, and so one limiter, for all.
  const sessions = new Map<SuiteName | undefined, Session>();
  const sessionOf = (scenario: Scenario): Session => {
    const suite = config.rate === undefined ? suiteOf(scenario) : undefined;
    let session = sessions.get(suite);
    if (!session) sessions.set(suite, (session = new Session(spec, config, profile)));
    return session;
  };
  const records: (ScenarioRecord | undefined)[] = new Array(planned.length);
  const stopped: (UnfinishedScenario | undefined)[] = new Array(planned.length);
  const crashByScenario = new Map<string, string>();
  const runErrors: string[] = [];
  // A rejection nobody awaited (a defect of the suite) makes the run incomplete; it must not end a library caller's process.
  const onUnhandled = (reason: unknown): void => void runErrors.push(`unhandled error: ${describe(reason)}`);
  process.on("unhandledRejection", onUnhandled);
  const order = concurrency > 1 ? longestFirst(planned, config.runs) : planned.map((_, index) => index);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!signal?.aborted && next < order.length) {
      const index = order[next++]!;
      const scenario = planned[index]!;
      const total = config.replay === undefined ? plannedCases(scenario, config.runs) : 1;
      const counted = countingCases(scenario, total, (done, of, seconds) => log(`  … ${scenario.name}: ${done}/${of} cases, ${seconds} s`));
      try {
        const result = await runScenario(sessionOf(scenario), counted, {
          runs: config.runs,
          seed: config.seed,
          path: config.replay,
          failFast: config.failFast,
          signal,
          slots,
        });
        // A scenario the interrupt stopped did not finish: it is missing from the run, not a scenario that could not run.
        // What it played counts (its cases played ahead of their turn too); what it found vouches for nothing.
        if (result.errorKind === "interrupted") {
          crashByScenario.set(scenario.name, "the run was interrupted before it finished");
          stopped[index] = {
            ...unplayed(scenario),
            cases: Math.max(counted.played, result.cases),
            coverageCases: result.coverageCases,
            requests: result.requests,
            durationMs: result.durationMs,
          };
          continue;
        }
        const record = toRecord(result);
        records[index] = record;
        for (const line of scenarioLines(record)) log(line);
      } catch (error) {
        const reason = describe(error);
        crashByScenario.set(scenario.name, reason);
        log(`✗ ${scenario.name}: ${reason}`);
      } finally {
        counted.stop();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, planned.length) }, worker));
  } finally {
    process.off("unhandledRejection", onUnhandled);
    await Promise.all([...sessions.values()].map((session) => session.close()));
  }
  planned.forEach((scenario, index) => {
    if (signal?.aborted && records[index] === undefined && !crashByScenario.has(scenario.name)) {
      crashByScenario.set(scenario.name, "the run was interrupted before it started");
      stopped[index] = unplayed(scenario);
    }
  });
  return {
    records: records.filter((r): r is ScenarioRecord => r !== undefined),
    planned,
    crashByScenario,
    runErrors,
    interrupted: signal?.aborted === true,
    unfinished: stopped.filter((u): u is UnfinishedScenario => u !== undefined),
  };
}

/** A scenario that played nothing. */
function unplayed(scenario: Scenario): UnfinishedScenario {
  return { scenario: scenario.name, operations: scenario.operations, families: scenario.families, cases: 0, coverageCases: 0, requests: 0, durationMs: 0 };
}

/**
 * The planned scenarios' indices, those that send the most requests first (ties in planned order). A scenario takes
 * its cases in turn and plays only a few ahead of it (as many as passed), and the case slots are handed out in the
 * order asked: the largest, started last, would end the run nearly alone; started first, they overlap with the rest.
 * Records keep the planned order whatever the order they ran in.
 */
export function longestFirst(planned: readonly Scenario[], runs: number): number[] {
  const requests = planned.map((scenario) => plannedRequests(scenario, plannedCases(scenario, runs)));
  return planned.map((_, index) => index).sort((a, b) => requests[b]! - requests[a]! || a - b);
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return boundedString(text.replace(/\s+/g, " "), 2_000);
}
