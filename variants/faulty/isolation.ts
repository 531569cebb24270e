/** Faults in isolation between accounts. */
import type { Variant } from "../variant.ts";

export const ISOLATION_FAULTS: Variant[] = [
  {
    description: 'Breaks "Lists all … invitations that were sent to the calling account": ListInvitations also lists the invitations the caller sent.',
    name: "lists-sent-invitations",
    kind: "faulty",
    caughtBy: "isolation/list-only-own-invitations",
    breaks: ["ListInvitations.model.lists-all-*"],
    behaviour: () => ({
      operations: {
        ListInvitations: (next) => (call) => {
          const output = next(call);
          const sent = [...call.state.account(call.caller).members.values()]
            .filter((m) => m.status === "Invited")
            .map((m) => ({ AccountId: m.accountId, InvitationId: "sent", InvitedAt: call.now.toISOString(), MemberStatus: "Invited" }));
          return { ...output, Invitations: [...(output.Invitations as unknown[]), ...sent] };
        },
      },
    }),
  },
  {
    description:
      'Breaks "a prospective member account uses this operation to decline an invitation" sent to it: DeclineInvitations withdraws the administrator\'s invitations to every account.',
    name: "decline-touches-others",
    kind: "faulty",
    caughtBy: "isolation/others-untouched",
    breaks: ["DeclineInvitations.*.a-prospective-member-account-uses"],
    behaviour: () => ({
      operations: {
        DeclineInvitations: (next) => (call) => {
          const output = next(call);
          for (const administrator of call.input.AccountIds as string[]) {
            if (!/^\d{12}$/.test(administrator)) continue;
            for (const memberId of call.state.account(administrator).members.keys()) call.state.account(memberId).invitations.delete(administrator);
          }
          return output;
        },
      },
    }),
  },
];
