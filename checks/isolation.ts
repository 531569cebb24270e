/** Family 6 (isolation): one account's calls never touch another's invitations or members. */
import { defineCheck, judged } from "./define-check.ts";

/** What a caller's listing of its invitations (ListInvitations) listed, against the administrators known to have invited it. */
export interface OwnListingInput {
  /** The listing (ListInvitations). */
  operation: string;
  caller: string;
  listed: readonly string[];
  sentToCaller: readonly string[];
}

export const LIST_ONLY_OWN = defineCheck({
  id: "isolation/list-only-own-invitations",
  family: "isolation",
  source: "aws-model",
  severity: "failure",
  rule: "The invitee's list of invitations lists those sent to the calling account: no invitation sent to another account.",
  statements: [],
  run({ operation, caller, listed, sentToCaller }: OwnListingInput) {
    const strangers = listed.filter((administrator) => !sentToCaller.includes(administrator));
    return judged(
      operation,
      strangers.map((administrator) => ({
        title: `${caller}'s ${operation} lists an invitation from ${administrator}, which never invited ${caller}`,
        facts: { caller, administrator, sentToCaller },
      })),
    );
  },
});

/** After `actor` declined (or deleted) `administrator`, what `other` — whom that administrator invited — still lists. */
export interface BystanderInput {
  operation: string;
  actor: string;
  administrator: string;
  other: string;
  listedForOther: readonly string[];
}

export const OTHERS_UNTOUCHED = defineCheck({
  id: "isolation/others-untouched",
  family: "isolation",
  source: "reference-page",
  severity: "failure",
  rule: "An account declines the invitations sent to it: a decline by one account leaves invitations sent to other accounts pending.",
  statements: [],
  run({ operation, actor, administrator, other, listedForOther }: BystanderInput) {
    const gone = !listedForOther.includes(administrator);
    return judged(operation, [
      gone && {
        title: `${operation} by ${actor} of ${administrator} removed ${administrator}'s invitation to ${other}`,
        facts: { actor, administrator, other, listedForOther },
      },
    ]);
  },
});

/** The accounts an administrator's list of members (ListMembers) listed, against the members it made. */
export interface OwnMembersInput {
  /** The list read (ListMembers). */
  operation: string;
  administrator: string;
  listed: readonly unknown[];
  /** Every account the administrator made its member (deleted ones included: a Deleted record may stay). */
  ownMembers: readonly string[];
}

export const MEMBERS_PER_ADMINISTRATOR = defineCheck({
  id: "isolation/members-per-administrator",
  family: "isolation",
  source: "aws-model",
  severity: "failure",
  rule: "The administrator's list of members lists its own: one administrator's members are not another's, so it lists no account the caller never made its member.",
  statements: [],
  run({ operation, administrator, listed, ownMembers }: OwnMembersInput) {
    const strangers = [...new Set(listed.filter((id) => !ownMembers.includes(id as string)))];
    return judged(
      operation,
      strangers.map((id) => ({
        title: `${administrator}'s ${operation} lists ${JSON.stringify(id)}, which ${administrator} never made its member`,
        facts: { administrator, account: id, ownMembers },
      })),
    );
  },
});
