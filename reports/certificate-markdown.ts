/** certificate.md: the certificate for people. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import type { Certificate } from "./certificate.ts";
import { parityMarkdown } from "./parity-summary.ts";

const MARK: Record<string, string> = { pass: "✅ pass", fail: "❌ fail", warn: "⚠️ warn", error: "⛔ error" };

export function certificateMarkdown(c: Certificate): string {
  const families = [...new Set(c.verdicts.map((v) => v.family))].sort();
  const operations = [...new Set(c.verdicts.map((v) => v.operation))].sort();
  const cell = (operation: string, family: string): string => MARK[c.verdicts.find((v) => v.operation === operation && v.family === family)?.verdict ?? ""] ?? "–";
  const lines = [
    `# Conformance certificate: ${c.verdict === "certified" ? "CERTIFIED" : c.verdict === "incomplete" ? "INCOMPLETE" : "NOT CERTIFIED"}`,
    "",
    `- Target: ${c.target.endpoint}${c.target.embeddedEmulator ? " (embedded reference emulator)" : ""}${c.target.realAccount ? " (real AWS accounts)" : ""}, region ${c.target.region}`,
    `- Contract: ${c.spec.title}, API ${c.spec.apiVersion}, spec sha256 \`${c.spec.sha256}\``,
    `- Suite: ${c.suite.name} ${c.suite.version}`,
    `- Run: seed ${c.run.seed}, ${c.run.runs} runs per scenario${c.run.strict ? ", strict (model-only constraints enforced)" : ""}${c.run.only.length ? `, only ${c.run.only.join(", ")}` : ""}${c.run.shard ? `, shard ${c.run.shard}` : ""}; ${c.run.scenarios} scenarios, ${c.run.cases} cases, ${c.run.requests} requests in ${c.run.durationSeconds.toFixed(1)} s, started ${c.run.startedAt}`,
    "",
    "## Verdicts",
    "",
    `| operation | ${families.join(" | ")} |`,
    `| --- | ${families.map(() => "---").join(" | ")} |`,
    ...operations.map((o) => `| ${o} | ${families.map((f) => cell(o, f)).join(" | ")} |`),
    "",
    "✅ pass: every scenario of that operation and family passed · ❌ fail: a finding breaks a documented rule · ⚠️ warn: passed, with something worth a look (never fails a certification) · ⛔ error: the scenario could not run · – not exercised for that operation",
    "",
  ];
  const failures = c.findings.filter((f) => f.severity === "failure");
  const warnings = c.findings.filter((f) => f.severity === "warning");
  lines.push(`## Findings (${failures.length})`, "");
  for (const f of failures) {
    lines.push(`### ${f.title}`, "", `- Check: \`${f.check}\` (${f.family}), operation ${f.operation}, scenario \`${f.scenario}\``, `- Source: ${SOURCE_NAMES[f.source]}`, `- Rule: ${f.rule}`);
    if (f.counterexample) lines.push(`- Smallest failing input: \`${f.counterexample}\``);
    if (f.replay) lines.push(`- Replay: \`${f.replay}\``);
    lines.push("");
  }
  if (failures.length === 0) lines.push("None.", "");
  if (warnings.length > 0) lines.push(`## Warnings (${warnings.length})`, "", ...warnings.map((w) => `- \`${w.check}\` (${SOURCE_NAMES[w.source]}) ${w.title}`), "");
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
