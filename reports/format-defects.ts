/** The defects of a run as people read them: the summary first, then each defect with its rule, where it was seen, one example and its replay line. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import { defectSummary, type Defect } from "./defects.ts";
import { formatExchange } from "./format-result.ts";

export function formatDefects(defects: readonly Defect[]): string {
  const lines = [defectSummary(defects)];
  for (const defect of defects) lines.push("", ...formatDefect(defect));
  return lines.join("\n");
}

export function formatDefect(defect: Defect): string[] {
  const { example } = defect;
  const lines = [
    `${defect.severity === "failure" ? "✗" : "!"} [${defect.check}] ${defect.title}`,
    `    rule (${SOURCE_NAMES[defect.source]}): ${defect.rule}`,
    `    seen in ${defect.scenarios.length} scenario(s) (${defect.occurrences} occurrence(s)): ${defect.scenarios.slice(0, 5).join(", ")}${defect.scenarios.length > 5 ? ", …" : ""}`,
  ];
  for (const consequence of defect.consequences ?? []) lines.push(`    and, from the same answers: [${consequence.check}] ${consequence.title}`);
  if (example.exchange) lines.push(...formatExchange(example.exchange).map((line) => `    ${line}`));
  if (example.counterexample !== undefined) lines.push(`    smallest failing input (${example.scenario}): ${example.counterexample}`);
  if (example.replay) lines.push(`    replay: ${example.replay}`);
  return lines;
}
