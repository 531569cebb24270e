/** The invitee's side: ListInvitations, GetInvitationsCount, DeclineInvitations, DeleteInvitations. */
import type { Call, Handler } from "../behaviour.ts";
import { pendingInvitations, removeInvitation } from "../membership/invitations.ts";
import { processBatch } from "./batch.ts";
import { nextTokenOf, pageOf } from "./paging.ts";
import { invitationView } from "./views.ts";

export const ListInvitations: Handler = (call) => {
  const page = pageOf(pendingInvitations(call.state, call.caller), (i) => i.administratorId, call);
  return { Invitations: page.items.map((i) => invitationView(i, "Invited")), ...nextTokenOf(page) };
};

export const GetInvitationsCount: Handler = ({ caller, state }) => ({ InvitationsCount: state.account(caller).invitations.size });

const removeInvitations = ({ caller, input, state, now }: Call): Record<string, unknown> => ({
  UnprocessedAccounts: processBatch(input.AccountIds as string[], (administratorId) => removeInvitation(state, caller, administratorId, now)),
});

export const DeclineInvitations: Handler = removeInvitations;
export const DeleteInvitations: Handler = removeInvitations;
