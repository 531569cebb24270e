/** The member's view of its administrator: AcceptAdministratorInvitation, GetAdministratorAccount, DisassociateFromAdministratorAccount. */
import { acceptInvitation, leaveAdministrator } from "../membership/invitations.ts";
import { badRequest } from "./errors.ts";
import type { GuardDutyHandler } from "./state.ts";
import { invitationView } from "./views.ts";

/** An invitation that is not pending with that id, or an invitee that has an administrator already, is refused with the model's client error. */
export const AcceptAdministratorInvitation: GuardDutyHandler = ({ caller, input, state, now }) => {
  const refusal = acceptInvitation(state, caller, input.administratorId as string, input.invitationId as string, now);
  if (refusal) throw badRequest(refusal.message);
  return {};
};

/**
 * "When the GuardDuty administrator account runs this API, it will return success (HTTP 200) but no content […] When an
 * individual account (not associated with an organization) runs this API, it will return success (HTTP 200) but no
 * content": `{}`, though the model marks `administrator` required.
 */
export const GetAdministratorAccount: GuardDutyHandler = ({ caller, state }) => {
  const administrator = state.account(caller).administrator;
  return administrator ? { administrator: invitationView(administrator, "Enabled") } : {};
};

/** A member leaves (its administrator sees it Resigned). Without an administrator: silent; refused, as the emulator's Security Hub refuses it. */
export const DisassociateFromAdministratorAccount: GuardDutyHandler = ({ caller, state, now }) => {
  if (!leaveAdministrator(state, caller, now)) throw badRequest(`Account ${caller} has no administrator account.`);
  return {};
};
