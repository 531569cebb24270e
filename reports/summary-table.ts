/** The end-of-run table: operation × check family → what the run established there, with requests and time. */
import { checkOf } from "../checks/index.ts";
import { checksOf } from "../checks/service-checks.ts";
import { familyJudges, StatementIndex } from "../checks/traceability.ts";
import type { Service } from "../specs/service-descriptor.ts";
import type { ScenarioRecord, UnfinishedScenario } from "./scenario-record.ts";

/**
 * `not-exercised`: a scenario about that operation and family passed, yet no check of the family judged anything
 * on it. `not-established`: the only scenarios about it failed, each stopping at its first failing case, so
 * whether the rest holds there is unknown. `interrupted`: the run was stopped before a scenario about it finished,
 * so neither is whether it holds.
 */
export type Cell = "pass" | "fail" | "warn" | "blocked" | "error" | "not-exercised" | "not-established" | "interrupted";

/**
 * How bad a cell is: the worst verdict of an operation and family wins its cell; a pass wins over "not exercised" and
 * "not established"; a scenario the stop left unfinished wins over a pass or a warning (not every scenario about it
 * passed), not over what a finished one established wrong (blocked, error, fail).
 */
export const CELL_RANK: Readonly<Record<Cell, number>> = {
  "not-exercised": 0,
  "not-established": 1,
  pass: 2,
  warn: 3,
  interrupted: 4,
  blocked: 5,
  error: 6,
  fail: 7,
};

/** A cell of the table, as the certificate lists it. */
export interface VerdictCell {
  operation: string;
  family: string;
  verdict: Cell;
}

/** How the console table prints each cell, and what each mark means (its legend). */
export const CELL_MARKS: Readonly<Record<Cell | "none", { mark: string; meaning: string }>> = {
  pass: { mark: "pass", meaning: "its checks judged it and it passed" },
  fail: { mark: "FAIL", meaning: "a finding breaks a documented rule" },
  warn: { mark: "warn", meaning: "passed, with something worth a look" },
  blocked: { mark: "blocked", meaning: "not judged: an operation its scenarios need is not implemented" },
  error: { mark: "error", meaning: "its scenario could not run" },
  "not-exercised": { mark: "untested", meaning: "its scenario passed, but no check of the family judged anything on it" },
  "not-established": { mark: "stopped", meaning: "not established: its scenario stopped at a failure elsewhere" },
  interrupted: { mark: "interrupted", meaning: "not established: the run was stopped before a scenario about it finished" },
  none: { mark: "-", meaning: "no scenario of the run is about it" },
};

/**
 * Verdict per operation and family: a failure anywhere wins, then an error, then blocked (not judged: an operation
 * it needs is missing), then interrupted (a scenario about it did not finish), then a warning; a pass only where a
 * check of the family judged something on the operation.
 */
export function verdictMatrix(
  records: readonly ScenarioRecord[],
  service: Service,
  unfinished: readonly UnfinishedScenario[] = [],
): Map<string, Map<string, Cell>> {
  // Whether a check of the family can judge the operation at all (else the cell stays empty, not "not exercised").
  const judges = (family: string, operation: string): boolean => familyJudges(StatementIndex.of(service), checksOf(service), family, operation);
  const rank = CELL_RANK;
  const matrix = new Map<string, Map<string, Cell>>();
  const mark = (operation: string, family: string, cell: Cell): void => {
    const row = matrix.get(operation) ?? new Map<string, Cell>();
    const current = row.get(family);
    if (!current || rank[cell] > rank[current]) row.set(family, cell);
    matrix.set(operation, row);
  };
  for (const record of records) {
    // Only a scenario that ran every case vouches for its cells: a failed one stopped at its first failing case.
    const cell: Cell =
      record.verdict === "error" ? "error" : record.verdict === "blocked" ? "blocked" : record.verdict === "passed" ? "not-exercised" : "not-established";
    const judgedOnly = cell === "not-exercised" || cell === "not-established";
    for (const operation of record.operations) {
      for (const family of record.families) if (!judgedOnly || judges(family, operation)) mark(operation, family, cell);
    }
    if (record.verdict === "passed") {
      for (const key of Object.keys(record.exercisedChecks)) {
        const [check, operation] = key.split("|") as [string, string];
        const family = checkOf(check)?.family;
        if (family) mark(operation, family, "pass");
      }
    }
    for (const finding of record.failures) mark(finding.operation, finding.family, "fail");
    for (const finding of record.warnings) mark(finding.operation, finding.family, "warn");
  }
  // What a scenario the stop left unfinished would have judged is not known either way.
  for (const scenario of unfinished)
    for (const operation of scenario.operations) for (const family of scenario.families) if (judges(family, operation)) mark(operation, family, "interrupted");
  return matrix;
}

/** The matrix's cells, by operation then family: as the certificate lists them and the console's table reads them. */
export function verdictCells(records: readonly ScenarioRecord[], service: Service, unfinished: readonly UnfinishedScenario[] = []): VerdictCell[] {
  return [...verdictMatrix(records, service, unfinished)]
    .flatMap(([operation, row]) => [...row].map(([family, verdict]) => ({ operation, family, verdict })))
    .sort((a, b) => a.operation.localeCompare(b.operation) || a.family.localeCompare(b.family));
}

/** The console's table of the cells, the legend of the marks it shows, and `totals` (what the run played) under it. */
export function formatSummaryTable(cells: readonly VerdictCell[], totals: string): string {
  const matrix = new Map<string, Map<string, Cell>>();
  for (const { operation, family, verdict } of cells) matrix.set(operation, (matrix.get(operation) ?? new Map<string, Cell>()).set(family, verdict));
  const families = [...new Set(cells.map((cell) => cell.family))].sort();
  const operations = [...matrix.keys()].sort();
  const marks = operations.map((operation) => families.map((family) => CELL_MARKS[matrix.get(operation)!.get(family) ?? "none"].mark));
  const width = Math.max(9, ...operations.map((o) => o.length));
  // Each column is as wide as its widest mark or its header, whichever is wider.
  const column = families.map((family, i) => Math.max(family.length, ...marks.map((row) => row[i]!.length)));
  const line = (first: string, cells: readonly string[]): string =>
    [first.padEnd(width), ...cells.map((cell, i) => cell.padEnd(column[i]!))].join("  ").trimEnd();
  const used = Object.values(CELL_MARKS).filter(({ mark }) => marks.some((row) => row.includes(mark)));
  const legend = Math.max(8, ...used.map(({ mark }) => mark.length));
  return [
    line("operation", families),
    ...operations.map((operation, i) => line(operation, marks[i]!)),
    "",
    ...used.map(({ mark, meaning }) => `  ${mark.padEnd(legend)} ${meaning}`),
    "",
    totals,
  ].join("\n");
}
