/** Family 5 (state): what a processed call changes is observable, and an unprocessed id changes nothing. */
import { defineCheck, judged, NOT_APPLICABLE, type Breach } from "./define-check.ts";
import { memberStatusOf } from "./member-status.ts";

/** What the invitee saw after the call: the administrators ListInvitations listed, and GetInvitationsCount; undefined where a read failed. */
export interface InviteeView {
  invitee: string;
  administrators: readonly string[] | undefined;
  count: number | undefined;
}

export interface InviteOutcome {
  operation: string;
  administrator: string;
  processed: readonly string[];
  unprocessed: readonly string[];
  invitees: readonly InviteeView[];
  /** The administrator's read of the batch's members afterwards (GetMembers), when it answered 200. */
  members: readonly { accountId: unknown; status: unknown }[] | undefined;
  /** How long the suite waited for the effects to show before judging them. */
  waitedMs: number;
  /** The operations that made and showed the effects: the members' creation, the invitee's listing and count, the administrator's read. */
  reads: { created: string; listed: string; counted: string; members: string };
}

/** " after waiting 1.2 s", for titles of effects found missing after the suite waited for them. */
export function afterWaiting(waitedMs: number): string {
  return waitedMs >= 100 ? ` after waiting ${(waitedMs / 1000).toFixed(1)} s` : "";
}

export const INVITE_VISIBLE = defineCheck({
  id: "state/invite-visible-to-invitee",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "The call inviting members invites the accounts to become members: a processed invitation is listed by the invitee's list of invitations and counted by its count of invitations.",
  statements: [],
  run(outcome: InviteOutcome) {
    if (outcome.processed.length === 0) return NOT_APPLICABLE;
    const { operation, administrator, waitedMs } = outcome;
    const waited = afterWaiting(waitedMs);
    const view = new Map(outcome.invitees.map((v) => [v.invitee, v]));
    const breaches = outcome.processed.map((id): Breach | undefined => {
      const seen = view.get(id);
      if (seen?.administrators && !seen.administrators.includes(administrator)) {
        return {
          title: `${id} was reported invited by ${administrator}, but its ${outcome.reads.listed} does not list that invitation${waited}`,
          facts: { invitee: id, administrator, listed: seen.administrators, waitedMs },
          discriminator: "list",
        };
      }
      if (seen && seen.count !== undefined && seen.count < 1)
        return {
          title: `${id} was reported invited, but its ${outcome.reads.counted} is ${seen.count}${waited}`,
          facts: { invitee: id, count: seen.count, waitedMs },
          discriminator: "count",
        };
      return undefined;
    });
    return judged(operation, breaches, [outcome.reads.created, outcome.reads.listed, outcome.reads.counted]);
  },
});

export const INVITE_REFLECTED = defineCheck({
  id: "state/invite-reflected-for-administrator",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "After a processed invitation, the administrator's read of its members shows the account as invited: it has not yet responded.",
  statements: [],
  run(outcome: InviteOutcome) {
    const { operation, administrator, waitedMs, members } = outcome;
    if (outcome.processed.length === 0 || !members) return NOT_APPLICABLE;
    const breaches = outcome.processed.map((id): Breach | undefined => {
      const member = members.find((m) => m.accountId === id);
      if (member && memberStatusOf(member.status) === "invited") return undefined;
      return {
        title: `${id} was reported invited, but ${administrator}'s read of its members shows ${member ? `status ${JSON.stringify(member.status)}` : "no such member"}${afterWaiting(waitedMs)}`,
        facts: { member: id, memberStatus: member?.status, waitedMs },
      };
    });
    return judged(operation, breaches, [outcome.reads.members]);
  },
});

export const UNPROCESSED_NO_EFFECT = defineCheck({
  id: "state/unprocessed-has-no-effect",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "The accounts listed unprocessed could not be processed: the call must not have acted on them.",
  statements: [],
  run(outcome: InviteOutcome) {
    if (outcome.unprocessed.length === 0) return NOT_APPLICABLE;
    const { operation, administrator } = outcome;
    const view = new Map(outcome.invitees.map((v) => [v.invitee, v]));
    const acted = outcome.unprocessed.filter((id) => view.get(id)?.administrators?.includes(administrator));
    return judged(
      operation,
      acted.map((id) => ({
        title: `${id} was listed unprocessed, yet its ${outcome.reads.listed} shows an invitation from ${administrator}`,
        facts: { invitee: id, administrator },
      })),
    );
  },
});

export const INVITE_EFFECT_CHECKS = [INVITE_VISIBLE, INVITE_REFLECTED, UNPROCESSED_NO_EFFECT] as const;

