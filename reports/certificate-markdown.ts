/** certificate.md: the certificate for people. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import { referenceSide } from "../checks/parity.ts";
import { UNTESTED_KIND_WORDS } from "../specs/check-texts.ts";
import { runsPerScenario } from "../conformance/run-config.ts";
import { modelLine } from "../specs/model-provenance.ts";
import { SHARED_ACCOUNTS_NOTE } from "./shared-accounts-note.ts";
import { type Certificate, type CertifiedModelFile, scenariosPlayed } from "./certificate.ts";
import type { Defect } from "./defects.ts";
import { formatExchange } from "./format-result.ts";
import type { Coverage } from "./coverage.ts";
import { parityMarkdown } from "./parity-summary.ts";
import { blockedSentence } from "./blocked-sentence.ts";
import type { Cell } from "./summary-table.ts";

/** How certificate.md marks each cell of the verdict table (its legend, under the table, says what each means). */
export const MARKDOWN_MARKS: Readonly<Record<Cell, string>> = {
  pass: "✅ pass",
  fail: "❌ fail",
  warn: "⚠️ warn",
  blocked: "⊘ blocked",
  error: "⛔ error",
  "not-exercised": "○ not exercised",
  "not-established": "◌ not established",
  interrupted: "⏹ interrupted",
};

export function certificateMarkdown(c: Certificate): string {
  const families = [...new Set(c.verdicts.map((v) => v.family))].sort();
  const operations = [...new Set(c.verdicts.map((v) => v.operation))].sort();
  const cell = (operation: string, family: string): string => {
    const verdict = c.verdicts.find((v) => v.operation === operation && v.family === family)?.verdict;
    return verdict === undefined ? "–" : MARKDOWN_MARKS[verdict];
  };
  const lines = [
    `# Conformance certificate: ${c.verdict === "certified" ? "CERTIFIED" : c.verdict === "incomplete" ? "INCOMPLETE" : "NOT CERTIFIED"}`,
    "",
    `**${c.summary}**`,
    "",
    `- Target: ${c.target.endpoint}${c.target.embeddedEmulator ? " (embedded reference emulator)" : ""}${c.target.realAccount ? " (real AWS accounts)" : ""}, region ${c.target.region}`,
    ...(c.target.sharedAccounts ? [`- Accounts not kept apart: ${SHARED_ACCOUNTS_NOTE}`] : []),
    `- Contract: ${c.spec.title}, API ${c.spec.apiVersion}, spec sha256 \`${c.spec.sha256}\``,
    ...(c.spec.model ? [`- AWS model: ${modelLine(c.spec.model)}: \`${c.spec.model.sourceFile}\`, sha256 \`${c.spec.model.sourceSha256}\``] : []),
    ...(c.spec.modelFile ? [modelFileLine(c.spec.modelFile)] : []),
    ...(c.run.protocolOnly ? [`- Protocol and shapes only: ${c.run.protocolOnly.replace(/^protocol-only: /, "")}`] : []),
    `- Suite: ${c.suite.name} ${c.suite.version}`,
    ...(c.run.interrupted === undefined
      ? []
      : [
          `- Interrupted (${c.run.interrupted}): the findings and verdicts of the scenarios that finished stand; those it stopped, and those it never started, are marked interrupted and vouch for nothing`,
        ]),
    `- Run: seed ${c.run.seed}, ${runsPerScenario(c.run.runs)}${c.run.strict ? ", strict (model-only constraints enforced)" : ""}${c.run.only.length ? `, only ${c.run.only.join(", ")}` : ""}${c.run.shard ? `, shard ${c.run.shard}` : ""}; ${scenariosPlayed(c)}, ${c.run.cases} cases, ${c.run.requests} requests in ${c.run.durationSeconds.toFixed(1)} s, started ${c.run.startedAt}`,
    "",
  ];
  // Defects, not occurrences: each once, with where it was seen and one smallest example.
  const failures = c.defects.filter((d) => d.severity === "failure");
  const warnings = c.defects.filter((d) => d.severity === "warning");
  lines.push(`## Defects (${failures.length})`, "");
  for (const d of failures) lines.push(...defectMarkdown(d));
  if (failures.length === 0) lines.push("None.", "");
  if (warnings.length > 0) {
    lines.push(`## Warnings (${warnings.length})`, "", "Worth a look; they never fail a certification (divergences do under --parity-gate).", "");
    for (const w of warnings) lines.push(...defectMarkdown(w));
  }
  const blocked = c.scenarios.filter((s) => s.verdict === "blocked");
  if (blocked.length > 0)
    lines.push(
      `## Blocked scenarios (${blocked.length})`,
      "",
      "Each needs an operation the target (or, for a parity twin, the reference) does not implement, so it judged nothing else.",
      "",
      ...blocked.map((s) => `- \`${s.name}\`: ${blockedSentence(s)}`),
      "",
    );
  lines.push(
    "## Verdicts",
    "",
    `| operation | ${families.join(" | ")} |`,
    `| --- | ${families.map(() => "---").join(" | ")} |`,
    ...operations.map((o) => `| ${o} | ${families.map((f) => cell(o, f)).join(" | ")} |`),
    "",
    "✅ pass: every scenario of that operation and family passed, and its checks judged something there · ○ not exercised: a scenario about it passed, but no check of the family judged anything on it · ◌ not established: the scenarios about it failed elsewhere first, each stopping at its first failing case · ❌ fail: a finding breaks a documented rule · ⚠️ warn: passed, with something worth a look (never fails a certification) · ⊘ blocked: not judged, an operation its scenarios need is not implemented · ⛔ error: the scenario could not run · ⏹ interrupted: the run was stopped before a scenario about it finished, so it is not established · – no scenario of the run is about that operation and family",
    "",
  );
  if (c.coverage) lines.push(...coverageMarkdown(c.coverage));
  if (c.baseline) {
    lines.push("## Against the baseline", "", `Baseline: ${c.baseline.file}${c.baseline.allowKnown ? " (known findings allowed)" : ""}`, "");
    lines.push(`- New: ${c.baseline.new.length ? c.baseline.new.map((k) => `\`${k}\``).join(", ") : "none"}`);
    lines.push(`- Fixed: ${c.baseline.fixed.length ? c.baseline.fixed.map((k) => `\`${k}\``).join(", ") : "none"}`);
    lines.push(`- Known: ${c.baseline.known.length ? c.baseline.known.map((k) => `\`${k}\``).join(", ") : "none"}`, "");
  }
  lines.push(...parityMarkdown(c));
  if (c.missing?.length) lines.push("## Scenarios that did not report", "", ...c.missing.map((m) => `- \`${m.name}\`: ${m.reason}`), "");
  const errors = c.scenarios.filter((s) => s.error);
  if (errors.length > 0) lines.push("## Scenarios that could not run", "", ...errors.map((s) => `- \`${s.name}\`: ${s.error}`), "");
  return lines.join("\n");
}

