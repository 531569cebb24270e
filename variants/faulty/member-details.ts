/** Faults in the members CreateMembers makes and the details GetMembers shows of them. */
import type { Handler } from "../../emulator/index.ts";
import type { MemberRecord } from "../../emulator/state.ts";
import type { Variant } from "../variant.ts";
import { showingItems } from "../wire-rewrites.ts";

/** CreateMembers as the reference runs it, then `change` applied to each member the call created or updated. */
const afterCreate =
  (change: (members: Map<string, MemberRecord>, ids: readonly string[]) => void) =>
  (next: Handler): Handler =>
  (call) => {
    const output = next(call);
    const ids = (call.input.AccountDetails as { AccountId: string }[]).map((d) => d.AccountId);
    change(call.state.account(call.caller).members, ids);
    return output;
  };

export const MEMBER_DETAIL_FAULTS: Variant[] = [
  {
    description:
      'Breaks CreateMembers "Creates a member association … between the specified accounts and the account used to make the request": it reports every account processed but creates no member.',
    name: "create-members-without-effect",
    kind: "faulty",
    caughtBy: "state/created-member-shown",
    breaks: [
      "CreateMembers.model.creates-a-member-association-in",
      "CreateMembers.model.createmembers-is-always-used-to",
      "CreateMembers.model.input.AccountDetails.the-list-of-accounts-to",
    ],
    behaviour: () => ({
      operations: {
        CreateMembers: (next) => (call) => {
          const members = call.state.account(call.caller).members;
          const before = new Set(members.keys());
          const output = next(call);
          for (const id of members.keys()) if (!before.has(id)) members.delete(id);
          return output;
        },
      },
    }),
  },
  {
    description:
      'Breaks AccountDetails "For each account, the list includes the account ID and optionally the email address": CreateMembers keeps a placeholder instead of the Email it was given, and GetMembers shows that.',
    name: "member-email-replaced",
    kind: "faulty",
    caughtBy: "state/created-member-shown",
    breaks: ["CreateMembers.model.input.AccountDetails.for-each-*", "AccountDetails.model.Email.the-*", "Member.model.Email.the-*"],
    behaviour: () => ({
      operations: {
        CreateMembers: afterCreate((members, ids) => {
          for (const id of ids) {
            const member = members.get(id);
            if (member?.email !== undefined) member.email = "no-reply@example.org";
          }
        }),
      },
    }),
  },
  {
    description:
      'Breaks AccountDetails.AccountId "The ID of an Amazon Web Services account": CreateMembers reads it as a number, so an id with leading zeros becomes a member under the id without them.',
    name: "member-id-read-as-number",
    kind: "faulty",
    caughtBy: "state/created-member-shown",
    breaks: ["AccountDetails.model.AccountId.the-*", "Member.model.AccountId.the-*"],
    behaviour: () => ({
      operations: {
        CreateMembers: afterCreate((members, ids) => {
          for (const id of ids) {
            const member = members.get(id);
            if (!member || !/^0\d*$/.test(id)) continue;
            members.delete(id);
            const read = String(Number(id));
            members.set(read, { ...member, accountId: read });
          }
        }),
      },
    }),
  },
  {
    description:
      'Breaks Member.AdministratorId and MasterId "The … account ID of the Security Hub CSPM administrator account associated with this member account": GetMembers names each member as its own administrator.',
    name: "member-administrator-misnamed",
    kind: "faulty",
    caughtBy: "state/created-member-shown",
    breaks: [
      "Member.model.AdministratorId.the-*",
      "Member.model.MasterId.the-*",
      "GetMembers.model.returns-the-details-for-the",
      "GetMembers.model.output.Members.the-list-of-details-about",
    ],
    behaviour: showingItems("GetMembers", "Members", (m) => ({ ...m, AdministratorId: m.AccountId, MasterId: m.AccountId })),
  },
];
