/** The member's view of its administrator: AcceptAdministratorInvitation, GetAdministratorAccount, DisassociateFromAdministratorAccount. */
import type { Handler } from "../behaviour.ts";
import { ServiceError } from "../service-error.ts";
import { invitationView } from "./views.ts";

export const AcceptAdministratorInvitation: Handler = ({ caller, input, state, now }) => {
  const account = state.account(caller);
  const administratorId = input.AdministratorId as string;
  const invitation = account.invitations.get(administratorId);
  if (!invitation || invitation.invitationId !== input.InvitationId) {
    throw new ServiceError("ResourceNotFoundException", `There is no pending invitation ${input.InvitationId} from ${administratorId}.`);
  }
  if (account.administrator) {
    throw new ServiceError(
      "InvalidInputException",
      `Account ${caller} already has administrator ${account.administrator.administratorId}; disassociate first.`,
    );
  }
  account.invitations.delete(administratorId);
  account.administrator = invitation;
  const member = state.account(administratorId).members.get(caller);
  if (member) {
    member.status = "Enabled";
    member.updatedAt = now;
  }
  return {};
};

export const GetAdministratorAccount: Handler = ({ caller, state }) => {
  const administrator = state.account(caller).administrator;
  return administrator ? { Administrator: invitationView(administrator, "Enabled") } : {};
};

export const DisassociateFromAdministratorAccount: Handler = ({ caller, state, now }) => {
  const account = state.account(caller);
  const administrator = account.administrator;
  if (!administrator) throw new ServiceError("ResourceNotFoundException", `Account ${caller} has no administrator account.`);
  account.administrator = undefined;
  const member = state.account(administrator.administratorId).members.get(caller);
  if (member) {
    member.status = "Resigned";
    member.updatedAt = now;
  }
  return {};
};
