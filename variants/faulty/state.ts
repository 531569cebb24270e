/** Faults in state: effects missing, misplaced or unasked-for. */
import type { Handler } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { showingItems } from "../wire-rewrites.ts";

/** The handler as the reference runs it, with the caller's pending invitations put back afterwards: it removes none. */
const keepingInvitations =
  (next: Handler): Handler =>
  (call) => {
    const kept = new Map(call.state.account(call.caller).invitations);
    const output = next(call);
    for (const [administrator, invitation] of kept) call.state.account(call.caller).invitations.set(administrator, invitation);
    return output;
  };

export const STATE_FAULTS: Variant[] = [
  {
    description: 'Breaks "Invites other AWS accounts to become member accounts": InviteMembers reports members processed but sends no invitation.',
    name: "invite-without-invitation",
    kind: "faulty",
    caughtBy: "state/invite-visible-to-invitee",
    breaks: [
      "InviteMembers.*.invites-other-*",
      "InviteMembers.*.AccountIds.the-list-of-*",
      "CreateMembers.model.to-send-the-invitation-you",
      "CreateMembers.model.for-accounts-that-are-not",
    ],
    behaviour: () => ({
      operations: {
        InviteMembers: (next) => (call) => {
          const output = next(call);
          for (const id of call.input.AccountIds as string[]) if (/^\d{12}$/.test(id)) call.state.account(id).invitations.delete(call.caller);
          return output;
        },
      },
    }),
  },
  {
    description:
      'Breaks "Invited - Indicates that the administrator account invited the member account": after a processed invite the administrator\'s GetMembers still shows Created.',
    name: "invite-not-reflected",
    kind: "faulty",
    caughtBy: "state/invite-reflected-for-administrator",
    breaks: ["Member.model.MemberStatus.invited-*", "Member.model.MemberStatus.the-member-account-has-not"],
    behaviour: () => ({
      operations: {
        InviteMembers: (next) => (call) => {
          const output = next(call);
          for (const member of call.state.account(call.caller).members.values()) if (member.status === "Invited") member.status = "Created";
          return output;
        },
      },
    }),
  },
  {
    description: 'Breaks "UnprocessedAccounts could not be processed": InviteMembers lists non-members unprocessed yet sends them an invitation.',
    name: "unprocessed-with-effect",
    kind: "faulty",
    caughtBy: "state/unprocessed-has-no-effect",
    breaks: ["InviteMembers.*.UnprocessedAccounts.the-list-of-*"],
    behaviour: () => ({
      operations: {
        InviteMembers: (next) => (call) => {
          const output = next(call);
          for (const entry of output.UnprocessedAccounts as { AccountId: string }[]) {
            if (/^\d{12}$/.test(entry.AccountId))
              call.state.account(entry.AccountId).invitations.set(call.caller, { administratorId: call.caller, invitationId: "phantom", invitedAt: call.now });
          }
          return output;
        },
      },
    }),
  },
  {
    description: 'Breaks "Declines invitations": DeclineInvitations reports the decline processed but the invitation stays pending.',
    name: "decline-without-effect",
    kind: "faulty",
    caughtBy: "state/decline-removes-invitation",
    breaks: ["DeclineInvitations.*.declines-invitations-*", "DeclineInvitations.*.a-prospective-member-account-uses"],
    behaviour: () => ({
      operations: {
        DeclineInvitations: keepingInvitations,
      },
    }),
  },
  {
    description:
      'Breaks DeleteInvitations "Deletes invitations to become a Security Hub CSPM member account": it reports the invitation deleted but it stays pending.',
    name: "delete-invitations-without-effect",
    kind: "faulty",
    caughtBy: "state/decline-removes-invitation",
    breaks: ["DeleteInvitations.model.deletes-invitations-to-become-a"],
    behaviour: () => ({ operations: { DeleteInvitations: keepingInvitations } }),
  },
  {
    description:
      'Breaks "the prospective member account IDs for which to decline an invitation": DeleteInvitations removes every pending invitation of the caller.',
    name: "delete-removes-all",
    kind: "faulty",
    caughtBy: "state/decline-only-named",
    behaviour: () => ({
      operations: {
        DeleteInvitations: (next) => (call) => {
          const output = next(call);
          call.state.account(call.caller).invitations.clear();
          return output;
        },
      },
    }),
  },
  {
    description:
      'Breaks "Deletes invitations to become a … member account" in both of AWS\'s readings: DeleteInvitations lists every account unprocessed and deletes nothing, whether the invitee names the administrators or an administrator names the invitee.',
    name: "deletes-in-neither-role",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/eligible-processed",
    behaviour: () => ({
      operations: {
        DeleteInvitations: () => (call) => ({
          UnprocessedAccounts: (call.input.AccountIds as string[]).map((AccountId) => ({ AccountId, ProcessingResult: "Nothing to delete." })),
        }),
      },
    }),
  },
  {
    description:
      "Breaks \"A Security Hub CSPM administrator account can use this operation to delete invitations sent to one or more prospective member accounts\": DeleteInvitations is the administrator's (an invitee naming its administrators is answered all unprocessed), and the administrator's call reports each invitee processed but leaves its invitation pending.",
    name: "administrator-delete-without-effect",
    kind: "faulty",
    caughtBy: "state/decline-removes-invitation",
    breaks: ["DeleteInvitations.model.a-security-hub-cspm-administrator"],
    behaviour: () => ({
      operations: {
        DeleteInvitations: (next) => (call) => {
          // The reference's checks of the caller first (Security Hub enabled), with nothing for it to delete.
          next({ ...call, input: { ...call.input, AccountIds: [] } });
          const ids = call.input.AccountIds as string[];
          const sent = (id: string): boolean => call.state.account(id).invitations.has(call.caller);
          return { UnprocessedAccounts: ids.filter((id) => !sent(id)).map((AccountId) => ({ AccountId, ProcessingResult: "No invitation to it." })) };
        },
      },
    }),
  },
  {
    description:
      'Breaks "AcceptAdministratorInvitation accepts the invitation identified by InvitationId": any InvitationId is accepted, even without an invitation.',
    name: "accept-without-invitation",
    kind: "faulty",
    caughtBy: "state/accept-needs-invitation",
    breaks: [
      "AcceptAdministratorInvitation.model.accepts-the-invitation-to-be",
      "AcceptAdministratorInvitation.model.input.AdministratorId.the-*",
      "AcceptAdministratorInvitation.model.input.InvitationId.the-*",
    ],
    behaviour: () => ({
      operations: {
        AcceptAdministratorInvitation: (next) => (call) => {
          try {
            return next(call);
          } catch {
            return {};
          }
        },
      },
    }),
  },
];

