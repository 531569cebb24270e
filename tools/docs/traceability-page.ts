/**
 * docs/traceability.md: every documented statement (specs/statements.json) with the checks that enforce it, or the
 * reason none does (checks/untested-statements.ts), grouped by operation or shape and source.
 */
import { CHECKS } from "../../checks/index.ts";
import { traceability, type TraceRow } from "../../checks/traceability.ts";
import { UNTESTED_KIND_WORDS } from "../../checks/untested-statements.ts";
import { loadStatements } from "../../specs/load-statements.ts";
import { cell, page, table } from "./markdown.ts";

const HOW = `The two reference pages and the AWS model are taken apart into statements — every sentence of the pages (the
description, each member's description, Type, Pattern and Required, the success status, each error), and every
documented meaning the model gives the 15 operations, their members (MaxResults, NextToken, OnlyAssociated, each
MemberStatus value …) and their errors — in \`specs/statements.json\` (\`npm run spec:generate\` writes it from
\`specs/sources/\`). Each statement is enforced by the checks that name it (\`statements\` in each \`defineCheck\`), or
stands in \`checks/untested-statements.ts\` with the reason no check enforces it:

- an **open choice**: the documentation leaves the answer open, so every reasonable answer passes
  ([the tolerated choices](tolerated-choices.md));
- **not observable from outside**: findings, permissions, organizations, other Regions, time;
- a sentence that **states no behaviour**: a recommendation, a pointer.

Where AWS's documents disagree — today's model has an administrator call DeleteInvitations for the invitations it
sent, where the earlier models and the AWS CLI's example have the invitee delete those it received — the suite plays
both readings and fails only a target that deletes in neither.

A statement with neither fails \`checks/traceability.test.ts\`; so does one with both. Every run reports which of them
it exercised: certify's \`coverage:\` line, \`certificate.json\`'s \`coverage\` and \`certificate.md\`.`;

/** The rows grouped by what they are about ("InviteMembers (reference page)"), each group a folded table. */
function groups(rows: readonly TraceRow[]): string[] {
  const byGroup = new Map<string, TraceRow[]>();
  for (const row of rows) {
    const { id, source } = row.statement;
    const key = `${id.split(".")[0]} (${source === "reference-page" ? "reference page" : "AWS model"})`;
    byGroup.set(key, [...(byGroup.get(key) ?? []), row]);
  }
  return [...byGroup].map(([group, members]) => {
    const enforced = members.filter((r) => r.checks.length > 0).length;
    const lines = members.map(({ statement, checks, untested }) => [
      `${cell(statement.text)} <br>\`${statement.id}\``,
      cell(checks.length > 0 ? checks.map((c) => `\`${c}\``).join(", ") : `${UNTESTED_KIND_WORDS[untested!.kind]}: ${untested!.reason}`),
    ]);
    return [
      `<details><summary>${group}: ${members.length} statements, ${enforced} enforced</summary>`,
      table(["statement", "enforced by, or why not"], lines),
      "</details>",
    ].join("\n\n");
  });
}

export function traceabilityPage(rows: readonly TraceRow[] = traceability(loadStatements(), CHECKS)): string {
  const checked = rows.filter((r) => r.checks.length > 0).length;
  return page(
    "Every documented statement, traced",
    ["specs/statements.json", "checks/", "checks/untested-statements.ts"],
    HOW,
    `${rows.length} documented statements: ${checked} enforced by checks, ${rows.length - checked} with the reason no check enforces them.`,
    ...groups(rows),
  );
}
