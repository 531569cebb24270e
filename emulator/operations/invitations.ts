/** The invitee's side: ListInvitations, GetInvitationsCount, DeclineInvitations, DeleteInvitations. */
import type { Call, Handler } from "../behaviour.ts";
import { paginate } from "../pagination.ts";
import { processBatch } from "./batch.ts";
import { invitationView } from "./views.ts";

export const ListInvitations: Handler = ({ operation, caller, input, state }) => {
  const invitations = [...state.account(caller).invitations.values()];
  const page = paginate(invitations, (i) => i.administratorId, { operation, caller, maxResults: input.MaxResults, token: input.NextToken });
  return { Invitations: page.items.map((i) => invitationView(i, "Invited")), ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
};

export const GetInvitationsCount: Handler = ({ caller, state }) => ({ InvitationsCount: state.account(caller).invitations.size });

/** Declining and deleting both remove the pending invitation; the administrator then sees the member as Removed. */
const removeInvitations = ({ caller, input, state, now }: Call): Record<string, unknown> => {
  const invitee = state.account(caller);
  const UnprocessedAccounts = processBatch(input.AccountIds as string[], (administratorId) => {
    if (!invitee.invitations.delete(administratorId)) return "There is no pending invitation from this administrator.";
    const member = state.account(administratorId).members.get(caller);
    if (member) {
      member.status = "Removed";
      member.updatedAt = now;
    }
    return undefined;
  });
  return { UnprocessedAccounts };
};

export const DeclineInvitations: Handler = removeInvitations;
export const DeleteInvitations: Handler = removeInvitations;
