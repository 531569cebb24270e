/** Faults in the member lifecycle as the reads show it, in pagination, and in Security Hub's switch. */
import { ServiceError, type Handler } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { showingItems } from "../wire-rewrites.ts";

/** GetMembers answers with each member's status passed through `change` (the state itself is right). */
const getMembersShows = (change: (status: string) => string): Variant["behaviour"] =>
  showingItems("GetMembers", "Members", (m) => ({ ...m, MemberStatus: change(m.MemberStatus) }));

/** A listing handler answering every item on one page, whatever MaxResults says. */
const onePage =
  (next: Handler): Handler =>
  (call) =>
    next({ ...call, input: { ...call.input, MaxResults: 50 } });

export const LIFECYCLE_FAULTS: Variant[] = [
  {
    description:
      'Breaks Member.MemberStatus "The status can have one of the following values": after a decline the administrator sees the member as Declined, a value the model does not list.',
    name: "member-status-unlisted",
    kind: "faulty",
    caughtBy: "success-shapes/member-status-value",
    breaks: ["Member.model.MemberStatus.the-status-can-have-one", "Member.model.MemberStatus.the-status-of-the-relationship"],
    behaviour: getMembersShows((status) => (status === "Removed" ? "Declined" : status)),
  },
  {
    description: 'Breaks "Created - … has not yet invited the member account": a member just created is shown as Invited.',
    name: "created-shown-invited",
    kind: "faulty",
    caughtBy: "state/created-member-shown",
    breaks: ["Member.model.MemberStatus.created-*"],
    behaviour: getMembersShows((status) => (status === "Created" ? "Invited" : status)),
  },
  {
    description:
      'Breaks "Enabled - … indicates that the member account accepted the invitation": after the member accepts, the administrator\'s GetMembers still shows it Invited.',
    name: "accept-not-reflected",
    kind: "faulty",
    caughtBy: "state/accept-associates",
    breaks: ["Member.model.MemberStatus.enabled-*", "Member.model.MemberStatus.for-manually-invited-*", "CreateMembers.model.if-the-account-owner-accepts"],
    behaviour: getMembersShows((status) => (status === "Enabled" ? "Invited" : status)),
  },
  {
    description:
      'Breaks "Removed - Indicates that the administrator account disassociated the member account": after DisassociateMembers GetMembers still shows the member Enabled.',
    name: "disassociate-not-shown",
    kind: "faulty",
    caughtBy: "state/disassociate-shows-removed",
    breaks: ["Member.model.MemberStatus.removed-*"],
    behaviour: getMembersShows((status) => (status === "Removed" ? "Enabled" : status)),
  },
  {
    description:
      'Breaks "Resigned - Indicates that the member account disassociated themselves": after the member disassociates itself GetMembers shows it Removed.',
    name: "resign-shown-removed",
    kind: "faulty",
    caughtBy: "state/resign-shows-resigned",
    breaks: ["Member.model.MemberStatus.resigned-*"],
    behaviour: getMembersShows((status) => (status === "Resigned" ? "Removed" : status)),
  },
  {
    description: 'Breaks "Deletes the specified member accounts": DeleteMembers reports the members processed but keeps them.',
    name: "delete-members-keeps-them",
    kind: "faulty",
    caughtBy: "state/delete-removes-member",
    breaks: ["DeleteMembers.model.deletes-the-specified-member-accounts", "DeleteMembers.model.input.AccountIds.the-*", "Member.model.MemberStatus.deleted-*"],
    behaviour: () => ({
      operations: {
        DeleteMembers: (next) => (call) => {
          const members = call.state.account(call.caller).members;
          const kept = new Map(members);
          const output = next(call);
          for (const [id, record] of kept) members.set(id, record);
          return output;
        },
      },
    }),
  },
  {
    description:
      'Breaks GetAdministratorAccount "Provides the details for the Security Hub CSPM administrator account for the current member account": it answers {} even for an associated member.',
    name: "administrator-not-shown",
    kind: "faulty",
    caughtBy: "state/administrator-shown",
    breaks: ["GetAdministratorAccount.model.provides-the-details-for-the", "Invitation.model.AccountId.the-*"],
    behaviour: () => ({ operations: { GetAdministratorAccount: () => () => ({}) } }),
  },
  {
    description: 'Breaks GetInvitationsCount "not including the currently accepted invitation": the accepted invitation is counted.',
    name: "count-includes-accepted",
    kind: "faulty",
    caughtBy: "state/count-excludes-accepted",
    breaks: ["GetInvitationsCount.model.returns-the-count-of-all", "GetInvitationsCount.model.output.InvitationsCount.the-*"],
    behaviour: () => ({
      operations: {
        GetInvitationsCount: (next) => (call) => {
          const output = next(call);
          return call.state.account(call.caller).administrator ? { InvitationsCount: (output.InvitationsCount as number) + 1 } : output;
        },
      },
    }),
  },
  {
    description:
      'Breaks ListMembers OnlyAssociated "If OnlyAssociated is set to TRUE, the response includes member accounts whose relationship status … is set to ENABLED": every member is listed, whatever OnlyAssociated says.',
    name: "only-associated-ignored",
    kind: "faulty",
    caughtBy: "state/only-associated-filter",
    breaks: [
      "ListMembers.model.input.OnlyAssociated.specifies-*",
      "ListMembers.model.input.OnlyAssociated.the-default-value-is-true",
      "ListMembers.model.input.OnlyAssociated.if-onlyassociated-is-set-to",
    ],
    behaviour: () => ({ operations: { ListMembers: (next) => (call) => next({ ...call, input: { ...call.input, OnlyAssociated: false } }) } }),
  },
  {
    description:
      'Breaks ListMembers "Lists details about all member accounts for the current … administrator account": the members of every administrator are listed.',
    name: "lists-other-administrators-members",
    kind: "faulty",
    caughtBy: "isolation/members-per-administrator",
    breaks: ["ListMembers.model.lists-details-about-all-member"],
    behaviour: () => ({
      operations: {
        ListMembers: (next) => (call) => {
          const output = next(call);
          if (call.input.NextToken !== undefined || call.input.OnlyAssociated !== false) return output;
          // The administrators it shares a member with: their other members are listed as its own.
          const own = call.state.account(call.caller).members;
          const sharing = [...call.state.all()].filter((a) => a.id !== call.caller && [...a.members.keys()].some((id) => own.has(id)));
          const foreign = sharing.flatMap((a) =>
            [...a.members.values()]
              .filter((m) => !own.has(m.accountId))
              .map((m) => ({ AccountId: m.accountId, MemberStatus: m.status, AdministratorId: a.id, MasterId: a.id, UpdatedAt: m.updatedAt.toISOString() })),
          );
          return { ...output, Members: [...(output.Members as unknown[]), ...foreign] };
        },
      },
    }),
  },
  {
    description: 'Breaks MaxResults "The maximum number of items to return in the response": ListInvitations and ListMembers answer every item on one page.',
    name: "ignores-max-results",
    kind: "faulty",
    caughtBy: "pagination/page-within-max-results",
    breaks: ["*.input.MaxResults.the-maximum-number-of-items"],
    behaviour: () => ({ operations: { ListInvitations: onePage, ListMembers: onePage } }),
  },
  {
    description:
      'Breaks NextToken "to continue listing data": each page after the first starts again with the last item of the page before, so following the tokens lists it twice.',
    name: "pages-overlap",
    kind: "faulty",
    caughtBy: "pagination/next-token-complete",
    breaks: ["*.input.NextToken.the-token-*", "*.input.NextToken.for-subsequent-*", "*.output.NextToken.the-pagination-*"],
    behaviour: () => {
      const overlap =
        (list: string): ((next: Handler) => Handler) =>
        (next) =>
        (call) => {
          const output = next(call);
          if (call.input.NextToken === undefined) return output;
          // The page before ended with the item just before this page's first: answer it again.
          const previous = next({ ...call, input: { ...call.input, NextToken: undefined, MaxResults: 50 } })[list] as { AccountId: string }[];
          const items = output[list] as { AccountId: string }[];
          const at = previous.findIndex((item) => item.AccountId === items[0]?.AccountId);
          if (at <= 0) return output;
          // The page keeps its size, so only the tokens' walk is wrong: one item listed twice, another never.
          const full = items.length >= ((call.input.MaxResults as number | undefined) ?? 50);
          return { ...output, [list]: [previous[at - 1], ...(full ? items.slice(0, -1) : items)] };
        };
      return { operations: { ListInvitations: overlap("Invitations"), ListMembers: overlap("Members") } };
    },
  },
  {
    description:
      'Breaks DisassociateMembers "Disassociates the specified member accounts from the associated administrator account": it answers 200 and disassociates nobody.',
    name: "disassociate-without-effect",
    kind: "faulty",
    caughtBy: "state/disassociate-shows-removed",
    breaks: ["DisassociateMembers.model.disassociates-*", "DisassociateMembers.model.input.AccountIds.the-*"],
    behaviour: () => ({ operations: { DisassociateMembers: () => () => ({}) } }),
  },
  {
    description:
      'Breaks DisassociateFromAdministratorAccount "Disassociates the current Security Hub CSPM member account from the associated administrator account": it answers 200 and the member stays associated.',
    name: "resign-without-effect",
    kind: "faulty",
    caughtBy: "state/resign-shows-resigned",
    breaks: ["DisassociateFromAdministratorAccount.model.disassociates-the-current-*"],
    behaviour: () => ({ operations: { DisassociateFromAdministratorAccount: () => () => ({}) } }),
  },
  {
    description:
      'Breaks ListMembers OnlyAssociated "If OnlyAssociated is set to FALSE, the response includes all existing member accounts": only associated members are listed, whatever OnlyAssociated says.',
    name: "only-associated-always",
    kind: "faulty",
    caughtBy: "state/only-associated-filter",
    breaks: [
      "ListMembers.model.input.OnlyAssociated.if-onlyassociated-is-set-to-2",
      "ListMembers.model.lists-details-about-all-member",
      "ListMembers.model.output.Members.member-details-*",
    ],
    behaviour: () => ({ operations: { ListMembers: (next) => (call) => next({ ...call, input: { ...call.input, OnlyAssociated: true } }) } }),
  },
  {
    description:
      'Breaks NextToken "On your first call to the … operation, set the value of this parameter to NULL": a first call that does not get every item on its page starts at the second item, so following the tokens never lists the first.',
    name: "first-page-skips-first-item",
    kind: "faulty",
    caughtBy: "pagination/next-token-complete",
    breaks: ["*.input.NextToken.on-your-first-*"],
    behaviour: () => {
      const skipping =
        (list: string) =>
        (next: Handler): Handler =>
        (call) => {
          const output = next(call);
          return call.input.NextToken === undefined && output.NextToken !== undefined ? { ...output, [list]: (output[list] as unknown[]).slice(1) } : output;
        };
      return { operations: { ListInvitations: skipping("Invitations"), ListMembers: skipping("Members") } };
    },
  },
  {
    description:
      'Breaks EnableSecurityHub "Enables Security Hub for your account": it answers {} but enables nothing, so every later call is refused with InvalidAccessException.',
    name: "enable-without-effect",
    kind: "faulty",
    caughtBy: "state/activated-account-served",
    breaks: ["EnableSecurityHub.model.enables-*"],
    // The operations after it show it: every one of them refuses the account.
    only: ["valid-input"],
    behaviour: () => ({ operations: { EnableSecurityHub: () => () => ({}) } }),
  },
  {
    description:
      'Breaks CreateMembers "This action can only be used by an account that has Security Hub enabled": an account that never enabled it creates members.',
    name: "members-without-hub",
    kind: "faulty",
    caughtBy: "status-codes/activation-required",
    breaks: [
      "CreateMembers.model.this-action-can-only-be",
      "CreateMembers.model.to-enable-security-hub-cspm",
      "CreateMembers.model.errors.InvalidAccessException",
    ],
    behaviour: () => ({
      operations: {
        CreateMembers: (next) => (call) => {
          const account = call.state.account(call.caller);
          if (account.securityHubEnabled) return next(call);
          account.securityHubEnabled = true;
          try {
            return next(call);
          } finally {
            account.securityHubEnabled = false;
          }
        },
      },
    }),
  },
];

