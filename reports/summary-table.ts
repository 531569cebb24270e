/** The end-of-run table: operation × check family → pass, fail or warning, with requests and time. */
import { CHECKS, checkOf } from "../checks/index.ts";
import { familyJudges, StatementIndex } from "../checks/traceability.ts";
import { loadStatements } from "../specs/load-statements.ts";
import type { ScenarioRecord } from "./scenario-record.ts";

/** `not-exercised`: a scenario about that operation and family passed, yet no check of the family judged anything on it. */
export type Cell = "pass" | "fail" | "warn" | "blocked" | "error" | "not-exercised";

/** How bad a cell is: the worst verdict of an operation and family wins its cell; a pass wins over "not exercised". */
export const CELL_RANK: Readonly<Record<Cell, number>> = { "not-exercised": 0, pass: 1, warn: 2, blocked: 3, error: 4, fail: 5 };

/**
 * Verdict per operation and family: a failure anywhere wins, then an error, then blocked (not judged: an operation
 * it needs is missing), then a warning; a pass only where a check of the family judged something on the operation.
 */
export function verdictMatrix(records: readonly ScenarioRecord[]): Map<string, Map<string, Cell>> {
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
    const cell: Cell | undefined = record.verdict === "error" ? "error" : record.verdict === "blocked" ? "blocked" : record.verdict === "passed" ? "not-exercised" : undefined;
    for (const operation of record.operations) {
      for (const family of record.families) if (cell && (cell !== "not-exercised" || judges(family, operation))) mark(operation, family, cell);
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
  return matrix;
}

let index: StatementIndex | undefined;
/** Whether a check of the family can judge the operation at all (else the cell stays empty, not "not exercised"). */
function judges(family: string, operation: string): boolean {
  index ??= new StatementIndex(loadStatements(), new Map(CHECKS.map((c) => [c.id, c])));
  return familyJudges(index, CHECKS, family, operation);
}

export function formatSummaryTable(records: readonly ScenarioRecord[], seconds: number): string {
  const matrix = verdictMatrix(records);
  const families = [...new Set([...matrix.values()].flatMap((row) => [...row.keys()]))].sort();
  const operations = [...matrix.keys()].sort();
  const width = Math.max(9, ...operations.map((o) => o.length));
  const column = (family: string): number => Math.max(family.length, ...[...matrix.values()].map((row) => mark(row.get(family)).length));
  const header = ["operation".padEnd(width), ...families.map((f) => f.padEnd(column(f)))].join("  ");
  const rows = operations.map((operation) => [operation.padEnd(width), ...families.map((family) => mark(matrix.get(operation)!.get(family)).padEnd(column(family)))].join("  "));
  const requests = records.reduce((sum, r) => sum + r.requests, 0);
  const cases = records.reduce((sum, r) => sum + r.cases, 0);
  return [header, ...rows, "", `${records.length} scenarios, ${cases} cases, ${requests} requests, ${seconds.toFixed(1)} s`].join("\n");
}

/** How a cell is printed: `-` where no scenario of the run is about that operation and family. */
function mark(cell: Cell | undefined): string {
  return cell === undefined ? "-" : cell === "not-exercised" ? "untested" : cell;
}
