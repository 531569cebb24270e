/** Faults in state: effects missing, misplaced or unasked-for. */
import type { Variant } from "../variant.ts";

export const STATE_FAULTS: Variant[] = [
  {
    description: 'Breaks "Invites other AWS accounts to become member accounts": InviteMembers reports members processed but sends no invitation.',
    name: "invite-without-invitation",
    kind: "faulty",
    caughtBy: "state/invite-visible-to-invitee",
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
    behaviour: () => ({
      operations: {
        DeclineInvitations: (next) => (call) => {
          const kept = new Map(call.state.account(call.caller).invitations);
          const output = next(call);
          for (const [administrator, invitation] of kept) call.state.account(call.caller).invitations.set(administrator, invitation);
          return output;
        },
      },
    }),
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
      'Breaks "AcceptAdministratorInvitation accepts the invitation identified by InvitationId": any InvitationId is accepted, even without an invitation.',
    name: "accept-without-invitation",
    kind: "faulty",
    caughtBy: "state/accept-needs-invitation",
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
    description: 'Breaks "invitations that were sent to the caller" being pending ones: ListInvitations still lists the invitation the caller accepted.',
    name: "accepted-invitation-listed",
    kind: "faulty",
    caughtBy: "state/no-phantom-invitation",
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
