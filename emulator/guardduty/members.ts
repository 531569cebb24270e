/** The administrator's side: CreateMembers, InviteMembers, GetMembers, ListMembers, DisassociateMembers, DeleteMembers. */
import { createMember, deleteMember, disassociateMember, inviteMember, membersOf, readMembers } from "../membership/members.ts";
import { nextTokenOf, pageOf } from "./paging.ts";
import type { GuardDutyHandler } from "./state.ts";
import { memberView, unprocessedAccount, unprocessedAccounts } from "./views.ts";

/** AccountDetail's `email` is required by the model: every member has one. */
export const CreateMembers: GuardDutyHandler = ({ caller, input, state, now }) => {
  const details = input.accountDetails as { accountId: string; email: string }[];
  const emailOf = new Map(details.map((d) => [d.accountId, d.email]));
  const ids = details.map((d) => d.accountId);
  return { unprocessedAccounts: unprocessedAccounts(ids, (id) => createMember(state, caller, id, emailOf.get(id), now)) };
};

/** `disableEmailNotification` and `message` shape the email GuardDuty sends the invitee; the emulator sends none. */
export const InviteMembers: GuardDutyHandler = ({ caller, input, state, now }) => ({
  unprocessedAccounts: unprocessedAccounts(input.accountIds as string[], (id) => inviteMember(state, caller, id, now)),
});

export const GetMembers: GuardDutyHandler = ({ caller, input, state }) => {
  const { members, unprocessed } = readMembers(state, caller, input.accountIds as string[]);
  return { members: members.map((m) => memberView(state, caller, m)), unprocessedAccounts: unprocessed.map(unprocessedAccount) };
};

/**
 * `onlyAssociated` is a string: "Specifies whether to only return associated members or to return all members
 * (including members who haven't been invited yet or have been disassociated)". Today's model names neither its
 * values nor its default; the 2018 model said "The default value is TRUE. If onlyAssociated is set to TRUE, the response
 * will include member accounts whose relationship status with the master is set to Enabled […] If onlyAssociated is set
 * to FALSE, the response will include all existing member accounts". So "false", in any case, lists every member; any
 * other value, or none, only the associated ones (Enabled), as Security Hub's OnlyAssociated does.
 */
export const ListMembers: GuardDutyHandler = (call) => {
  const { onlyAssociated } = call.input;
  const associated = typeof onlyAssociated !== "string" || onlyAssociated.toLowerCase() !== "false";
  const page = pageOf(membersOf(call.state, call.caller, associated), (m) => m.accountId, call);
  return { members: page.items.map((m) => memberView(call.state, call.caller, m)), ...nextTokenOf(page) };
};

/**
 * Unlike Security Hub's, GuardDuty's DisassociateMembers answers `unprocessedAccounts`: an account that is not the
 * caller's member is listed; a member neither associated nor invited is processed and stays as it is.
 */
export const DisassociateMembers: GuardDutyHandler = ({ caller, input, state, now }) => ({
  unprocessedAccounts: unprocessedAccounts(input.accountIds as string[], (id) => disassociateMember(state, caller, id, now)),
});

export const DeleteMembers: GuardDutyHandler = ({ caller, input, state }) => ({
  unprocessedAccounts: unprocessedAccounts(input.accountIds as string[], (id) => deleteMember(state, caller, id)),
});
