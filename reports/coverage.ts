/**
 * What a run covered: for each documented statement (specs/statements.json), whether a check enforcing it judged
 * something in the run and in how many cases, or why not — blocked by an operation the target does not implement,
 * interrupted (the run was stopped before a scenario about it finished), outside the run (--only, --shard,
 * real-account mode), not reached by any case, or a statement no check enforces (an open choice, not observable, no
 * behaviour, or told two ways by AWS's documents). A green certificate says what it covered.
 */
import { traceabilityOf } from "../checks/traceability.ts";
import type { UntestedKind } from "../specs/check-texts.ts";
import type { Service } from "../specs/service-descriptor.ts";
import type { Statement } from "../specs/statements.ts";
import type { ScenarioRecord, UnfinishedScenario } from "./scenario-record.ts";

export type StatementStatus = "exercised" | "not-exercised" | UntestedKind;

export interface StatementCoverage {
  id: string;
  text: string;
  where: string;
  status: StatementStatus;
  /** Cases that exercised it, summed over the scenarios. */
  cases: number;
  /** The checks that enforce it. */
  checks: string[];
  /** Why it was not exercised, or why no check enforces it. */
  why?: string;
}

export interface Coverage {
  /** "exercised N of M documented rules …". */
  summary: string;
  /** Statements some check enforces: the documented rules. */
  rules: number;
  /** Rules the run exercised. */
  exercised: number;
  /** Cases of the coverage phase (the same for every seed) and random cases, over all scenarios. */
  coverageCases: number;
  randomCases: number;
  statements: StatementCoverage[];
}

/**
 * Coverage of a run of the service's scenarios from their records, over the service's documented statements, and the
 * scenarios a stop left unfinished: their cases count as played, but what they exercised does not (a case of theirs
 * may have failed, unreported).
 */
export function coverageOf(records: readonly ScenarioRecord[], service: Service, unfinished: readonly UnfinishedScenario[] = []): Coverage {
  const cases = new Map<string, number>();
  for (const record of records) for (const [id, n] of Object.entries(record.exercisedStatements)) cases.set(id, (cases.get(id) ?? 0) + n);
  const blocked = records.filter((r) => r.verdict === "blocked");
  const about = new Set(records.flatMap((r) => r.operations));
  const entries = traceabilityOf(service).map(({ statement, checks, untested }): StatementCoverage => {
    const base = { id: statement.id, text: statement.text, where: statement.where, checks, cases: cases.get(statement.id) ?? 0 };
    if (checks.length === 0) return { ...base, status: untested!.kind, why: untested!.reason };
    if (base.cases > 0) return { ...base, status: "exercised" };
    return { ...base, status: "not-exercised", why: whyNotExercised(statement, blocked, unfinished, about) };
  });
  const played = [...records, ...unfinished];
  return summarise(
    entries,
    played.reduce((n, r) => n + r.coverageCases, 0),
    played.reduce((n, r) => n + r.cases - r.coverageCases, 0),
  );
}

/** The coverage of several shards of one run: a statement is exercised if any shard exercised it. */
export function mergeCoverage(shards: readonly Coverage[]): Coverage {
  const byId = new Map<string, StatementCoverage>();
  for (const entry of shards.flatMap((s) => s.statements)) {
    const current = byId.get(entry.id);
    if (!current) byId.set(entry.id, { ...entry });
    else if (entry.status === "exercised" || current.status === "exercised")
      byId.set(entry.id, { ...current, status: "exercised", cases: current.cases + entry.cases, why: undefined });
  }
  const sum = (pick: (c: Coverage) => number): number => shards.reduce((n, s) => n + pick(s), 0);
  return summarise(
    [...byId.values()].map(({ why, ...entry }) => (why === undefined ? entry : { ...entry, why })),
    sum((c) => c.coverageCases),
    sum((c) => c.randomCases),
  );
}

function summarise(statements: StatementCoverage[], coverageCases: number, randomCases: number): Coverage {
  const rules = statements.filter((s) => s.checks.length > 0).length;
  const exercised = statements.filter((s) => s.status === "exercised").length;
  const beyond = statements.filter((s) => s.status === "beyond-protocol").length;
  const untested = statements.length - rules - beyond;
  // A protocol-only run says apart what is beyond what it plays; a family run's line stays as it always was.
  const further = [
    ...(untested > 0 || beyond === 0 ? [`${untested} further statements are open choices, not observable from outside, or state no behaviour`] : []),
    ...(beyond > 0 ? [`${beyond} further statements say more than protocol and shapes, which are all a protocol-only run enforces`] : []),
  ];
  return {
    summary: `exercised ${exercised} of ${rules} documented rules (${further.join("; ")})`,
    rules,
    exercised,
    coverageCases,
    randomCases,
    statements,
  };
}

function whyNotExercised(
  statement: Statement,
  blocked: readonly ScenarioRecord[],
  unfinished: readonly UnfinishedScenario[],
  about: ReadonlySet<string>,
): string {
  const isAbout = (scenario: { operations: readonly string[] }): boolean => scenario.operations.some((o) => statement.operations.includes(o));
  const blockers = blocked.filter(isAbout).flatMap((r) => r.blockedBy ?? []);
  if (blockers.length > 0) return `blocked: ${[...new Set(blockers)].join(", ")} not implemented`;
  const stopped = unfinished.filter(isAbout).map((u) => u.scenario);
  if (stopped.length > 0)
    return `interrupted: the run was stopped before ${stopped.slice(0, 3).join(", ")}${stopped.length > 3 ? ` and ${stopped.length - 3} more scenario(s)` : ""} finished`;
  if (!statement.operations.some((o) => about.has(o)))
    return "not in this run: no scenario it ran is about this operation (--only, --shard or real-account mode)";
  return "not reached: no case of this run exercised it";
}

/** The coverage lines for people: the summary, then each rule not exercised and why (at most `limit`, then how many more). */
export function formatCoverage(coverage: Coverage, limit = Number.POSITIVE_INFINITY): string[] {
  const missed = coverage.statements.filter((s) => s.status === "not-exercised");
  const lines = [
    `coverage: ${coverage.summary}; ${coverage.coverageCases} coverage-phase case(s) (the same for every seed), ${coverage.randomCases} random case(s)`,
  ];
  if (limit === 0) return lines;
  for (const statement of missed.slice(0, limit)) lines.push(`  not exercised: ${statement.id} (${statement.why}): ${statement.text}`);
  if (missed.length > limit) lines.push(`  … and ${missed.length - limit} more rule(s) not exercised: see certificate.md or certificate.json's coverage`);
  return lines;
}