/** Targets a random run certified on some seeds (issue 16): each is now caught on every seed, at any budget. */
export const COVERAGE_FAULTS: Variant[] = [
  {
    description:
      'Breaks the reference page\'s AccountIds "Type: Array of strings": InviteMembers takes AccountIds given as a bare string as a list of that one id.',
    name: "account-ids-bare-string",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: ["InviteMembers.page.AccountIds.type"],
    behaviour: () => ({
      tolerate: (violation, operation) => operation === "InviteMembers" && violation.rule === "wrong-type" && violation.at === "/AccountIds",
      operations: {
        InviteMembers: (next) => (call) => {
          const ids = call.input.AccountIds;
          if (typeof ids === "string") return next({ ...call, input: { ...call.input, AccountIds: [ids] } });
          if (!Array.isArray(ids)) throw new ServiceError("InvalidInputException", "AccountIds must be a list.");
          return next(call);
        },
      },
    }),
  },
  {
    description: 'Breaks the reference page\'s AccountIds "Required: Yes": InviteMembers without AccountIds answers 200, inviting nobody.',
    name: "missing-account-ids-accepted",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: ["InviteMembers.page.AccountIds.required"],
    behaviour: () => ({
      tolerate: (violation, operation) => operation === "InviteMembers" && violation.rule === "missing-required",
      operations: { InviteMembers: (next) => (call) => next({ ...call, input: { ...call.input, AccountIds: call.input.AccountIds ?? [] } }) },
    }),
  },
  {
    description: 'Breaks the reference page\'s AccountIds "Pattern: .*\\S.*": DeclineInvitations takes blank ids and lists them unprocessed with 200.',
    name: "blank-id-accepted",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: ["DeclineInvitations.page.AccountIds.pattern"],
    behaviour: () => ({ tolerate: (violation, operation) => operation === "DeclineInvitations" && violation.rule === "pattern-violation" }),
  },
  {
    description: 'Breaks the reference page\'s AccountIds "Array of strings": InviteMembers drops items that are not strings and answers 200.',
    name: "non-string-item-accepted",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: ["InviteMembers.page.AccountIds.type"],
    behaviour: () => ({
      tolerate: (violation, operation) => operation === "InviteMembers" && violation.rule === "wrong-item-type",
      operations: {
        InviteMembers: (next) => (call) =>
          next({ ...call, input: { ...call.input, AccountIds: (call.input.AccountIds as unknown[]).filter((id) => typeof id === "string") } }),
      },
    }),
  },
  {
    description:
      'Breaks "Before you can use this action to invite a member, you must first use the CreateMembers action": InviteMembers also invites an account only another administrator created as its member.',
    name: "invites-others-members",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/ineligible-reported",
    breaks: ["InviteMembers.*.before-you-can-use-this"],
    behaviour: () => ({
      operations: {
        InviteMembers: (next) => (call) => {
          const members = call.state.account(call.caller).members;
          for (const id of call.input.AccountIds as string[]) {
            const elsewhere = [...call.state.all()].some((a) => a.id !== call.caller && a.members.has(id));
            if (!members.has(id) && elsewhere)
              members.set(id, { accountId: id, email: undefined, status: "Created", invitedAt: undefined, updatedAt: call.now });
          }
          return next(call);
        },
      },
    }),
  },
];
