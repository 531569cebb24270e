/** AcceptAdministratorInvitation without a matching invitation: none at all, or a pending one named by the wrong InvitationId. */
import fc from "fast-check";
import { checkAcceptRefused } from "../../checks/effects.ts";
import { accountId } from "../../generators/accounts.ts";
import type { Scenario } from "../scenario.ts";
import { createMembers } from "./invite-members.ts";

export const acceptInvitationScenario: Scenario<{ invitee: string; administrator: string; invited: boolean; invitationId: string }> = {
  name: "semantics/AcceptAdministratorInvitation",
  operations: ["AcceptAdministratorInvitation"],
  families: ["state"],
  description: "AcceptAdministratorInvitation naming an administrator that sent no invitation, or a pending invitation by a wrong InvitationId, must fail",
  cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
  arbitrary: fc
    .record({ invitee: accountId(), administrator: accountId(), invited: fc.boolean(), invitationId: fc.uuid() })
    .filter(({ invitee, administrator }) => invitee !== administrator),
  async run(run, input) {
    const invitee = run.fresh.map(input.invitee);
    const administrator = run.fresh.map(input.administrator);
    await run.enable([invitee, administrator]);
    if (input.invited && (await createMembers(run, administrator, [invitee])).length > 0) {
      await run.call("InviteMembers", administrator, { AccountIds: [invitee] });
    }
    const accepted = await run.call("AcceptAdministratorInvitation", invitee, { AdministratorId: administrator, InvitationId: input.invitationId });
    run.add(checkAcceptRefused(invitee, administrator, accepted.status), accepted.exchange);
    if (input.invited) await run.call("DeleteMembers", administrator, { AccountIds: [invitee] }, { judge: false });
  },
};
