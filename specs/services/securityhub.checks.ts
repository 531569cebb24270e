/**
 * The checks as Security Hub's documentation states them: each rule in the words of its two API reference pages
 * (InviteMembers, DeclineInvitations) and its AWS model, the statements of `../statements.json` each check enforces
 * beyond its service-neutral patterns, and every statement no check enforces, with why (../check-texts.ts).
 */
import type { ServiceCheckTexts } from "../check-texts.ts";

const ORGANIZATIONS = "It is about accounts managed through AWS Organizations; the suite's accounts are invited by hand, so no answer it gets can show it.";
const FINDINGS = "It is about findings, permissions or security standards, which no operation of the member-invitation family reads.";
const UNPROCESSED_LISTS = ["*.UnprocessedAccounts.the-list-of-*", "*.model.output.UnprocessedAccounts.the-list-of-*"];
const INVITE_STATEMENTS = [
  "InviteMembers.*.invites-other-*",
  "CreateMembers.model.to-send-the-invitation-you",
  "CreateMembers.model.for-accounts-that-are-not",
];
const LISTING_STATEMENTS = [
  "ListInvitations.model.lists-all-*",
  "ListInvitations.model.output.Invitations.the-details-*",
  "Invitation.model.AccountId.the-account-id-of-the",
];

