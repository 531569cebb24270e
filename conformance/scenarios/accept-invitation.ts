/**
 * AcceptAdministratorInvitation without a matching invitation (none at all, or a pending one named by the wrong
 * InvitationId) must fail; accepting the right one ends the invitation's pending state.
 */
import fc from "fast-check";
import { ACCEPT_NEEDS_INVITATION, LISTING_CHECKS } from "../../checks/effects.ts";
import { accountId } from "../../generators/accounts.ts";
import { objectsIn } from "../answer-reader.ts";
import type { Scenario } from "../scenario.ts";
import { invite, settledListing } from "./membership-steps.ts";

export const acceptInvitationScenario: Scenario<{ invitee: string; administrator: string; stranger: string; invitationId: string }> = {
  name: "semantics/AcceptAdministratorInvitation",
  operations: ["AcceptAdministratorInvitation"],
  families: ["state"],
  description:
    "AcceptAdministratorInvitation naming an administrator that sent no invitation, or a pending invitation by a wrong InvitationId, must fail; an accepted invitation is no longer pending",
  cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
  requestsPerCase: 12,
  coverage: [{ invitee: "000000000001", administrator: "000000000002", stranger: "000000000003", invitationId: "00000000-0000-4000-8000-000000000000" }],
  arbitrary: fc
    .record({ invitee: accountId(), administrator: accountId(), stranger: accountId(), invitationId: fc.uuid() })
    .filter(({ invitee, administrator, stranger }) => new Set([invitee, administrator, stranger]).size === 3),
  // Every case tries all three: an administrator that sent nothing, a wrong InvitationId, then the right one.
  async run(run, input) {
    const [invitee, administrator, stranger] = [input.invitee, input.administrator, input.stranger].map((id) => run.fresh.map(id)) as [string, string, string];
    await run.enable([invitee, administrator, stranger]);
    const fromStranger = await run.call("AcceptAdministratorInvitation", invitee, { AdministratorId: stranger, InvitationId: input.invitationId });
    run.judge(ACCEPT_NEEDS_INVITATION, { invitee, administrator: stranger, status: fromStranger.status }, fromStranger.exchange);
    if (!(await invite(run, administrator, invitee))) return;
    const wrongId = await run.call("AcceptAdministratorInvitation", invitee, { AdministratorId: administrator, InvitationId: input.invitationId });
    run.judge(ACCEPT_NEEDS_INVITATION, { invitee, administrator, status: wrongId.status }, wrongId.exchange);
    await acceptRightInvitation(run, invitee, administrator);
    await run.call("DeleteMembers", administrator, { AccountIds: [invitee] }, { judge: false });
  },
};

/** Accepts the invitation by the InvitationId the invitee's listing shows; once accepted, it must not stay listed as pending. */
async function acceptRightInvitation(run: Parameters<Scenario["run"]>[0], invitee: string, administrator: string): Promise<void> {
  const listed = await run.call("ListInvitations", invitee, {});
  const invitationId = objectsIn(listed.body, "Invitations").find((i) => i.AccountId === administrator)?.InvitationId;
  if (typeof invitationId !== "string") return;
  const accepted = await run.call("AcceptAdministratorInvitation", invitee, { AdministratorId: administrator, InvitationId: invitationId });
  if (accepted.status < 200 || accepted.status >= 300) return;
  const after = await settledListing(run, invitee, (listing) => !listing.pending.includes(administrator));
  if (after.value) run.judge(LISTING_CHECKS, { invitee, mustList: [], mustNotList: [administrator], listed: after.value.pending, waitedMs: after.waitedMs });
}
