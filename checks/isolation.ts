/** Family 6 (isolation): one account's calls never touch another's invitations. */
import { finding, type CheckDefinition, type Finding } from "./finding.ts";

export const LIST_ONLY_OWN: CheckDefinition = {
  id: "isolation/list-only-own-invitations",
  family: "isolation",
  source: "aws-model",
  severity: "failure",
  rule: "ListInvitations \"Lists all Security Hub membership invitations that were sent to the current Amazon Web Services account\": no invitation sent to another account.",
};
export const OTHERS_UNTOUCHED: CheckDefinition = {
  id: "isolation/others-untouched",
  family: "isolation",
  source: "reference-page",
  severity: "failure",
  rule: "DeclineInvitations: \"A prospective member account uses this operation to decline an invitation to become a member.\" A decline by one account leaves invitations sent to other accounts pending.",
};

/** The caller's listing holds only invitations known to have been sent to it. */
export function checkListsOnlyOwn(caller: string, listed: readonly string[], sentToCaller: readonly string[]): Finding[] {
  return listed
    .filter((administrator) => !sentToCaller.includes(administrator))
    .map((administrator) => finding(LIST_ONLY_OWN, { operation: "ListInvitations", title: `${caller}'s ListInvitations lists an invitation from ${administrator}, which never invited ${caller}`, facts: { caller, administrator, sentToCaller } }));
}

/** After `actor` declined `administrator`, the invitation that administrator sent to `other` is still listed for `other`. */
export function checkOthersUntouched(operation: string, actor: string, administrator: string, other: string, listedForOther: readonly string[]): Finding[] {
  if (listedForOther.includes(administrator)) return [];
  return [finding(OTHERS_UNTOUCHED, { operation, title: `${operation} by ${actor} of ${administrator} removed ${administrator}'s invitation to ${other}`, facts: { actor, administrator, other, listedForOther } })];
}
