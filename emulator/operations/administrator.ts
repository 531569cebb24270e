/** The member's view of its administrator: AcceptAdministratorInvitation, GetAdministratorAccount, DisassociateFromAdministratorAccount. */
import type { Handler } from "../behaviour.ts";
import { acceptInvitation, leaveAdministrator } from "../membership/invitations.ts";
import { ServiceError } from "../service-error.ts";
import { invitationView } from "./views.ts";

export const AcceptAdministratorInvitation: Handler = ({ caller, input, state, now }) => {
  const refusal = acceptInvitation(state, caller, input.AdministratorId as string, input.InvitationId as string, now);
  if (refusal) throw new ServiceError(refusal.reason === "no-such-invitation" ? "ResourceNotFoundException" : "InvalidInputException", refusal.message);
  return {};
};

export const GetAdministratorAccount: Handler = ({ caller, state }) => {
  const administrator = state.account(caller).administrator;
  return administrator ? { Administrator: invitationView(administrator, "Enabled") } : {};
};

export const DisassociateFromAdministratorAccount: Handler = ({ caller, state, now }) => {
  if (!leaveAdministrator(state, caller, now)) throw new ServiceError("ResourceNotFoundException", `Account ${caller} has no administrator account.`);
  return {};
};
