/**
 * Member.MemberStatus takes one of the values the model lists (Created, Invited, Enabled, Removed, Resigned,
 * Deleted, AccountSuspended). Earlier models wrote them in capitals with underscores (CREATED, ACCOUNT_SUSPENDED),
 * as emulators still answer: the case, and underscores, are the implementation's choice.
 */
import type { ExchangeInput } from "./check-context.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { isObject, viewResponse } from "./response-view.ts";

export const MEMBER_STATUSES = ["created", "invited", "enabled", "removed", "resigned", "deleted", "accountsuspended"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** A MemberStatus as the model names it (`Invited`, `INVITED`, `invited` → `invited`); undefined for a value it does not list. */
export function memberStatusOf(value: unknown): MemberStatus | undefined {
  if (typeof value !== "string") return undefined;
  const normal = value.toLowerCase().replace(/[^a-z]/g, "");
  return (MEMBER_STATUSES as readonly string[]).includes(normal) ? (normal as MemberStatus) : undefined;
}

/** Operations whose answers list Member objects, and the member that holds them. */
const MEMBER_LISTS: Readonly<Record<string, string>> = { GetMembers: "Members", ListMembers: "Members" };

export const MEMBER_STATUS_VALUE = defineCheck({
  id: "success-shapes/member-status-value",
  family: "success-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "A member's status takes one of the values the documentation lists for it (in any letter case, with or without underscores); where it lists none, the check does not apply.",
  statements: [],
  run({ context, exchange }: ExchangeInput) {
    const list = MEMBER_LISTS[context.operation.name];
    const view = viewResponse(exchange);
    if (!list || view.status !== 200 || !isObject(view.json) || !Array.isArray(view.json[list])) return NOT_APPLICABLE;
    // A status that is no string is success-shapes/schema's finding.
    const statuses = (view.json[list] as unknown[])
      .filter(isObject)
      .map((m) => m.MemberStatus)
      .filter((s): s is string => typeof s === "string");
    if (statuses.length === 0) return NOT_APPLICABLE;
    const unknown = [...new Set(statuses.filter((s) => memberStatusOf(s) === undefined).map((s) => String(s)))];
    return judged(
      context.operation.name,
      unknown.map((status) => ({
        title: `${context.operation.name} shows a member with MemberStatus ${JSON.stringify(status)}, a value the model does not list`,
        facts: { memberStatus: status, documented: MEMBER_STATUSES },
        discriminator: status,
      })),
    );
  },
});
