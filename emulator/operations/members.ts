/** The administrator's side: CreateMembers, InviteMembers, GetMembers, ListMembers, DisassociateMembers, DeleteMembers. */
import type { Handler } from "../behaviour.ts";
import { unprocessedOf } from "../batch.ts";
import { createMember, deleteMember, disassociateMember, inviteMember, membersOf, readMembers } from "../membership/members.ts";
import { processBatch, unprocessedAccount } from "./batch.ts";
import { nextTokenOf, pageOf } from "./paging.ts";
import { memberView } from "./views.ts";

export const CreateMembers: Handler = ({ caller, input, state, now }) => {
  const details = input.AccountDetails as { AccountId: string; Email?: string }[];
  const byId = new Map(details.map((d) => [d.AccountId, d]));
  const UnprocessedAccounts = processBatch(
    details.map((d) => d.AccountId),
    (id) => createMember(state, caller, id, byId.get(id)?.Email, now),
  );
  return { UnprocessedAccounts };
};

export const InviteMembers: Handler = ({ caller, input, state, now }) => ({
  UnprocessedAccounts: processBatch(input.AccountIds as string[], (id) => inviteMember(state, caller, id, now)),
});

export const GetMembers: Handler = ({ caller, input, state }) => {
  const { members, unprocessed } = readMembers(state, caller, input.AccountIds as string[]);
  return { Members: members.map((m) => memberView(caller, m)), UnprocessedAccounts: unprocessed.map(unprocessedAccount) };
};

export const ListMembers: Handler = (call) => {
  // The model documents OnlyAssociated as defaulting to true: only members whose status is Enabled.
  const page = pageOf(membersOf(call.state, call.caller, call.input.OnlyAssociated !== false), (m) => m.accountId, call);
  return { Members: page.items.map((m) => memberView(call.caller, m)), ...nextTokenOf(page) };
};

/** Security Hub's DisassociateMembers answers nothing per account: an id it cannot act on is passed over. */
export const DisassociateMembers: Handler = ({ caller, input, state, now }) => {
  unprocessedOf(input.AccountIds as string[], (id) => disassociateMember(state, caller, id, now));
  return {};
};

export const DeleteMembers: Handler = ({ caller, input, state }) => ({
  UnprocessedAccounts: processBatch(input.AccountIds as string[], (id) => deleteMember(state, caller, id)),
});