export interface DeclineOutcome {
  operation: string;
  invitee: string;
  processed: readonly string[];
  /** Administrators whose invitations were pending and were not named in the call. */
  bystanders: readonly string[];
  /** Administrators the invitee's ListInvitations listed afterwards. */
  listedAfter: readonly string[];
  waitedMs: number;
}

export const DECLINE_REMOVES = defineCheck({
  id: "state/decline-removes-invitation",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "The call declining invitations declines them: a processed decline leaves no pending invitation from that administrator.",
  statements: [],
  run(outcome: DeclineOutcome) {
    if (outcome.processed.length === 0) return NOT_APPLICABLE;
    const { operation, invitee, waitedMs } = outcome;
    const kept = outcome.processed.filter((administrator) => outcome.listedAfter.includes(administrator));
    return judged(
      operation,
      kept.map((administrator) => ({
        title: `${operation} by ${invitee} removed the invitation from ${administrator}, but it is still listed${afterWaiting(waitedMs)}`,
        facts: { invitee, administrator, waitedMs },
      })),
    );
  },
});

export const DECLINE_ONLY_NAMED = defineCheck({
  id: "state/decline-only-named",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "The call declining invitations acts on the administrators it names: invitations from administrators it did not name stay pending.",
  statements: [],
  run(outcome: DeclineOutcome) {
    if (outcome.bystanders.length === 0) return NOT_APPLICABLE;
    const { operation, invitee } = outcome;
    const vanished = outcome.bystanders.filter((administrator) => !outcome.listedAfter.includes(administrator));
    return judged(
      operation,
      vanished.map((administrator) => ({
        title: `${invitee}'s invitation from ${administrator} vanished, though the call did not name ${administrator}`,
        facts: { invitee, administrator },
      })),
    );
  },
});

export const DECLINE_EFFECT_CHECKS = [DECLINE_REMOVES, DECLINE_ONLY_NAMED] as const;

/** The invitations an invitee's listing (ListInvitations) showed as pending, against what the suite knows was and was not sent. */
export interface ListingOutcome {
  /** The listing (ListInvitations). */
  operation: string;
  invitee: string;
  /** Administrators whose invitations are known to be pending. */
  mustList: readonly string[];
  /** Administrators known to have no pending invitation to the invitee. */
  mustNotList: readonly string[];
  listed: readonly string[];
  waitedMs: number;
}

export const PENDING_LISTED = defineCheck({
  id: "state/pending-invitation-listed",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The invitee's list of invitations lists the invitations sent to it: one sent and neither declined, deleted nor accepted is listed.",
  statements: [],
  run({ operation, invitee, mustList, listed, waitedMs }: ListingOutcome) {
    if (mustList.length === 0) return NOT_APPLICABLE;
    const missing = mustList.filter((administrator) => !listed.includes(administrator));
    return judged(
      operation,
      missing.map((administrator) => ({
        title: `${invitee}'s pending invitation from ${administrator} is not listed${afterWaiting(waitedMs)}`,
        facts: { invitee, administrator, listed, waitedMs },
      })),
    );
  },
});

export const NO_PHANTOM_INVITATION = defineCheck({
  id: "state/no-phantom-invitation",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The invitee's list of invitations lists invitations that were sent to it: none from an administrator that never invited it, or whose invitation was declined, deleted or accepted.",
  statements: [],
  run({ operation, invitee, mustNotList, listed, waitedMs }: ListingOutcome) {
    if (mustNotList.length === 0) return NOT_APPLICABLE;
    const phantoms = mustNotList.filter((administrator) => listed.includes(administrator));
    return judged(
      operation,
      phantoms.map((administrator) => ({
        title: `${invitee}'s ${operation} lists an invitation from ${administrator} that is not pending${afterWaiting(waitedMs)}`,
        facts: { invitee, administrator, listed, waitedMs },
      })),
    );
  },
});

export const LISTING_CHECKS = [PENDING_LISTED, NO_PHANTOM_INVITATION] as const;

/** An accept the case knows has no invitation to accept. */
export interface AcceptRefusalInput {
  /** The operation accepting an invitation (AcceptAdministratorInvitation). */
  operation: string;
  invitee: string;
  administrator: string;
  status: number;
}

export const ACCEPT_NEEDS_INVITATION = defineCheck({
  id: "state/accept-needs-invitation",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The call accepting an invitation accepts one that was sent: with no such invitation it answers a documented error.",
  statements: [],
  run({ operation, invitee, administrator, status }: AcceptRefusalInput) {
    const accepted = status >= 200 && status < 300;
    return judged(operation, [
      accepted && {
        title: `${invitee} accepted an invitation from ${administrator} that does not exist (status ${status})`,
        facts: { invitee, administrator, status },
      },
    ]);
  },
});