export const SECURITY_HUB_CHECKS: ServiceCheckTexts = {
  checks: {
    "status-codes/operation-implemented": {
      rule: "The AWS model binds each operation to its route (InviteMembers: POST /members/invite …). An answer there that names no AWS error and is no JSON object — 404, 405 or 501, as web servers answer a route they do not serve — or an UnknownOperationException, means the operation is not implemented.",
      statements: ["*.page.request-syntax"],
    },
    "status-codes/documented-status": {
      rule: 'The API reference lists the operation\'s success code ("the service sends back an HTTP 200 response") and each error with its "HTTP Status Code"; any other status must be that of another error of the service or of AWS\'s Common Errors.',
      statements: ["*.page.errors.*", "*.page.common-errors", "*.page.if-the-action-is-successful"],
    },
    "status-codes/no-5xx-for-valid-input": {
      rule: 'InternalException (500) is "Internal server error": a request the documented syntax accepts must not cause one.',
      statements: ["*.errors.InternalException", "*.page.request-syntax", "*.page.AccountIds.type", "AccountDetails.model.*.syntax"],
    },
    "status-codes/invalid-input-rejected": {
      rule: "InvalidInputException (400): \"The request was rejected because you supplied an invalid or out-of-range value for an input parameter.\" Input breaking a rule of the reference page (AccountIds: Required, Array of strings, Pattern .*\\S.*), a body that is not JSON, or a query-string value that does not parse as its member's type (restJson1, Smithy's malformed-request tests: 400 SerializationException) is refused with a 400 input error, or with an error of the state the request meets; never with a 5xx.",
      statements: [
        "*.page.AccountIds.type",
        "*.page.AccountIds.pattern",
        "*.page.AccountIds.required",
        "*.errors.InvalidInputException",
        "*.page.the-request-accepts-the-following",
      ],
    },
    "status-codes/valid-input-accepted": {
      rule: 'The mirror of invalid-input-rejected. InvalidInputException (400): "The request was rejected because you supplied an invalid or out-of-range value for an input parameter." A request whose every member satisfies the documented rules (MaxResults within 1–50, a NextToken the target handed out, a batch of well-formed account ids), sent where the state lets it succeed, is not refused with a 400.',
      statements: ["*.page.request-syntax", "*.page.AccountIds.type", "*.page.AccountIds.pattern", "*.input.NextToken.for-subsequent-*"],
    },
    "status-codes/model-constraint-enforced": {
      rule: "The AWS model constrains the input of the operations around InviteMembers and DeclineInvitations (member types, patterns, sizes, ranges); services and emulators enforce these differently, so accepting such input is a leniency, a failure only with --strict.",
      statements: ["AccountDetails.model.*.syntax"],
    },
    "error-shapes/documented-type": {
      rule: "The API reference's Errors section lists the errors of the operation; any other must be an error the service's model defines or one of AWS's Common Errors, or no AWS client can tell what it means.",
      statements: ["*.page.errors.*", "*.page.common-errors"],
    },
    "error-shapes/status-matches-type": {
      rule: 'The AWS model gives each error its HTTP status (e.g. InvalidInputException "HTTP Status Code: 400"); the response\'s status must be that one.',
      statements: ["*.page.errors.*"],
    },
    "error-shapes/message": {
      rule: "Every error shape of the model has a Message member (a NonEmptyString, pattern .*\\S.*); clients read `message`, else `Message`.",
    },
    "success-shapes/success-status": {
      rule: '"If the action is successful, the service sends back an HTTP 200 response."',
      statements: ["*.page.if-the-action-is-successful"],
    },
    "success-shapes/json-body": {
      rule: 'Response Syntax: "HTTP/1.1 200 Content-type: application/json" followed by a JSON object; an operation whose output has no members may send an empty body.',
      statements: ["*.page.response-syntax", "*.page.the-following-data-is-returned"],
    },
    "success-shapes/content-type": { rule: 'Response Syntax: "Content-type: application/json".', statements: ["*.page.response-syntax"] },
    "success-shapes/schema": {
      rule: "The output shape of the AWS model (member names and types, e.g. UnprocessedAccounts: Array of Result objects with AccountId and ProcessingResult strings).",
      statements: ["*.page.response-syntax", "*.page.UnprocessedAccounts.type", "Member.model.*.syntax", "Invitation.model.*.syntax", "Result.model.*.syntax"],
    },
    "success-shapes/member-status-value": {
      rule: 'Member.MemberStatus: "The status can have one of the following values: Created, Invited, Enabled, Removed, Resigned, Deleted, AccountSuspended" (in any letter case, with or without underscores: earlier models wrote CREATED … ACCOUNT_SUSPENDED).',
      statements: ["Member.model.MemberStatus.the-status-can-have-one", "Member.model.MemberStatus.the-status-of-the-relationship"],
    },
    "unprocessed-accounts/entry-from-request": {
      rule: 'UnprocessedAccounts: "The list of AWS accounts that could not be processed" — of the accounts the request named, so each AccountId is one the request sent, exactly as sent.',
      statements: [...UNPROCESSED_LISTS, "Result.model.AccountId.*"],
    },
    "unprocessed-accounts/no-duplicates": {
      rule: "UnprocessedAccounts lists each account that could not be processed: an account appears at most as often as the request named it.",
      statements: [...UNPROCESSED_LISTS],
    },
    "unprocessed-accounts/processing-result": {
      rule: 'Result.ProcessingResult: "The reason that the account was not processed" (a NonEmptyString, pattern .*\\S.*).',
      statements: ["Result.model.ProcessingResult.*"],
    },
    "status-codes/activation-required": {
      rule: 'CreateMembers: "This action can only be used by an account that has Security Hub CSPM enabled." An account that never enabled it is refused (services answer InvalidAccessException: "The account doesn\'t have permission to perform this action"), never served.',
      statements: [
        "CreateMembers.model.this-action-can-only-be",
        "CreateMembers.model.to-enable-security-hub-cspm",
        "CreateMembers.model.errors.InvalidAccessException",
      ],
    },
    "unprocessed-accounts/ineligible-reported": {
      rule: 'An account the operation cannot act on (InviteMembers: "you must first use the CreateMembers action"; DeclineInvitations: no invitation from that account) "could not be processed" and must be listed in UnprocessedAccounts.',
      statements: [
        ...UNPROCESSED_LISTS,
        "InviteMembers.*.before-you-can-use-this",
        "CreateMembers.model.for-accounts-that-are-not",
        "DeclineInvitations.page.AccountIds.the-list-of-prospective-member",
        "*.model.input.AccountIds.the-list-of-*",
        "GetMembers.model.returns-the-details-for-the",
      ],
    },
    "unprocessed-accounts/eligible-processed": {
      rule: "UnprocessedAccounts lists only the accounts that could not be processed: an account the operation can act on must not be in it, even when others in the batch are.",
      statements: [...UNPROCESSED_LISTS],
    },
    "state/invite-visible-to-invitee": {
      rule: 'InviteMembers "Invites other AWS accounts to become member accounts": a processed invitation is listed by the invitee\'s ListInvitations and counted by GetInvitationsCount.',
      statements: [
        ...INVITE_STATEMENTS,
        "InviteMembers.*.AccountIds.the-list-of-*",
        "GetInvitationsCount.model.returns-the-count-of-all",
        "GetInvitationsCount.model.output.InvitationsCount.the-number-*",
      ],
    },
    "state/invite-reflected-for-administrator": {
      rule: 'Member.MemberStatus "Invited - Indicates that the administrator account invited the member account. The member account has not yet responded to the invitation.": after a processed invite, the administrator\'s GetMembers shows the account as Invited.',
      statements: ["Member.model.MemberStatus.invited-*", "Member.model.MemberStatus.the-member-account-has-not"],
    },
    "state/unprocessed-has-no-effect": {
      rule: 'UnprocessedAccounts are the accounts that "could not be processed": the call must not have acted on them.',
      statements: ["*.UnprocessedAccounts.the-list-of-*"],
    },
    "state/decline-removes-invitation": {
      rule: 'DeclineInvitations "Declines invitations to become a Security Hub member account": a processed decline leaves no pending invitation from that administrator.',
      statements: [
        "DeclineInvitations.*.declines-invitations-*",
        "DeclineInvitations.*.a-prospective-member-account-uses",
        "DeleteInvitations.model.deletes-invitations-to-become-a",
        // Played both ways AWS documents it: by the invitee, and by the administrator that sent the invitation.
        "DeleteInvitations.model.a-security-hub-cspm-administrator",
      ],
    },
    "state/decline-only-named": {
      rule: 'DeclineInvitations acts on "the prospective member account IDs for which to decline an invitation": invitations from administrators it did not name stay pending.',
      // DeleteInvitations' AccountIds (today's model: "member account IDs that received the invitations") are judged so in
      // both of AWS's readings: an invitation the call did not name stays, whoever deletes.
      statements: ["DeclineInvitations.*.AccountIds.the-list-of-*", "DeleteInvitations.model.input.AccountIds.the-list-of-member-account"],
    },
    "state/pending-invitation-listed": {
      rule: 'ListInvitations "Lists all Security Hub CSPM membership invitations that were sent to the calling account": an invitation sent and neither declined, deleted nor accepted is listed.',
      statements: LISTING_STATEMENTS,
    },
    "state/no-phantom-invitation": {
      rule: "ListInvitations lists invitations that were sent to the caller: none from an administrator that never invited it, or whose invitation was declined, deleted or accepted.",
      statements: LISTING_STATEMENTS,
    },
    "state/accept-needs-invitation": {
      rule: 'AcceptAdministratorInvitation accepts "the invitation to be a member account" identified by InvitationId; with no such invitation it answers ResourceNotFoundException (404) or another documented error.',
      statements: ["AcceptAdministratorInvitation.model.accepts-the-invitation-to-be", "AcceptAdministratorInvitation.model.input.*"],
    },
    "state/activated-account-served": {
      rule: 'EnableSecurityHub "Enables Security Hub CSPM for your account"; services refuse an account that has not enabled it with InvalidAccessException ("The account doesn\'t have permission to perform this action"): an account the suite enabled is not refused so.',
      statements: ["EnableSecurityHub.model.enables-security-hub-cspm-for", "EnableSecurityHub.model.http"],
    },
    "state/created-member-shown": {
      rule: 'CreateMembers "Creates a member association … between the specified accounts and the account used to make the request"; Member.MemberStatus "Created - Indicates that the administrator account added the member account, but has not yet invited": the administrator\'s GetMembers shows the account as Created, with the Email it was given (when it shows one) and itself as AdministratorId (when it shows one).',
      statements: [
        "CreateMembers.model.creates-a-member-association-in",
        "CreateMembers.model.createmembers-is-always-used-to",
        "CreateMembers.model.input.AccountDetails.the-list-*",
        "CreateMembers.model.input.AccountDetails.for-each-*",
        "AccountDetails.model.AccountId.the-id-*",
        "AccountDetails.model.Email.the-email-*",
        "GetMembers.model.returns-the-details-for-the",
        "GetMembers.model.output.Members.the-list-of-details-about",
        "Member.model.AccountId.the-*",
        "Member.model.Email.the-*",
        "Member.model.AdministratorId.the-*",
        "Member.model.MasterId.the-*",
        "Member.model.MemberStatus.created-*",
      ],
    },
    "state/accept-associates": {
      rule: 'AcceptAdministratorInvitation "Accepts the invitation to be a member account" (the InvitationId is "the identifier of the invitation sent", as ListInvitations shows it); Member.MemberStatus "Enabled - … For manually invited member accounts, indicates that the member account accepted the invitation": the accept succeeds and the administrator\'s GetMembers shows the member Enabled.',
      statements: [
        "AcceptAdministratorInvitation.model.accepts-the-invitation-to-be",
        "AcceptAdministratorInvitation.model.input.InvitationId.the-*",
        "AcceptAdministratorInvitation.model.input.AdministratorId.the-*",
        "Invitation.model.InvitationId.the-*",
        "CreateMembers.model.if-the-account-owner-accepts",
        "Member.model.MemberStatus.enabled-*",
        "Member.model.MemberStatus.for-manually-invited-*",
      ],
    },
    "state/disassociate-shows-removed": {
      rule: 'DisassociateMembers "Disassociates the specified member accounts from the associated administrator account"; Member.MemberStatus "Removed - Indicates that the administrator account disassociated the member account": the call succeeds, and afterwards the administrator\'s GetMembers shows the member Removed.',
      statements: [
        "DisassociateMembers.model.disassociates-the-specified-member-accounts",
        "DisassociateMembers.model.input.AccountIds.the-*",
        "Member.model.MemberStatus.removed-*",
      ],
    },
    "state/resign-shows-resigned": {
      rule: 'DisassociateFromAdministratorAccount "Disassociates the current Security Hub CSPM member account from the associated administrator account"; Member.MemberStatus "Resigned - Indicates that the member account disassociated themselves from the administrator account": the call succeeds, and afterwards the administrator\'s GetMembers shows the member Resigned.',
      statements: ["DisassociateFromAdministratorAccount.model.disassociates-the-current-*", "Member.model.MemberStatus.resigned-*"],
    },
    "state/delete-removes-member": {
      rule: 'DeleteMembers "Deletes the specified member accounts from Security Hub CSPM"; Member.MemberStatus "Deleted - Indicates that the administrator account deleted the member account": afterwards the administrator\'s GetMembers no longer shows it as a member (it lists it unprocessed, or shows it Deleted).',
      statements: [
        "DeleteMembers.model.deletes-the-specified-member-accounts",
        "DeleteMembers.model.input.AccountIds.the-*",
        "Member.model.MemberStatus.deleted-*",
      ],
    },
    "state/administrator-shown": {
      rule: 'GetAdministratorAccount "Provides the details for the Security Hub CSPM administrator account for the current member account": it names the administrator whose invitation the account accepted, and no administrator as current once the account was disassociated (a record of the past relation with a status such as Resigned is allowed).',
      statements: ["GetAdministratorAccount.model.provides-the-details-for-the", "Invitation.model.AccountId.the-*"],
    },
    "state/count-excludes-accepted": {
      rule: 'GetInvitationsCount "Returns the count of all Security Hub CSPM membership invitations that were sent to the calling member account, not including the currently accepted invitation."',
      statements: ["GetInvitationsCount.model.returns-the-count-of-all", "GetInvitationsCount.model.output.InvitationsCount.the-*"],
    },
    "state/only-associated-filter": {
      rule: 'ListMembers OnlyAssociated: "The default value is TRUE. If OnlyAssociated is set to TRUE, the response includes member accounts whose relationship status with the administrator account is set to ENABLED. If OnlyAssociated is set to FALSE, the response includes all existing member accounts."',
      statements: [
        "ListMembers.model.input.OnlyAssociated.*-*",
        "ListMembers.model.lists-details-about-all-member",
        "ListMembers.model.output.Members.member-details-*",
      ],
    },
    "pagination/page-within-max-results": {
      rule: 'MaxResults: "The maximum number of items to return in the response." No page holds more items than MaxResults asks for (fewer are allowed).',
      statements: ["*.input.MaxResults.the-maximum-number-of-items"],
    },
    "pagination/next-token-complete": {
      rule: 'NextToken: "For subsequent calls to the operation, to continue listing data, set the value of this parameter to the value returned from the previous response." Following the tokens visits every item exactly once and ends; pages shorter than MaxResults and a trailing empty page are allowed.',
      statements: [
        "*.input.NextToken.the-token-*",
        "*.input.NextToken.on-your-first-*",
        "*.input.NextToken.for-subsequent-*",
        "*.output.NextToken.the-pagination-*",
      ],
    },
    "isolation/list-only-own-invitations": {
      rule: 'ListInvitations "Lists all Security Hub CSPM membership invitations that were sent to the calling account": no invitation sent to another account.',
      statements: ["ListInvitations.model.lists-all-*"],
    },
    "isolation/others-untouched": {
      rule: 'DeclineInvitations: "A prospective member account uses this operation to decline an invitation to become a member." A decline by one account leaves invitations sent to other accounts pending.',
      statements: ["DeclineInvitations.*.a-prospective-member-account-uses", "DeleteInvitations.model.deletes-invitations-to-become-a"],
    },
    "isolation/members-per-administrator": {
      rule: "ListMembers \"Lists details about all member accounts for the current Security Hub administrator account\": one administrator's members are not another's, so it lists no account the caller never made its member.",
      statements: ["ListMembers.model.lists-details-about-all-member"],
    },
    "availability/throttled-out": { statements: ["*.errors.LimitExceededException"] },
    "parity/unprocessed-accounts": {
      rule: "A batch answer lists the same set of accounts unprocessed as the reference (order and ProcessingResult texts may differ).",
    },
  },
  untested: [
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
  ],
};
