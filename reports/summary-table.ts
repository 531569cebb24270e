/** The end-of-run table: operation × check family → pass, fail or warning, with requests and time. */
import type { ScenarioRecord } from "./scenario-record.ts";

export type Cell = "pass" | "fail" | "warn" | "blocked" | "error";

/** How bad a cell is: the worst verdict of an operation and family wins its cell. */
export const CELL_RANK: Readonly<Record<Cell, number>> = { pass: 0, warn: 1, blocked: 2, error: 3, fail: 4 };

/** Verdict per operation and family: a failure anywhere wins, then an error, then blocked (not judged: an operation it needs is missing), then a warning. */
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
    const cell: Cell | undefined = record.verdict === "error" ? "error" : record.verdict === "blocked" ? "blocked" : record.verdict === "passed" ? "pass" : undefined;
    if (cell) for (const operation of record.operations) for (const family of record.families) mark(operation, family, cell);
    for (const finding of record.failures) mark(finding.operation, finding.family, "fail");
    for (const finding of record.warnings) mark(finding.operation, finding.family, "warn");
  }
  return matrix;
}

export function formatSummaryTable(records: readonly ScenarioRecord[], seconds: number): string {
  const matrix = verdictMatrix(records);
  const families = [...new Set([...matrix.values()].flatMap((row) => [...row.keys()]))].sort();
  const operations = [...matrix.keys()].sort();
  const width = Math.max(9, ...operations.map((o) => o.length));
  const header = ["operation".padEnd(width), ...families.map((f) => f.padEnd(Math.max(f.length, 5)))].join("  ");
  const rows = operations.map((operation) =>
    [operation.padEnd(width), ...families.map((family) => (matrix.get(operation)!.get(family) ?? "-").padEnd(Math.max(family.length, 5)))].join("  "),
  );
  const requests = records.reduce((sum, r) => sum + r.requests, 0);
  const cases = records.reduce((sum, r) => sum + r.cases, 0);
  return [header, ...rows, "", `${records.length} scenarios, ${cases} cases, ${requests} requests, ${seconds.toFixed(1)} s`].join("\n");
}
