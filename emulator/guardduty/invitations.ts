/** The invitee's side: ListInvitations, GetInvitationsCount, DeclineInvitations, DeleteInvitations. */
import type { Call } from "../behaviour.ts";
import { pendingInvitations, removeInvitation } from "../membership/invitations.ts";
import { nextTokenOf, pageOf } from "./paging.ts";
import type { GuardDutyHandler, GuardDutyState } from "./state.ts";
import { invitationView, unprocessedAccounts } from "./views.ts";

/**
 * "Lists all GuardDuty membership invitations that were sent to the current Amazon Web Services account": those still
 * pending, as the emulator's Security Hub lists them; an accepted one is the administrator (GetAdministratorAccount).
 */
export const ListInvitations: GuardDutyHandler = (call) => {
  const page = pageOf(pendingInvitations(call.state, call.caller), (i) => i.administratorId, call);
  return { invitations: page.items.map((i) => invitationView(i, "Invited")), ...nextTokenOf(page) };
};

/** "Returns the count of all GuardDuty membership invitations that were sent to the current member account except the currently accepted invitation." */
export const GetInvitationsCount: GuardDutyHandler = ({ caller, state }) => ({ invitationsCount: state.account(caller).invitations.size });

/** Declining and deleting both end the pending invitation from each named administrator, which then sees the member Removed. */
const removeInvitations = ({ caller, input, state, now }: Call<GuardDutyState>): Record<string, unknown> => ({
  unprocessedAccounts: unprocessedAccounts(input.accountIds as string[], (administratorId) => removeInvitation(state, caller, administratorId, now)),
});

export const DeclineInvitations: GuardDutyHandler = removeInvitations;
export const DeleteInvitations: GuardDutyHandler = removeInvitations;
