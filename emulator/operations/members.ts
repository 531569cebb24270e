/** The administrator's side: CreateMembers, InviteMembers, GetMembers, ListMembers, DisassociateMembers, DeleteMembers. */
import { randomUUID } from "node:crypto";
import type { Handler } from "../behaviour.ts";
import { paginate } from "../pagination.ts";
import { ACCOUNT_ID, type EmulatorState } from "../state.ts";
import { processBatch } from "./batch.ts";
import { memberView } from "./views.ts";

export const CreateMembers: Handler = ({ caller, input, state, now }) => {
  const administrator = state.account(caller);
  const details = input.AccountDetails as { AccountId: string; Email?: string }[];
  const byId = new Map(details.map((d) => [d.AccountId, d]));
  const UnprocessedAccounts = processBatch(
    details.map((d) => d.AccountId),
    (id) => {
      if (id === caller) return "An account cannot be a member of itself.";
      const current = state.account(id).administrator;
      if (current && current.administratorId !== caller) return `The account is already a member of administrator ${current.administratorId}.`;
      const existing = administrator.members.get(id);
      const email = byId.get(id)?.Email;
      if (existing) {
        if (email !== undefined) existing.email = email;
        existing.updatedAt = now;
      } else {
        administrator.members.set(id, { accountId: id, email, status: "Created", invitedAt: undefined, updatedAt: now });
      }
      return undefined;
    },
  );
  return { UnprocessedAccounts };
};

export const InviteMembers: Handler = ({ caller, input, state, now }) => {
  const administrator = state.account(caller);
  const UnprocessedAccounts = processBatch(input.AccountIds as string[], (id) => {
    const member = administrator.members.get(id);
    if (!member) return "The account is not a member of this administrator: call CreateMembers first.";
    if (member.status === "Enabled") return "The account is already an associated member.";
    const invitation = { administratorId: caller, invitationId: randomUUID(), invitedAt: now };
    state.account(id).invitations.set(caller, invitation);
    member.status = "Invited";
    member.invitedAt = now;
    member.updatedAt = now;
    return undefined;
  });
  return { UnprocessedAccounts };
};

export const GetMembers: Handler = ({ caller, input, state }) => {
  const administrator = state.account(caller);
  const Members: Record<string, unknown>[] = [];
  const UnprocessedAccounts = processBatch(input.AccountIds as string[], (id) => {
    const member = administrator.members.get(id);
    if (!member) return "The account is not a member of this administrator.";
    Members.push(memberView(caller, member));
    return undefined;
  });
  return { Members, UnprocessedAccounts };
};

export const ListMembers: Handler = ({ operation, caller, input, state }) => {
  // The model documents OnlyAssociated as defaulting to true: only members whose status is Enabled.
  const onlyAssociated = input.OnlyAssociated !== false;
  const members = [...state.account(caller).members.values()].filter((m) => !onlyAssociated || m.status === "Enabled");
  const page = paginate(members, (m) => m.accountId, { operation, caller, maxResults: input.MaxResults, token: input.NextToken });
  return { Members: page.items.map((m) => memberView(caller, m)), ...(page.nextToken ? { NextToken: page.nextToken } : {}) };
};

export const DisassociateMembers: Handler = ({ caller, input, state, now }) => {
  for (const id of input.AccountIds as string[]) {
    const member = ACCOUNT_ID.test(id) ? state.account(caller).members.get(id) : undefined;
    if (!member || (member.status !== "Enabled" && member.status !== "Invited")) continue;
    detach(state, caller, id);
    member.status = "Removed";
    member.updatedAt = now;
  }
  return {};
};

export const DeleteMembers: Handler = ({ caller, input, state }) => {
  const administrator = state.account(caller);
  const UnprocessedAccounts = processBatch(input.AccountIds as string[], (id) => {
    if (!administrator.members.has(id)) return "The account is not a member of this administrator.";
    detach(state, caller, id);
    administrator.members.delete(id);
    return undefined;
  });
  return { UnprocessedAccounts };
};

/** Ends whatever ties the member to the administrator: its pending invitation or its association. */
function detach(state: EmulatorState, administratorId: string, memberId: string): void {
  const member = state.account(memberId);
  member.invitations.delete(administratorId);
  if (member.administrator?.administratorId === administratorId) member.administrator = undefined;
}
