/**
 * docs/traceability.md (Security Hub) and docs/traceability-<service>.md (each other built-in service): every statement
 * of a service's documentation with the checks that enforce it, or the reason none does (the service's
 * `specs/services/<name>.checks.ts`), grouped by operation or shape and source.
 */
import { traceabilityOf, type TraceRow } from "../../checks/traceability.ts";
import { UNTESTED_KIND_WORDS } from "../../specs/check-texts.ts";
import type { ServiceDescriptor } from "../../specs/service-descriptor.ts";
import { SECURITY_HUB, SERVICES } from "../../specs/services/index.ts";
import { cell, page, table } from "./markdown.ts";

/** The page of a service's traceability, from the repository's root. */
export function traceabilityPath(service: Pick<ServiceDescriptor, "name">): string {
  return service.name === SECURITY_HUB.name ? "docs/traceability.md" : `docs/traceability-${service.name}.md`;
}

/** The service's texts for the checks, where its untested statements stand too. */
const textsFile = (service: Pick<ServiceDescriptor, "name">): string => `specs/services/${service.name}.checks.ts`;

/** What each service's documentation is, and how it became statements: the page's first paragraph. */
const SOURCES: Readonly<Record<string, (service: ServiceDescriptor) => string>> = {
  securityhub: (service) => `The two reference pages and the AWS model are taken apart into statements — every sentence of the pages (the
description, each member's description, Type, Pattern and Required, the success status, each error), and every
documented meaning the model gives the 15 operations, their members (MaxResults, NextToken, OnlyAssociated, each
MemberStatus value …) and their errors — in \`specs/${service.model.statements}\` (\`npm run spec:generate\` writes it from
\`specs/sources/\`). Each statement is enforced by the checks whose patterns match it (those every service shares, in
each \`defineCheck\`, and Security Hub's, in \`${textsFile(service)}\`), or stands in that file's
\`untested\` list with the reason no check enforces it:`,
  guardduty: (service) => `GuardDuty's AWS model is taken apart into statements — every documented meaning it gives the ${service.operations.length}
operations (the family's, and the detector's CreateDetector, ListDetectors and DeleteDetector), their members
(maxResults, nextToken, onlyAssociated, the detectorId every member operation carries in its path …) and their errors —
in \`specs/${service.model.statements}\` (\`npm run spec:generate\` writes it from \`specs/sources/\`); the suite holds
no API reference page of GuardDuty's. Each statement is enforced by the checks whose patterns match it (those every
service shares, in each \`defineCheck\`, and GuardDuty's, in \`${textsFile(service)}\`), or stands in that
file's \`untested\` list with the reason no check enforces it:`,
};

/** What a service's documents say two ways, and how the suite plays them: after the kinds. */
const DISAGREEMENTS: Readonly<Record<string, string>> = {
  securityhub: `Where AWS's documents disagree — today's model has an administrator call DeleteInvitations for the invitations it
sent, where the earlier models and the AWS CLI's example have the invitee delete those it received — the suite plays
both readings and fails only a target that deletes in neither.`,
};

const KINDS = `- an **open choice**: the documentation leaves the answer open, so every reasonable answer passes
  ([the tolerated choices](tolerated-choices.md));
- **not observable from outside**: findings, permissions, organizations, other Regions, time;
- a sentence that **states no behaviour**: a recommendation, a pointer.`;

/** How the traceability is kept, and the other services' pages. */
function keeping(service: ServiceDescriptor): string {
  const others = SERVICES.filter((s) => s.name !== service.name && s.name in SOURCES).map(
    (s) => `[${s.title}'s](${traceabilityPath(s).slice("docs/".length)})`,
  );
  return `A statement with neither fails \`checks/traceability.test.ts\`; so does one with both. Every run reports which of them
it exercised: certify's \`coverage:\` line, \`certificate.json\`'s \`coverage\` and \`certificate.md\`.${others.length > 0 ? `\nThe other services' statements, traced: ${others.join(", ")}.` : ""}`;
}

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

export function traceabilityPage(service: ServiceDescriptor, rows: readonly TraceRow[] = traceabilityOf(service)): string {
  const checked = rows.filter((r) => r.checks.length > 0).length;
  const sources = SOURCES[service.name];
  if (!sources) throw new Error(`no traceability page says what ${service.title}'s documentation is (tools/docs/traceability-page.ts, SOURCES)`);
  const disagreements = DISAGREEMENTS[service.name];
  return page(
    service.name === SECURITY_HUB.name ? "Every documented statement, traced" : `Every documented statement of ${service.title}, traced`,
    [`specs/${service.model.statements}`, "checks/", textsFile(service)],
    `${sources(service)}\n\n${KINDS}`,
    ...(disagreements ? [disagreements] : []),
    keeping(service),
    `${rows.length} documented statements: ${checked} enforced by checks, ${rows.length - checked} with the reason no check enforces them.`,
    ...groups(rows),
  );
}
