/**
 * The README's generated tables — the checks (from the registry) and the traceability of the documentation (from
 * specs/statements.json, the registry and the untested statements) — between `<!-- name:start -->` and
 * `<!-- name:end -->` markers. `npm run docs` rewrites them; a test fails when the README is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { CHECKS } from "../checks/index.ts";
import { SOURCE_NAMES } from "../checks/finding.ts";
import { traceability, type TraceRow } from "../checks/traceability.ts";
import { UNTESTED_KIND_WORDS } from "../checks/untested-statements.ts";
import { loadStatements } from "../specs/load-statements.ts";

export const README_PATH = new URL("../README.md", import.meta.url);

const SEVERITY_WORDS = {
  failure: "failure",
  warning: "warning",
  lenient: "warning; failure with `--strict`",
  divergence: "warning; failure with `--parity-gate`",
} as const;

export function checksTable(): string {
  return [
    "| check | source | severity | rule |",
    "| --- | --- | --- | --- |",
    ...CHECKS.map((c) => `| \`${c.id}\` | ${SOURCE_NAMES[c.source]} | ${SEVERITY_WORDS[c.severity]} | ${cell(c.rule)} |`),
  ].join("\n");
}

export function traceabilityTable(rows: readonly TraceRow[] = traceability(loadStatements(), CHECKS)): string {
  const groups = new Map<string, TraceRow[]>();
  for (const row of rows) {
    const { id, source } = row.statement;
    const key = `${id.split(".")[0]} (${source === "reference-page" ? "reference page" : "AWS model"})`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const checked = rows.filter((r) => r.checks.length > 0).length;
  const lines = [`${rows.length} documented statements: ${checked} enforced by checks, ${rows.length - checked} with the reason no check enforces them.`, ""];
  for (const [group, members] of groups) {
    const enforced = members.filter((r) => r.checks.length > 0).length;
    lines.push(
      `<details><summary>${group}: ${members.length} statements, ${enforced} enforced</summary>`,
      "",
      "| statement | enforced by, or why not |",
      "| --- | --- |",
    );
    for (const { statement, checks, untested } of members) {
      const by = checks.length > 0 ? checks.map((c) => `\`${c}\``).join(", ") : `${UNTESTED_KIND_WORDS[untested!.kind]}: ${untested!.reason}`;
      lines.push(`| ${cell(statement.text)} <br>\`${statement.id}\` | ${cell(by)} |`);
    }
    lines.push("", "</details>", "");
  }
  return lines.join("\n").trimEnd();
}

/** The README with each generated section replaced by its current rendering. */
export function renderReadme(readme: string): string {
  let text = readme;
  for (const [name, table] of [
    ["checks", checksTable()],
    ["traceability", traceabilityTable()],
  ] as const) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from === -1 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
    text = `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
  }
  return text;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const before = readFileSync(README_PATH, "utf8");
  const after = renderReadme(before);
  if (process.argv.includes("--check")) {
    if (before !== after) {
      console.error("README.md's generated tables are stale: run `npm run docs` and commit the result.");
      process.exit(1);
    }
  } else {
    writeFileSync(README_PATH, after);
    console.log(before === after ? "README.md is up to date." : "rewrote README.md's generated tables");
  }
}
