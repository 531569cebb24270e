/**
 * The operations the AWS API reference documents page by page in this suite's sources: their rules (input
 * syntax, errors, UnprocessedAccounts) are the contract itself. The other operations come from the AWS model.
 */
export const REFERENCE_PAGES: Readonly<Record<string, string>> = {
  InviteMembers: "https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_InviteMembers.html",
  DeclineInvitations: "https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeclineInvitations.html",
};
