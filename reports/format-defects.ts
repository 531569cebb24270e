/** The defects of a run as people read them: the summary first, then each defect with its rule, where it was seen, one example and its replay line. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import { referenceSide } from "../checks/parity.ts";
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
  // A divergence shows both answers: the target's exchange, then the reference's in one line.
  const reference = referenceSide({ family: defect.family, facts: example.facts });
  const label = reference === undefined ? "" : "here: ";
  if (example.exchange) lines.push(...formatExchange(example.exchange).map((line, i) => `    ${i === 0 ? label : " ".repeat(label.length)}${line}`));
  else if (reference !== undefined) lines.push("    here: not sent");
  if (reference !== undefined) lines.push(`    on the reference: ${reference}`);
  if (example.counterexample !== undefined)
    lines.push(`    ${defect.severity === "failure" ? "smallest failing input" : "input"} (${example.scenario}): ${example.counterexample}`);
  if (example.replay) lines.push(`    replay: ${example.replay}`);
  if (example.replayNote) lines.push(`    ${example.replayNote}`);
  return lines;
}
