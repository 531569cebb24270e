/**
 * InviteMembers with batches mixing members (created first) and non-members: which are reported
 * unprocessed, and what each invitee and the administrator see afterwards.
 */
import fc from "fast-check";
import { checkInviteEffects, type InviteeView } from "../../checks/effects.ts";
import { checkEligibility, unprocessedEntries } from "../../checks/unprocessed-accounts.ts";
import { accountId, malformedAccountId, mixedBatch } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import type { CaseRun } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";

export interface InviteCase {
  administrator: string;
  batch: { accountId: string; eligible: boolean }[];
  malformed: string[];
}

export const inviteMembersScenario: Scenario<InviteCase> = {
  name: "semantics/InviteMembers",
  operations: ["InviteMembers"],
  families: ["unprocessed-accounts", "state"],
  description: "InviteMembers with members and non-members mixed: non-members listed unprocessed, members invited and visible to invitee and administrator",
  cases: (runs) => runs,
  arbitrary: fc
    .record({ administrator: accountId(), batch: mixedBatch({ minLength: 0, maxLength: 6 }), malformed: fc.array(malformedAccountId(), { maxLength: 1 }) })
    .filter(({ administrator, batch }) => !batch.some((e) => e.accountId === administrator)),
  async run(run, input) {
    const fresh = (id: string): string => run.fresh.map(id);
    const administrator = fresh(input.administrator);
    const batch = input.batch.map((e) => ({ ...e, accountId: fresh(e.accountId) }));
    await run.enable([administrator, ...batch.map((e) => e.accountId)]);
    const eligible = await createMembers(run, administrator, batch.filter((e) => e.eligible).map((e) => e.accountId));
    const ineligible = batch.filter((e) => !e.eligible).map((e) => e.accountId);
    const ids = [...batch.map((e) => e.accountId), ...input.malformed];

    const invite = await run.call("InviteMembers", administrator, { AccountIds: ids });
    const context = { operation: operationOf(run.session.spec, "InviteMembers"), intent: { kind: "valid" as const } };
    run.add(checkEligibility(context, { eligible, ineligible, malformed: input.malformed }, invite.exchange), invite.exchange);

    const listed = new Set((unprocessedEntries(context.operation, invite.exchange) ?? []).map((e) => e.AccountId));
    const processed = invite.status === 200 ? eligible.filter((id) => !listed.has(id)) : [];
    const unprocessed = batch.map((e) => e.accountId).filter((id) => invite.status !== 200 || listed.has(id));
    const [invitees, members] = await Promise.all([
      Promise.all(batch.map((e) => inviteeView(run, e.accountId))),
      run.call("GetMembers", administrator, { AccountIds: batch.map((e) => e.accountId) }),
    ]);
    if (batch.length > 0) {
      run.add(checkInviteEffects({ operation: "InviteMembers", administrator, processed, unprocessed, invitees, members: members.status === 200 ? (members.body.Members ?? []) : undefined }));
    }
    if (eligible.length > 0) await run.call("DeleteMembers", administrator, { AccountIds: eligible }, { judge: false });
  },
};

/** Creates the members; returns the ids the target did create (those it listed unprocessed are not eligible). */
export async function createMembers(run: CaseRun, administrator: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const created = await run.call("CreateMembers", administrator, { AccountDetails: ids.map((AccountId) => ({ AccountId })) });
  if (created.status !== 200) return [];
  const refused = new Set((created.body.UnprocessedAccounts ?? []).map((e: { AccountId?: string }) => e.AccountId));
  return ids.filter((id) => !refused.has(id));
}

/** The administrators an invitee's ListInvitations lists (every page), and its GetInvitationsCount. */
export async function inviteeView(run: CaseRun, invitee: string): Promise<InviteeView> {
  const [administrators, count] = await Promise.all([listedAdministrators(run, invitee), run.call("GetInvitationsCount", invitee)]);
  return { invitee, administrators, count: typeof count.body.InvitationsCount === "number" ? count.body.InvitationsCount : undefined };
}

export async function listedAdministrators(run: CaseRun, invitee: string): Promise<string[]> {
  const administrators: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < 20; page++) {
    const listed = await run.call("ListInvitations", invitee, token ? { NextToken: token } : {});
    if (listed.status !== 200) break;
    for (const invitation of listed.body.Invitations ?? []) if (typeof invitation?.AccountId === "string") administrators.push(invitation.AccountId);
    token = typeof listed.body.NextToken === "string" && listed.body.NextToken !== "" ? listed.body.NextToken : undefined;
    if (!token) break;
  }
  return administrators;
}
