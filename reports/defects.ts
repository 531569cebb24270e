/**
 * Defects, not occurrences. A run meets one deviation many times: in several scenarios, in many cases, on every
 * operation it touches. Findings of one check with one discriminator are one defect, which lists the operations
 * and scenarios where it was seen and keeps one smallest example; a target with a wrong Content-Type on every
 * answer has one defect, not one per operation and scenario. The regression gate still compares the findings'
 * keys (check, operation, discriminator), which do not depend on how many cases met them.
 */
import { CHECK_FAMILIES, type CheckFamily, type CheckSource, type Finding, type Severity } from "../checks/finding.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import { PARITY_CALLS, PARITY_IMPLEMENTED } from "../checks/parity.ts";
import type { Exchange } from "../client/exchange.ts";
import type { ReplayOptions } from "./replay.ts";
import { caseOf, type ScenarioRecord } from "./scenario-record.ts";

export interface DefectExample {
  scenario: string;
  operation: string;
  title: string;
  facts: Record<string, unknown>;
  /** The input of the case: a failure's smallest failing one, a warning's first. */
  counterexample: string | undefined;
  replay: string | undefined;
  /** The options that replay it: `certify(replayOptions)` from code. */
  replayOptions?: ReplayOptions | undefined;
  /** Why the replay may not show it, and what would (see ScenarioRecord.replayNote). */
  replayNote?: string | undefined;
  exchange: Exchange | undefined;
}

export interface Defect {
  /** `check`, or `check|discriminator`, with `warning:` before a warning's: what makes findings one defect. */
  id: string;
  check: string;
  family: CheckFamily;
  source: CheckSource;
  severity: Severity;
  rule: string;
  /** One line: the example's title, and the other operations where it was seen. */
  title: string;
  /** The operations it was seen on. */
  operations: string[];
  /** The scenarios it was seen in. */
  scenarios: string[];
  /** How many findings it groups (one per scenario and operation). */
  occurrences: number;
  /** The finding keys it groups: what the regression gate compares. */
  keys: string[];
  /** The smallest example: the finding of the scenario whose smallest failing input is shortest. */
  example: DefectExample;
  /** What follows from the same answers and is no defect of its own (a framework's error page: its body, its type). */
  consequences?: Consequence[];
}

/** A finding that follows from the answers a root defect is about, listed under it. */
export interface Consequence {
  check: string;
  title: string;
}

/**
 * An error answer that is no AWS error at all — a framework's HTML (or plain) error page — fails several checks at
 * once: its status, its body, its content type, its missing type. It is one defect (per status and media type), led
 * by the first of these checks it fails; the others are its consequences.
 */
const PAGE_ROOTS = [
  "status-codes/no-5xx-for-valid-input",
  "status-codes/invalid-input-rejected",
  "status-codes/documented-status",
  "error-shapes/status-matches-type",
  "error-shapes/documented-type",
  "error-shapes/json-body",
];
const PAGE_MARK = "error-shapes/json-body";
const rootRank = (check: string): number => {
  const rank = PAGE_ROOTS.indexOf(check);
  return rank === -1 ? PAGE_ROOTS.length : rank;
};

/** The discriminator part of a finding's key (`check|operation|discriminator`). */
export function discriminatorOf(finding: Pick<Finding, "key">): string {
  return finding.key.split("|").slice(2).join("|");
}

/** The defects of a run's records, failures first; see sortDefects. */
export function collectDefects(records: readonly ScenarioRecord[]): Defect[] {
  return mergeDefects([
    records.flatMap((record) => {
      const pages = pageAnswers(record);
      return [...record.failures, ...record.warnings].map((finding) => {
        // A failure's case is its shrunk failing one; a warning's, the case it was first seen in.
        const seen = caseOf(record, finding);
        return defectOf(finding, pages.get(finding.exchange ?? -1), {
          scenario: record.scenario,
          operation: finding.operation,
          title: finding.title,
          facts: finding.facts,
          counterexample: seen?.counterexample,
          replay: seen?.replay,
          ...(seen?.replayOptions ? { replayOptions: seen.replayOptions } : {}),
          ...(seen?.replay && record.replayNote ? { replayNote: record.replayNote } : {}),
          exchange: finding.exchange === undefined ? undefined : record.exchanges[finding.exchange],
        });
      });
    }),
  ]);
}

/** The record's error answers that are pages, not AWS errors: exchange index → `status media type` (error-shapes/json-body judged the whole body). */
function pageAnswers(record: ScenarioRecord): Map<number, string> {
  const pages = new Map<number, string>();
  for (const finding of record.failures) {
    const exchange = finding.exchange === undefined ? undefined : record.exchanges[finding.exchange];
    if (finding.check !== PAGE_MARK || !exchange) continue;
    pages.set(finding.exchange!, `${exchange.response.status} ${exchange.response.headers["content-type"]?.split(";")[0]?.trim() || "(no content type)"}`);
  }
  return pages;
}

