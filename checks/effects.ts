/** Family 5 (state): what a processed call changes is observable, and an unprocessed id changes nothing. */
import { finding, type CheckDefinition, type Finding } from "./finding.ts";

export const INVITE_VISIBLE: CheckDefinition = {
  id: "state/invite-visible-to-invitee",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "InviteMembers \"Invites other AWS accounts to become member accounts\": a processed invitation is listed by the invitee's ListInvitations and counted by GetInvitationsCount.",
};
export const INVITE_REFLECTED: CheckDefinition = {
  id: "state/invite-reflected-for-administrator",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "Member.MemberStatus \"INVITED - Indicates that the administrator account invited the member account. The member account has not yet responded to the invitation.\": after a processed invite, the administrator's GetMembers shows the account as Invited.",
};
export const UNPROCESSED_NO_EFFECT: CheckDefinition = {
  id: "state/unprocessed-has-no-effect",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "UnprocessedAccounts are the accounts that \"could not be processed\": the call must not have acted on them.",
};
export const DECLINE_REMOVES: CheckDefinition = {
  id: "state/decline-removes-invitation",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "DeclineInvitations \"Declines invitations to become a Security Hub member account\": a processed decline leaves no pending invitation from that administrator.",
};
export const DECLINE_ONLY_NAMED: CheckDefinition = {
  id: "state/decline-only-named",
  family: "state",
  source: "reference-page",
  severity: "failure",
  rule: "DeclineInvitations acts on \"the prospective member account IDs for which to decline an invitation\": invitations from administrators it did not name stay pending.",
};

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
  /** The administrator's GetMembers of the batch afterwards, when it answered 200. */
  members: readonly { AccountId?: unknown; MemberStatus?: unknown }[] | undefined;
  /** How long the suite waited for the effects to show before judging them. */
  waitedMs: number;
}

/** " after waiting 1.2 s", for titles of effects found missing after the suite waited for them. */
export function afterWaiting(waitedMs: number): string {
  return waitedMs >= 100 ? ` after waiting ${(waitedMs / 1000).toFixed(1)} s` : "";
}

export function checkInviteEffects(outcome: InviteOutcome): Finding[] {
  const findings: Finding[] = [];
  const { operation, administrator, waitedMs } = outcome;
  const waited = afterWaiting(waitedMs);
  const view = new Map(outcome.invitees.map((v) => [v.invitee, v]));
  for (const id of outcome.processed) {
    const seen = view.get(id);
    if (seen?.administrators && !seen.administrators.includes(administrator)) {
      findings.push(finding(INVITE_VISIBLE, { operation, title: `${id} was reported invited by ${administrator}, but its ListInvitations does not list that invitation${waited}`, facts: { invitee: id, administrator, listed: seen.administrators, waitedMs }, discriminator: "list" }));
    } else if (seen && seen.count !== undefined && seen.count < 1) {
      findings.push(finding(INVITE_VISIBLE, { operation, title: `${id} was reported invited, but its GetInvitationsCount is ${seen.count}${waited}`, facts: { invitee: id, count: seen.count, waitedMs }, discriminator: "count" }));
    }
    if (outcome.members) {
      const member = outcome.members.find((m) => m.AccountId === id);
      if (!member || typeof member.MemberStatus !== "string" || member.MemberStatus.toLowerCase() !== "invited") {
        findings.push(finding(INVITE_REFLECTED, { operation, title: `${id} was reported invited, but ${administrator}'s GetMembers shows ${member ? `status ${JSON.stringify(member.MemberStatus)}` : "no such member"}${waited}`, facts: { member: id, memberStatus: member?.MemberStatus, waitedMs } }));
      }
    }
  }
  for (const id of outcome.unprocessed) {
    if (view.get(id)?.administrators?.includes(administrator)) {
      findings.push(finding(UNPROCESSED_NO_EFFECT, { operation, title: `${id} was listed unprocessed, yet its ListInvitations shows an invitation from ${administrator}`, facts: { invitee: id, administrator } }));
    }
  }
  return findings;
}

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

export function checkDeclineEffects(outcome: DeclineOutcome): Finding[] {
  const { operation, invitee, waitedMs } = outcome;
  const findings: Finding[] = [];
  for (const administrator of outcome.processed) {
    if (outcome.listedAfter.includes(administrator)) {
      findings.push(finding(DECLINE_REMOVES, { operation, title: `${invitee} ${operation === "DeleteInvitations" ? "deleted" : "declined"} the invitation from ${administrator}, but it is still listed${afterWaiting(waitedMs)}`, facts: { invitee, administrator, waitedMs } }));
    }
  }
  for (const administrator of outcome.bystanders) {
    if (!outcome.listedAfter.includes(administrator)) {
      findings.push(finding(DECLINE_ONLY_NAMED, { operation, title: `${invitee}'s invitation from ${administrator} vanished, though the call did not name ${administrator}`, facts: { invitee, administrator } }));
    }
  }
  return findings;
}

export const PENDING_LISTED: CheckDefinition = {
  id: "state/pending-invitation-listed",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "ListInvitations \"Lists all Security Hub membership invitations that were sent to the current Amazon Web Services account\": an invitation sent and neither declined, deleted nor accepted is listed.",
};
export const NO_PHANTOM_INVITATION: CheckDefinition = {
  id: "state/no-phantom-invitation",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "ListInvitations lists invitations that were sent to the caller: none from an administrator that never invited it, or whose invitation was declined, deleted or accepted.",
};
export const ACCEPT_NEEDS_INVITATION: CheckDefinition = {
  id: "state/accept-needs-invitation",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "AcceptAdministratorInvitation accepts \"the invitation to be a member account\" identified by InvitationId; with no such invitation it answers ResourceNotFoundException (404) or another documented error.",
};

/** The caller's listing against what the documentation guarantees about it. */
export function checkListedInvitations(invitee: string, mustList: readonly string[], mustNotList: readonly string[], listed: readonly string[], waitedMs = 0): Finding[] {
  const operation = "ListInvitations";
  return [
    ...mustList
      .filter((administrator) => !listed.includes(administrator))
      .map((administrator) => finding(PENDING_LISTED, { operation, title: `${invitee}'s pending invitation from ${administrator} is not listed${afterWaiting(waitedMs)}`, facts: { invitee, administrator, listed, waitedMs } })),
    ...mustNotList
      .filter((administrator) => listed.includes(administrator))
      .map((administrator) => finding(NO_PHANTOM_INVITATION, { operation, title: `${invitee}'s ListInvitations lists an invitation from ${administrator} that is not pending${afterWaiting(waitedMs)}`, facts: { invitee, administrator, listed, waitedMs } })),
  ];
}

/** Accepting an invitation that does not exist must fail. */
export function checkAcceptRefused(invitee: string, administrator: string, status: number): Finding[] {
  if (status < 200 || status >= 300) return [];
  return [finding(ACCEPT_NEEDS_INVITATION, { operation: "AcceptAdministratorInvitation", title: `${invitee} accepted an invitation from ${administrator} that does not exist (status ${status})`, facts: { invitee, administrator, status } })];
}
