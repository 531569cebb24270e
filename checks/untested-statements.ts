/**
 * The documented statements no check enforces, each with its reason. `open-choice`: the documentation leaves the
 * answer open, so every reasonable answer passes; `not-observable`: it happens where no API answer shows it
 * (findings, permissions, organizations, other Regions, time); `informative`: a recommendation or a pointer, which
 * states no behaviour. Where AWS's documents say two things (who calls DeleteInvitations), the suite plays both and
 * enforces what holds in either.
 */
export interface Untested {
  /** The statements it explains: an id, `*` standing for any run of characters. */
  statements: string;
  kind: "open-choice" | "not-observable" | "informative";
  reason: string;
}

/** Each kind in words, for docs/traceability.md and certificate.md. */
export const UNTESTED_KIND_WORDS: Readonly<Record<Untested["kind"], string>> = {
  "open-choice": "open choice",
  "not-observable": "not observable from outside",
  informative: "states no behaviour",
};

const ORGANIZATIONS = "It is about accounts managed through AWS Organizations; the suite's accounts are invited by hand, so no answer it gets can show it.";
const FINDINGS = "It is about findings, permissions or security standards, which no operation of the member-invitation family reads.";

export const UNTESTED: readonly Untested[] = [
  // Organizations.
  { statements: "*.this-operation-is-only-used*", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "*.organization-accounts-*", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "DeclineInvitations.*.only-member-accounts-that-aren", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "ListInvitations.model.accounts-that-are-managed-using", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "ListInvitations.model.only-accounts-that-are-managed", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.if-you-are-integrated-with", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.for-accounts-that-are-managed", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.security-hub-cspm-is-not", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.the-account-was-disassociated-or", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.accounts-that-are-managed-using", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.they-automatically-become-a-member", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.if-the-organization-account-does", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.note-that-security-hub-cspm", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.the-organization-management-account-must", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.for-organization-accounts-that-already", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "CreateMembers.model.it-does-not-change-their", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "GetMembers.model.an-administrator-account-can-be", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "*.the-results-include-both-member", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "GetAdministratorAccount.model.can-be-used-by-both", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "DisassociateFromAdministratorAccount.model.for-organization-accounts-only-the", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "DisassociateMembers.model.can-be-used-to-disassociate", kind: "not-observable", reason: ORGANIZATIONS },
  // The accounts the suite makes members are invited by hand (or about to be): deletable by the first sentence.
  { statements: "DeleteMembers.model.you-can-invoke-this-api", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "DeleteMembers.model.you-can-t-invoke-this", kind: "not-observable", reason: ORGANIZATIONS },
  { statements: "Member.model.MemberStatus.accountsuspended-*", kind: "not-observable", reason: ORGANIZATIONS },
  // Findings, permissions, standards, tags.
  { statements: "*.when-the-account-owner-enables", kind: "not-observable", reason: FINDINGS },
  { statements: "AcceptAdministratorInvitation.model.when-the-member-account-accepts", kind: "not-observable", reason: FINDINGS },
  { statements: "CreateMembers.model.a-permissions-policy-is-added", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.when-you-enable-security-hub", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.when-you-use-the-enablesecurityhub", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.center-for-internet-security-cis", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.amazon-web-services-foundational-security", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.other-standards-are-not-automatically", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.to-opt-out-of-automatically", kind: "not-observable", reason: FINDINGS },
  { statements: "EnableSecurityHub.model.input.EnableDefaultStandards.*-*", kind: "not-observable", reason: FINDINGS },
  // How control findings are generated; its syntax (one of two values) is checked like every member's.
  { statements: "EnableSecurityHub.model.input.ControlFindingGenerator.*-*", kind: "not-observable", reason: FINDINGS },
  {
    statements: "EnableSecurityHub.model.input.Tags.the-tags-to-add-to",
    kind: "not-observable",
    reason: "No operation of the member-invitation family reads a hub's tags.",
  },
  {
    statements: "DisableSecurityHub.model.when-you-disable-security-hub",
    kind: "not-observable",
    reason: "Deletion after 90 days is beyond any run, and findings are read by no operation of the family.",
  },
  // Regions.
  {
    statements: "DisableSecurityHub.model.disables-security-hub-cspm-in",
    kind: "not-observable",
    reason: "A run certifies one Region: what happens in the others is not seen.",
  },
  {
    statements: "DisableSecurityHub.model.to-disable-security-hub-cspm",
    kind: "not-observable",
    reason: "A run certifies one Region: what happens in the others is not seen.",
  },
  // Open choices.
  {
    statements: "DisableSecurityHub.model.you-can-t-disable-security",
    kind: "open-choice",
    reason:
      "\"The Security Hub CSPM administrator\" is an organization's delegated administrator (not observable here) or any account with members; services differ on the latter (AWS and the reference emulator refuse to disable one with associated members, with InvalidAccessException, until they are disassociated; the model's next sentences say disabling removes the associations), so a refusal and a success both pass; the answers are judged (valid-input/DisableSecurityHub).",
  },
  {
    statements: "DisableSecurityHub.model.any-standards-that-were-enabled",
    kind: "open-choice",
    reason:
      "The model says disabling removes the associations, while AWS and the reference emulator refuse to disable an account that has them: either answer passes.",
  },
  {
    statements: "*.UnprocessedAccounts.for-each-account-the-list",
    kind: "open-choice",
    reason:
      "The Result shape has no email (Response Syntax: AccountId and ProcessingResult), so an entry without one is right; an email member would be an undeclared member (success-shapes/unknown-members warns).",
  },
  {
    statements: "Invitation.model.MemberStatus.the-current-status-of-the",
    kind: "open-choice",
    reason: "The model lists no values for an invitation's status (services answer Pending or Invited): any non-blank string passes (success-shapes/schema).",
  },
  {
    statements: "Invitation.model.InvitedAt.the-timestamp-of-when-the",
    kind: "not-observable",
    reason: "The target's clock is not the suite's: a timestamp's value is not compared (its type is success-shapes/schema's).",
  },
  {
    statements: "Member.model.InvitedAt.a-timestamp-for-the-date",
    kind: "not-observable",
    reason: "The target's clock is not the suite's: a timestamp's value is not compared (its type is success-shapes/schema's).",
  },
  {
    statements: "Member.model.UpdatedAt.the-timestamp-for-the-date",
    kind: "not-observable",
    reason: "The target's clock is not the suite's: a timestamp's value is not compared (its type is success-shapes/schema's).",
  },
  // Sources that disagree.
  // No behaviour.
  { statements: "*.page.we-recommend-using-aws-organizations", kind: "informative", reason: "A recommendation to the reader." },
  { statements: "*.model.we-recommend-using-organizations-instead", kind: "informative", reason: "A recommendation to the reader." },
  { statements: "*.for-information-see-managing-security", kind: "informative", reason: "A pointer to the User Guide." },
  { statements: "EnableSecurityHub.model.to-learn-more-see-the", kind: "informative", reason: "A pointer to the User Guide." },
  {
    statements: "EnableSecurityHub.model.after-you-enable-security-hub",
    kind: "informative",
    reason: "A pointer to operations outside the member-invitation family.",
  },
  {
    statements: "EnableSecurityHub.model.to-disable-a-standard-use",
    kind: "informative",
    reason: "A pointer to operations outside the member-invitation family.",
  },
  { statements: "DisableSecurityHub.model.if-you-want-to-save", kind: "informative", reason: "Advice to the reader about findings." },
  {
    statements: "Member.model.MasterId.this-is-replaced-by-administratorid",
    kind: "informative",
    reason: "A deprecation note: MasterId, when sent, must name the administrator all the same (state/created-member-shown).",
  },
  {
    statements: "CreateMembers.model.to-remove-the-association-between",
    kind: "informative",
    reason:
      "A pointer to DisassociateFromMasterAccount and DisassociateMembers, whose effects state/resign-shows-resigned and state/disassociate-shows-removed check.",
  },
  { statements: "*.page.uri-parameters", kind: "informative", reason: "Describes the request, which the suite sends without URI parameters." },
];
