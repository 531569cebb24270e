/**
 * The invitee's side of the member-invitation pattern, alike in every service that has it: its pending invitations,
 * declining or deleting one, accepting one, and leaving its administrator.
 */
import type { InvitationRecord } from "../state.ts";
import { setStatus, type Memberships } from "./members.ts";

export function pendingInvitations(state: Memberships, inviteeId: string): InvitationRecord[] {
  return [...state.account(inviteeId).invitations.values()];
}

/** Declining and deleting both remove the pending invitation; the administrator then sees the member as Removed. */
export function removeInvitation(state: Memberships, inviteeId: string, administratorId: string, now: Date): string | undefined {
  if (!state.account(inviteeId).invitations.delete(administratorId)) return "There is no pending invitation from this administrator.";
  const member = state.account(administratorId).members.get(inviteeId);
  if (member) setStatus(member, "Removed", now);
  return undefined;
}

/** Why an invitation could not be accepted: none pending with that id, or the invitee has an administrator already. */
export interface AcceptRefusal {
  reason: "no-such-invitation" | "has-administrator";
  message: string;
}

/** Accepts the administrator's pending invitation of that id: the invitee is its member, the member Enabled. */
export function acceptInvitation(state: Memberships, inviteeId: string, administratorId: string, invitationId: string, now: Date): AcceptRefusal | undefined {
  const account = state.account(inviteeId);
  const invitation = account.invitations.get(administratorId);
  if (!invitation || invitation.invitationId !== invitationId) {
    return { reason: "no-such-invitation", message: `There is no pending invitation ${invitationId} from ${administratorId}.` };
  }
  if (account.administrator) {
    return {
      reason: "has-administrator",
      message: `Account ${inviteeId} already has administrator ${account.administrator.administratorId}; disassociate first.`,
    };
  }
  account.invitations.delete(administratorId);
  account.administrator = invitation;
  const member = state.account(administratorId).members.get(inviteeId);
  if (member) setStatus(member, "Enabled", now);
  return undefined;
}

/** The member leaves its administrator, which then sees it Resigned; false when it has none. */
export function leaveAdministrator(state: Memberships, memberId: string, now: Date): boolean {
  const account = state.account(memberId);
  const administrator = account.administrator;
  if (!administrator) return false;
  account.administrator = undefined;
  const member = state.account(administrator.administratorId).members.get(memberId);
  if (member) setStatus(member, "Resigned", now);
  return true;
}