/** Defects of several lists (shards of one run) as one list: the same defect met in several is one. */
export function mergeDefects(lists: readonly (readonly Defect[])[]): Defect[] {
  const merged = new Map<string, Defect>();
  for (const defect of lists.flat()) {
    const current = merged.get(defect.id);
    merged.set(
      defect.id,
      current ? combine(current, defect) : { ...defect, operations: [...defect.operations], scenarios: [...defect.scenarios], keys: [...defect.keys] },
    );
  }
  for (const defect of merged.values()) {
    defect.operations.sort();
    const others = defect.operations.filter((o) => o !== defect.example.operation);
    defect.title =
      others.length === 0 ? defect.example.title : `${defect.example.title} — likewise on ${others.length} more operation(s): ${others.join(", ")}`;
  }
  return sortDefects([...merged.values()]);
}

/**
 * Failures first; root causes (an operation not implemented) lead; then by family, the widest first. What a
 * person should read first comes first.
 */
export function sortDefects(defects: Defect[]): Defect[] {
  const rank = (d: Defect): number => (d.severity === "failure" ? 0 : 1);
  // A missing operation explains everything else about it; two paths that parted explain nothing by themselves.
  const root = (d: Defect): number => (d.check === NOT_IMPLEMENTED.id || d.check === PARITY_IMPLEMENTED.id ? 0 : d.check === PARITY_CALLS.id ? 2 : 1);
  return defects.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      root(a) - root(b) ||
      CHECK_FAMILIES.indexOf(a.family) - CHECK_FAMILIES.indexOf(b.family) ||
      b.operations.length - a.operations.length ||
      a.id.localeCompare(b.id),
  );
}

/** "N defect(s) in M operation(s) (F failure(s), W warning(s))". */
export function defectSummary(defects: readonly Defect[]): string {
  const operations = new Set(defects.flatMap((d) => d.operations));
  const failures = defects.filter((d) => d.severity === "failure").length;
  return `${defects.length} defect(s) in ${operations.size} operation(s) (${failures} failure(s), ${defects.length - failures} warning(s))`;
}

function defectOf(finding: Omit<Finding, "exchange">, page: string | undefined, example: DefectExample): Defect {
  // The failures an error page earns are one defect per status and media type, whatever checks they are.
  const id =
    page !== undefined && finding.severity === "failure"
      ? `error-page|${page}`
      : `${finding.severity === "warning" ? "warning:" : ""}${[finding.check, discriminatorOf(finding)].filter(Boolean).join("|")}`;
  return {
    id,
    check: finding.check,
    family: finding.family,
    source: finding.source,
    severity: finding.severity,
    rule: finding.rule,
    title: finding.title,
    operations: [finding.operation],
    scenarios: [example.scenario],
    occurrences: 1,
    keys: [finding.key],
    example,
  };
}

function combine(into: Defect, other: Defect): Defect {
  if (into.id.startsWith("error-page|")) absorb(into, other);
  into.occurrences += other.occurrences;
  for (const operation of other.operations) if (!into.operations.includes(operation)) into.operations.push(operation);
  for (const scenario of other.scenarios) if (!into.scenarios.includes(scenario)) into.scenarios.push(scenario);
  for (const key of other.keys) if (!into.keys.includes(key)) into.keys.push(key);
  if (other.check === into.check && explainsBetter(other.example, into.example)) into.example = other.example;
  return into;
}

/** One more finding (or defect) about the same error page: the first check of PAGE_ROOTS leads, the rest follow from it. */
function absorb(into: Defect, other: Defect): void {
  const consequences = new Map((into.consequences ?? []).map((c) => [c.check, c]));
  // Of two titles for one consequence, the first in order: the same whatever order the findings came in.
  const keep = (c: Consequence): void => {
    const current = consequences.get(c.check);
    if (!current || c.title.localeCompare(current.title) < 0) consequences.set(c.check, c);
  };
  for (const c of other.consequences ?? []) keep(c);
  if (other.check !== into.check && rootRank(other.check) < rootRank(into.check)) {
    keep({ check: into.check, title: into.example.title });
    Object.assign(into, { check: other.check, family: other.family, source: other.source, rule: other.rule, example: other.example });
  } else if (other.check !== into.check) {
    keep({ check: other.check, title: other.example.title });
  }
  consequences.delete(into.check);
  into.consequences = [...consequences.values()].sort((a, b) => rootRank(a.check) - rootRank(b.check) || a.check.localeCompare(b.check));
}

/** An example with an exchange explains better than one without; among those, the shorter smallest input. */
function explainsBetter(candidate: DefectExample, current: DefectExample): boolean {
  if ((candidate.exchange === undefined) !== (current.exchange === undefined)) return candidate.exchange !== undefined;
  const length = (e: DefectExample): number => e.counterexample?.length ?? Number.MAX_SAFE_INTEGER;
  return length(candidate) < length(current);
}
