/**
 * The administrator's side of the member-invitation pattern, alike in every service that has it: making accounts
 * members, inviting them, reading, disassociating and deleting them. Each act on one account returns why it could not
 * be done (the batch lists it unprocessed), or undefined once done; each service's handlers give it their wire names.
 */
import { randomUUID } from "node:crypto";
import { unprocessedOf, type Unprocessed } from "../batch.ts";
import type { MemberRecord, MemberStatus, MembershipAccount } from "../state.ts";

/** The accounts of an emulator, as far as their memberships go. */
export interface Memberships {
  account(id: string): MembershipAccount;
}

export const NOT_A_MEMBER = "The account is not a member of this administrator.";

/** Makes `id` a member of the administrator (Created), or updates the email of a member it has already. */
export function createMember(state: Memberships, administratorId: string, id: string, email: string | undefined, now: Date): string | undefined {
  if (id === administratorId) return "An account cannot be a member of itself.";
  const current = state.account(id).administrator;
  if (current && current.administratorId !== administratorId) return `The account is already a member of administrator ${current.administratorId}.`;
  const members = state.account(administratorId).members;
  const existing = members.get(id);
  if (existing) {
    if (email !== undefined) existing.email = email;
    existing.updatedAt = now;
  } else {
    members.set(id, { accountId: id, email, status: "Created", invitedAt: undefined, updatedAt: now });
  }
  return undefined;
}

/** Invites a member that is not associated yet: a pending invitation for it, and the member Invited. */
export function inviteMember(state: Memberships, administratorId: string, id: string, now: Date): string | undefined {
  const member = state.account(administratorId).members.get(id);
  if (!member) return "The account is not a member of this administrator: call CreateMembers first.";
  if (member.status === "Enabled") return "The account is already an associated member.";
  state.account(id).invitations.set(administratorId, { administratorId, invitationId: randomUUID(), invitedAt: now });
  setStatus(member, "Invited", now);
  member.invitedAt = now;
  return undefined;
}

/** The administrator's members among `ids`, in request order, and the ids that are not its members. */
export function readMembers(state: Memberships, administratorId: string, ids: readonly string[]): { members: MemberRecord[]; unprocessed: Unprocessed[] } {
  const own = state.account(administratorId).members;
  const members: MemberRecord[] = [];
  const unprocessed = unprocessedOf(ids, (id) => {
    const member = own.get(id);
    if (!member) return NOT_A_MEMBER;
    members.push(member);
    return undefined;
  });
  return { members, unprocessed };
}

/** The administrator's members, or only its associated ones (status Enabled). */
export function membersOf(state: Memberships, administratorId: string, onlyAssociated: boolean): MemberRecord[] {
  return [...state.account(administratorId).members.values()].filter((m) => !onlyAssociated || m.status === "Enabled");
}

/** Ends a member's association or pending invitation (the member is then Removed); a member with neither is left as it is. */
export function disassociateMember(state: Memberships, administratorId: string, id: string, now: Date): string | undefined {
  const member = state.account(administratorId).members.get(id);
  if (!member) return NOT_A_MEMBER;
  if (member.status === "Enabled" || member.status === "Invited") {
    detach(state, administratorId, id);
    setStatus(member, "Removed", now);
  }
  return undefined;
}

/** Forgets a member, ending its association or pending invitation first. */
export function deleteMember(state: Memberships, administratorId: string, id: string): string | undefined {
  const administrator = state.account(administratorId);
  if (!administrator.members.has(id)) return NOT_A_MEMBER;
  detach(state, administratorId, id);
  administrator.members.delete(id);
  return undefined;
}

/**
 * Ends an account's memberships as the service is switched off for it: refused (the reason) while it is a member or
 * has associated members; otherwise the invitations it sent are withdrawn and its members forgotten.
 */
export function closeMemberships(state: Memberships, accountId: string): string | undefined {
  const account = state.account(accountId);
  if (account.administrator) return `Account ${accountId} is a member of ${account.administrator.administratorId}; disassociate from it first.`;
  if ([...account.members.values()].some((m) => m.status === "Enabled")) return `Account ${accountId} administers member accounts; disassociate them first.`;
  for (const memberId of account.members.keys()) state.account(memberId).invitations.delete(accountId);
  account.members.clear();
  return undefined;
}

export function setStatus(member: MemberRecord, status: MemberStatus, now: Date): void {
  member.status = status;
  member.updatedAt = now;
}

/** Ends whatever ties the member to the administrator: its pending invitation or its association. */
function detach(state: Memberships, administratorId: string, memberId: string): void {
  const member = state.account(memberId);
  member.invitations.delete(administratorId);
  if (member.administrator?.administratorId === administratorId) member.administrator = undefined;
}