export const LISTING_FAULTS: Variant[] = [
  {
    description:
      'Breaks "Lists all Security Hub membership invitations that were sent to the current account": ListInvitations shows only the first pending invitation.',
    name: "lists-one-invitation",
    kind: "faulty",
    caughtBy: "state/pending-invitation-listed",
    breaks: ["ListInvitations.model.lists-all-*", "ListInvitations.model.output.Invitations.the-details-*", "Invitation.model.AccountId.the-*"],
    behaviour: () => ({
      operations: {
        ListInvitations: (next) => (call) => {
          const output = next(call);
          return { ...output, Invitations: (output.Invitations as unknown[]).slice(0, 1) };
        },
      },
    }),
  },
  {
    description:
      'Breaks Invitation.InvitationId "The ID of the invitation sent to the member account": ListInvitations shows each invitation under an id of its own making, which AcceptAdministratorInvitation does not know.',
    name: "invitation-id-misreported",
    kind: "faulty",
    caughtBy: "state/accept-associates",
    breaks: ["Invitation.model.InvitationId.the-*", "AcceptAdministratorInvitation.model.input.InvitationId.the-*"],
    behaviour: showingItems("ListInvitations", "Invitations", (i) => ({ ...i, InvitationId: `listed-${i.InvitationId}` })),
  },
  {
    description: 'Breaks "invitations that were sent to the caller" being pending ones: ListInvitations still lists the invitation the caller accepted.',
    name: "accepted-invitation-listed",
    kind: "faulty",
    caughtBy: "state/no-phantom-invitation",
    breaks: ["ListInvitations.model.lists-all-*", "ListInvitations.model.output.Invitations.the-details-*"],
    behaviour: () => ({
      operations: {
        ListInvitations: (next) => (call) => {
          const output = next(call);
          const accepted = call.state.account(call.caller).administrator;
          if (!accepted || call.input.NextToken !== undefined) return output;
          return {
            ...output,
            Invitations: [
              ...(output.Invitations as unknown[]),
              {
                AccountId: accepted.administratorId,
                InvitationId: accepted.invitationId,
                InvitedAt: accepted.invitedAt.toISOString(),
                MemberStatus: "Invited",
              },
            ],
          };
        },
      },
    }),
  },
];

export const PARTIAL_BATCH_FAULTS: Variant[] = [
  {
    description:
      'Breaks "a batch with some ineligible ids still processes the eligible ones" in full: InviteMembers invites only the first member of a batch yet reports all of them processed.',
    name: "partial-batch",
    kind: "faulty",
    caughtBy: "state/invite-visible-to-invitee",
    breaks: ["InviteMembers.*.AccountIds.the-list-of-*"],
    behaviour: () => ({
      operations: {
        InviteMembers: (next) => (call) => {
          const ids = call.input.AccountIds as string[];
          const members = call.state.account(call.caller).members;
          const firstMember = ids.find((id) => members.has(id));
          const output = next({ ...call, input: { ...call.input, AccountIds: ids.filter((id) => !members.has(id) || id === firstMember) } });
          return { ...output, UnprocessedAccounts: (output.UnprocessedAccounts as { AccountId: string }[]).filter((e) => !members.has(e.AccountId)) };
        },
      },
    }),
  },
];
