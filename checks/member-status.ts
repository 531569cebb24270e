/**
 * A member's status takes one of the values its service documents (Security Hub's Member.MemberStatus: Created,
 * Invited, Enabled, Removed, Resigned, Deleted, AccountSuspended; GuardDuty lists none). Earlier models wrote them in
 * capitals with underscores (CREATED, ACCOUNT_SUSPENDED), as emulators still answer: the case, and underscores, are
 * the implementation's choice. The lifecycle's checks and scenarios read a status as the step it names.
 */
import { hasFamily } from "../specs/service-descriptor.ts";
import type { ExchangeInput } from "./check-context.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { isObject, viewResponse } from "./response-view.ts";

/** The steps of a member's lifecycle a status names, as the suite reads them. */
export const MEMBER_STATUSES = ["created", "invited", "enabled", "removed", "resigned", "deleted", "accountsuspended"] as const;
export type LifecycleStatus = (typeof MEMBER_STATUSES)[number];

/** A status in the form the suite compares: letters only, in lower case (`Invited`, `INVITED` → `invited`). */
const normalStatus = (value: string): string => value.toLowerCase().replace(/[^a-z]/g, "");

/** The step a status names (`Invited`, `INVITED`, `invited` → `invited`); undefined for a value it does not list. */
export function memberStatusOf(value: unknown): LifecycleStatus | undefined {
  if (typeof value !== "string") return undefined;
  const normal = normalStatus(value);
  return (MEMBER_STATUSES as readonly string[]).includes(normal) ? (normal as LifecycleStatus) : undefined;
}

export const MEMBER_STATUS_VALUE = defineCheck({
  id: "success-shapes/member-status-value",
  family: "success-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "A member's status takes one of the values the documentation lists for it (in any letter case, with or without underscores); where it lists none, the check does not apply.",
  statements: [],
  run({ context, exchange }: ExchangeInput) {
    // A service certified for protocol and shapes only has no member reads the suite knows of.
    if (!hasFamily(context.service)) return NOT_APPLICABLE;
    const { family, member } = context.service;
    // The reads that answer with a list of members, and the member that holds it.
    const list = [family.getMembers, family.listMembers].find((read) => read.operation === context.operation.name)?.list;
    const documented = member.documentedStatuses.values.map(normalStatus);
    const view = viewResponse(exchange);
    if (!list || documented.length === 0 || view.status !== 200 || !isObject(view.json) || !Array.isArray(view.json[list])) return NOT_APPLICABLE;
    // A status that is no string is success-shapes/schema's finding.
    const statuses = (view.json[list] as unknown[])
      .filter(isObject)
      .map((m) => m[member.status])
      .filter((s): s is string => typeof s === "string");
    if (statuses.length === 0) return NOT_APPLICABLE;
    const unknown = [...new Set(statuses.filter((s) => !documented.includes(normalStatus(s))))];
    return judged(
      context.operation.name,
      unknown.map((status) => ({
        title: `${context.operation.name} shows a member with ${member.status} ${JSON.stringify(status)}, a value the model does not list`,
        facts: { memberStatus: status, documented },
        discriminator: status,
      })),
    );
  },
});