/** A defect (or warning) with its check, where it was seen, its rule, its example's input and exchange (both, for a divergence) and its replay. */
function defectMarkdown(d: Defect): string[] {
  const lines = [
    `### ${d.title}`,
    "",
    `- Check: \`${d.check}\` (${d.family}), source: ${SOURCE_NAMES[d.source]}`,
    `- Operations: ${d.operations.join(", ")}`,
    `- Seen in ${d.scenarios.length} scenario(s), ${d.occurrences} occurrence(s): ${d.scenarios.map((s) => `\`${s}\``).join(", ")}`,
    `- Rule: ${d.rule}`,
  ];
  for (const c of d.consequences ?? []) lines.push(`- And, from the same answers: \`${c.check}\` ${c.title}`);
  if (d.example.counterexample)
    lines.push(`- ${d.severity === "failure" ? "Smallest failing input" : "Input"} (\`${d.example.scenario}\`): \`${d.example.counterexample}\``);
  if (d.example.replay) lines.push(`- Replay: \`${d.example.replay}\``);
  if (d.example.replayNote) lines.push(`- Note: ${d.example.replayNote}`);
  const reference = referenceSide({ family: d.family, facts: d.example.facts });
  if (d.example.exchange) lines.push("", ...(reference === undefined ? [] : ["Here:", ""]), "```", ...formatExchange(d.example.exchange), "```");
  if (reference !== undefined) lines.push("", "On the reference:", "", "```", reference, "```");
  lines.push("");
  return lines;
}

const STATUS_WORDS: Record<string, string> = { exercised: "exercised", "not-exercised": "not exercised", ...UNTESTED_KIND_WORDS };

/** What the run covered: the summary, the rules it did not exercise and why, and every statement by its status. */
function coverageMarkdown(coverage: Coverage): string[] {
  const missed = coverage.statements.filter((s) => s.status === "not-exercised");
  const lines = [
    "## Coverage",
    "",
    `${coverage.summary[0]!.toUpperCase()}${coverage.summary.slice(1)}: ${coverage.coverageCases} coverage-phase case(s), the same for every seed, then ${coverage.randomCases} random case(s).`,
    "",
  ];
  if (missed.length > 0)
    lines.push(
      "Rules not exercised:",
      "",
      "| rule | why |",
      "| --- | --- |",
      ...missed.map((s) => `| ${cell(s.text)} <br>\`${s.id}\` | ${cell(s.why ?? "")} |`),
      "",
    );
  lines.push(
    "<details><summary>Every documented statement</summary>",
    "",
    "| statement | status | cases | checks |",
    "| --- | --- | --- | --- |",
    ...coverage.statements.map(
      (s) =>
        `| ${cell(s.text)} <br>\`${s.id}\` | ${STATUS_WORDS[s.status]}${s.why && s.status !== "exercised" ? `: ${cell(s.why)}` : ""} | ${s.cases} | ${s.checks.map((c) => `\`${c}\``).join(", ")} |`,
    ),
    "",
    "</details>",
    "",
  );
  return lines;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The model file a --model run was made from: where, which release it sits in, its sha256, the operations taken and left out. */
function modelFileLine(file: CertifiedModelFile): string {
  const release = file.botocoreVersion ? ` (botocore ${file.botocoreVersion})` : "";
  const left = file.leftOut.length > 0 ? `; left out: ${file.leftOut.map((l) => `${l.operation} (${l.why})`).join("; ")}` : "";
  return `- Model file: \`${file.file}\`${release}, sha256 \`${file.sha256}\`, ${file.service} ${file.apiVersion}; operations ${file.operations.join(", ")}${left}`;
}
