/**
 * The checks as GuardDuty's documentation states them: each rule in the words of its AWS model (the suite holds no API
 * reference page of GuardDuty's), the statements of `../guardduty.statements.json` each check enforces beyond its
 * service-neutral patterns, and every statement no check enforces, with why (../check-texts.ts).
 *
 * GuardDuty's model says less than Security Hub's: one client error for everything (BadRequestException, "A bad
 * request exception object"), no values for relationshipStatus, no default for onlyAssociated. Its member operations
 * act through the caller's detector (`/detector/{DetectorId}/member/invite`), and many sentences speak of a delegated
 * administrator, an Organizations role the suite never plays.
 */
import type { ServiceCheckTexts } from "../check-texts.ts";

const ORGANIZATIONS =
  "It is about accounts managed through AWS Organizations or a delegated administrator; the suite's accounts are invited by hand, so no answer it gets can show it.";
const DETECTOR_FEATURES = "It is about what a detector monitors (data sources, features, findings), which no operation of the member-invitation family reads.";
const CLOCK = "The target's clock is not the suite's: a timestamp's value is not compared (its type is success-shapes/schema's).";
/** Each member operation's DetectorId: the caller's own, as CreateDetector answered it (or ListDetectors found it). */
const CALLERS_DETECTOR = "*.model.input.DetectorId.the-unique-id-of-the";
/** The unprocessed list every batch call answers with (DeleteMembers' in words of its own). */
const UNPROCESSED_LISTS = [
  "*.model.output.UnprocessedAccounts.a-list-of-objects-that",
  "DeleteMembers.model.output.UnprocessedAccounts.the-accounts-that-could-not",
];
/** Structures inside an input (CreateMembers' account details, CreateDetector's configuration): judged as their operation's input is. */
const NESTED_INPUT_SYNTAX = [
  "AccountDetail.model.*.syntax",
  "DataSourceConfigurations.model.*.syntax",
  "DetectorAdditionalConfiguration.model.*.syntax",
  "DetectorFeatureConfiguration.model.*.syntax",
  "KubernetesAuditLogsConfiguration.model.*.syntax",
  "KubernetesConfiguration.model.*.syntax",
  "MalwareProtectionConfiguration.model.*.syntax",
  "S3LogsConfiguration.model.*.syntax",
  "ScanEc2InstanceWithFindings.model.*.syntax",
];
/** Structures inside an answer: judged as their operation's output is. */
const NESTED_OUTPUT_SYNTAX = [
  "Administrator.model.*.syntax",
  "Invitation.model.*.syntax",
  "Member.model.*.syntax",
  "UnprocessedAccount.model.*.syntax",
  "UnprocessedDataSourcesResult.model.*.syntax",
  "MalwareProtectionConfigurationResult.model.*.syntax",
  "ScanEc2InstanceWithFindingsResult.model.*.syntax",
  "EbsVolumesResult.model.*.syntax",
];
/**
 * Statements of the two lists the suite reads page by page (ListInvitations, ListMembers): an account has one detector
 * at most, so ListDetectors never has a second page.
 */
const ofPagedLists = (...statements: string[]): string[] => ["ListInvitations", "ListMembers"].flatMap((list) => statements.map((s) => `${list}.model.${s}`));
/** The relationship status a member shows at each step: every lifecycle check reads it. */
const MEMBER_STATUS = "Member.model.RelationshipStatus.the-status-of-the-relationship";
const RELATIONSHIP =
  "(the model lists no values for relationshipStatus: the steps are read by the names GuardDuty's console shows, Created, Invited, Enabled, Removed and Resigned, in any letter case)";

export const GUARDDUTY_CHECKS: ServiceCheckTexts = {
  checks: {
    "status-codes/operation-implemented": {
      rule: "The AWS model binds each operation to its route (InviteMembers: POST /detector/{DetectorId}/member/invite …). An answer there that names no AWS error and is no JSON object — 404, 405 or 501, as web servers answer a route they do not serve — or an UnknownOperationException, means the operation is not implemented.",
    },
    "status-codes/documented-status": {
      rule: 'The AWS model gives each operation its success code (InviteMembers: "POST /detector/{DetectorId}/member/invite, success 200") and each error its HTTP status (BadRequestException 400, InternalServerErrorException 500); any other status must be that of another error of the service or of AWS\'s Common Errors.',
    },
    "status-codes/no-5xx-for-valid-input": {
      rule: 'InternalServerErrorException (HTTP 500) is "An internal server error exception object": a request the documented syntax accepts must not cause one.',
      statements: ["*.model.errors.InternalServerErrorException", ...NESTED_INPUT_SYNTAX],
    },
    "status-codes/invalid-input-rejected": {
      rule: "BadRequestException (HTTP 400): \"A bad request exception object.\" A body that is not JSON, or a query-string value that does not parse as its member's type (restJson1, Smithy's malformed-request tests: 400 SerializationException), is refused with a 400 input error, or with an error of the state the request meets; never with a 5xx.",
      statements: ["*.model.errors.BadRequestException"],
    },
    "status-codes/valid-input-accepted": {
      rule: 'The mirror of invalid-input-rejected. BadRequestException (HTTP 400): "A bad request exception object." A request whose every member satisfies the documented rules (maxResults within 1–50, "the value of NextToken from the previous response", a batch of account ids of 12 digits, the caller\'s own detector id: "The unique ID of the detector of the GuardDuty account"), sent where the state lets it succeed, is not refused with a 400.',
      statements: [
        CALLERS_DETECTOR,
        "DeleteDetector.model.deletes-an-amazon-guardduty-detector",
        "*.model.input.MaxResults.the-maximum-value-is-50",
        ...ofPagedLists("input.NextToken.for-subsequent-calls-to-the"),
      ],
    },
    "status-codes/model-constraint-enforced": {
      rule: "The AWS model constrains every input member (accountIds: 1 to 50 ids of 12 characters; maxResults 1–50; an email of 1 to 64 characters; tags, features …); services and emulators enforce these differently, so accepting such input is a leniency, a failure only with --strict.",
      statements: [...NESTED_INPUT_SYNTAX, "*.model.input.MaxResults.the-maximum-value-is-50"],
    },
    "error-shapes/documented-type": {
      rule: "The AWS model lists each operation's errors (BadRequestException, InternalServerErrorException); any other must be an error the service's model defines or one of AWS's Common Errors, or no AWS client can tell what it means.",
    },
    "error-shapes/status-matches-type": {
      rule: "The AWS model gives each error its HTTP status (BadRequestException: 400, InternalServerErrorException: 500); the response's status must be that one.",
    },
    "error-shapes/message": {
      rule: 'Every error shape of the model has a message ("The error message.", JSON name message); clients read `message`, else `Message`.',
    },
    "success-shapes/success-status": {
      rule: 'The AWS model binds each operation\'s success to a status ("POST /detector/{DetectorId}/member/invite, success 200"): a success answers with it.',
    },
    "success-shapes/schema": {
      rule: "The output shape of the AWS model (member names and types, e.g. unprocessedAccounts: a list of UnprocessedAccount objects with accountId and result strings, both required).",
      statements: NESTED_OUTPUT_SYNTAX,
    },
    "unprocessed-accounts/entry-from-request": {
      rule: 'unprocessedAccounts: "A list of objects that contain the unprocessed account and a result string that explains why it was unprocessed" — of the accounts the request named, so each accountId is one the request sent, exactly as sent.',
      statements: [...UNPROCESSED_LISTS, "UnprocessedAccount.model.AccountId.*"],
    },
    "unprocessed-accounts/no-duplicates": {
      rule: "unprocessedAccounts lists each account that could not be processed: an account appears at most as often as the request named it.",
      statements: UNPROCESSED_LISTS,
    },
    "unprocessed-accounts/processing-result": {
      rule: 'UnprocessedAccount.result: "A reason why the account hasn\'t been processed" (a required string): it is not blank.',
      statements: ["UnprocessedAccount.model.Result.*", "*.model.output.UnprocessedAccounts.a-list-of-objects-that"],
    },
    "status-codes/activation-required": {
      rule: 'CreateMembers acts through "The unique ID of the detector of the GuardDuty account for which you want to associate member accounts", and "To start using GuardDuty, you must create a detector": an account that never created one is refused, never served.',
      statements: ["CreateMembers.model.input.DetectorId.the-unique-id-of-the"],
    },
    "unprocessed-accounts/ineligible-reported": {
      rule: 'An account the operation cannot act on (InviteMembers: CreateMembers "is a prerequisite for managing the associated member accounts either by invitation or through an organization"; DeclineInvitations: no invitation from that account) could not be processed and must be listed in unprocessedAccounts, "A list of objects that contain the unprocessed account and a result string that explains why it was unprocessed".',
      statements: [
        ...UNPROCESSED_LISTS,
        "*.model.input.AccountIds.a-list-of-account-ids",
        "CreateMembers.model.this-step-is-a-prerequisite",
        "GetMembers.model.retrieves-guardduty-member-accounts-of",
      ],
    },
    "unprocessed-accounts/eligible-processed": {
      rule: "unprocessedAccounts lists only the accounts that could not be processed: an account the operation can act on must not be in it, even when others in the batch are.",
      statements: UNPROCESSED_LISTS,
    },
    "state/invite-visible-to-invitee": {
      rule: 'InviteMembers "Invites Amazon Web Services accounts to become members of an organization administered by the Amazon Web Services account that invokes this API": a processed invitation is listed by the invitee\'s ListInvitations and counted by GetInvitationsCount.',
      statements: [
        "InviteMembers.model.invites-amazon-web-services-accounts",
        "InviteMembers.model.you-can-now-invoke-this",
        "InviteMembers.model.the-invited-accounts-can-either",
        "InviteMembers.model.input.AccountIds.a-list-of-account-ids",
        "CreateMembers.model.this-step-is-a-prerequisite",
        "GetInvitationsCount.model.returns-the-count-of-all",
        "GetInvitationsCount.model.output.InvitationsCount.the-number-of-received-invitations",
      ],
    },
    "state/invite-reflected-for-administrator": {
      rule: `relationshipStatus, "The status of the relationship between the member and the administrator": after a processed invite, the administrator's GetMembers shows the account as Invited ${RELATIONSHIP}.`,
      statements: [MEMBER_STATUS],
    },
    "state/unprocessed-has-no-effect": {
      rule: 'unprocessedAccounts lists "the unprocessed account and a result string that explains why it was unprocessed": the call must not have acted on it.',
      statements: UNPROCESSED_LISTS,
    },
    "state/decline-removes-invitation": {
      rule: 'DeclineInvitations "Declines invitations sent to the current member account by Amazon Web Services accounts specified by their account IDs" (DeleteInvitations "Deletes" them alike): a processed decline leaves no pending invitation from that administrator.',
      statements: ["DeclineInvitations.model.declines-invitations-sent-to-the", "DeleteInvitations.model.deletes-invitations-sent-to-the"],
    },
    "state/decline-only-named": {
      rule: 'DeclineInvitations acts on invitations "by Amazon Web Services accounts specified by their account IDs": invitations from administrators it did not name stay pending.',
      statements: [
        "DeclineInvitations.model.declines-invitations-sent-to-the",
        "DeclineInvitations.model.input.AccountIds.a-list-of-account-ids",
        "DeleteInvitations.model.deletes-invitations-sent-to-the",
        "DeleteInvitations.model.input.AccountIds.a-list-of-account-ids",
      ],
    },
    "state/pending-invitation-listed": {
      rule: 'ListInvitations "Lists all GuardDuty membership invitations that were sent to the current Amazon Web Services account": an invitation sent and neither declined, deleted nor accepted is listed.',
      statements: [
        "ListInvitations.model.lists-all-guardduty-membership-invitations",
        "ListInvitations.model.output.Invitations.a-list-of-invitation-descriptions",
        "Invitation.model.AccountId.the-id-of-the-account",
      ],
    },
    "state/no-phantom-invitation": {
      rule: "ListInvitations lists invitations that were sent to the caller: none from an administrator that never invited it, or whose invitation was declined, deleted or accepted.",
      statements: [
        "ListInvitations.model.lists-all-guardduty-membership-invitations",
        "ListInvitations.model.output.Invitations.a-list-of-invitation-descriptions",
        "Invitation.model.AccountId.the-id-of-the-account",
      ],
    },
    "state/accept-needs-invitation": {
      rule: 'AcceptAdministratorInvitation "Accepts the invitation to be a member account and get monitored by a GuardDuty administrator account that sent the invitation" (invitationId: "The value that is used to validate the administrator account to the member account"): with no such invitation it answers a documented error (BadRequestException).',
      statements: [
        "AcceptAdministratorInvitation.model.accepts-the-invitation-to-be",
        "AcceptAdministratorInvitation.model.input.AdministratorId.the-account-id-of-the",
        "AcceptAdministratorInvitation.model.input.InvitationId.the-value-that-is-used",
      ],
    },
    "state/activated-account-served": {
      rule: 'CreateDetector "Creates a single GuardDuty detector", and "To start using GuardDuty, you must create a detector": an account whose detector the suite created is not refused as one without a detector.',
      statements: [
        "CreateDetector.model.creates-a-single-guardduty-detector",
        "CreateDetector.model.a-detector-is-a-resource",
        "CreateDetector.model.to-start-using-guardduty-you",
        "CreateDetector.model.output.DetectorId.the-unique-id-of-the",
        "ListDetectors.model.lists-detectorids-of-all-the",
        "ListDetectors.model.output.DetectorIds.a-list-of-detector-ids",
      ],
    },
    "state/created-member-shown": {
      rule: `CreateMembers "Creates member accounts of the current Amazon Web Services account by specifying a list of Amazon Web Services account IDs": the administrator's GetMembers shows the account as Created ${RELATIONSHIP}, with the email it was given (when it shows one) and itself as administratorId and masterId, "The administrator account ID" (when it shows them).`,
      statements: [
        "CreateMembers.model.creates-member-accounts-of-the",
        "CreateMembers.model.input.AccountDetails.a-list-of-account-id",
        "AccountDetail.model.AccountId.the-member-account-id",
        "AccountDetail.model.Email.the-email-address-of-the",
        "GetMembers.model.retrieves-guardduty-member-accounts-of",
        "GetMembers.model.output.Members.a-list-of-members",
        "Member.model.AccountId.the-id-of-the-member",
        "Member.model.Email.the-email-address-of-the",
        "Member.model.AdministratorId.the-administrator-account-id",
        "Member.model.MasterId.the-administrator-account-id",
        MEMBER_STATUS,
      ],
    },
    "state/accept-associates": {
      rule: `AcceptAdministratorInvitation "Accepts the invitation to be a member account and get monitored by a GuardDuty administrator account that sent the invitation" (invitationId, as ListInvitations shows it: "This value is used to validate the inviter account to the member account"): the accept succeeds and the administrator's GetMembers shows the member Enabled ${RELATIONSHIP}.`,
      statements: [
        "AcceptAdministratorInvitation.model.accepts-the-invitation-to-be",
        "AcceptAdministratorInvitation.model.input.AdministratorId.the-account-id-of-the",
        "AcceptAdministratorInvitation.model.input.InvitationId.the-value-that-is-used",
        // The member accepts through its own detector: the accept that must succeed carries it.
        "AcceptAdministratorInvitation.model.input.DetectorId.the-unique-id-of-the",
        "Invitation.model.InvitationId.the-id-of-the-invitation",
        "Invitation.model.InvitationId.this-value-is-used-to",
        MEMBER_STATUS,
      ],
    },
    "state/disassociate-shows-removed": {
      rule: `DisassociateMembers "Disassociates GuardDuty member accounts (from the current administrator account) specified by the account IDs", and "If you disassociate a member account that was added by invitation, the member account details obtained from this API, including the associated email addresses, will be retained": the call succeeds, and afterwards the administrator's GetMembers shows the member Removed ${RELATIONSHIP}.`,
      statements: [
        "DisassociateMembers.model.disassociates-guardduty-member-accounts-from",
        "DisassociateMembers.model.if-you-disassociate-a-member",
        "DisassociateMembers.model.input.AccountIds.a-list-of-account-ids",
        // The same sentence under the calls that made the member: what they made is kept.
        "CreateMembers.model.if-you-disassociate-a-member",
        "InviteMembers.model.if-you-disassociate-a-member",
        "InviteMembers.model.after-the-invite-has-been",
        MEMBER_STATUS,
      ],
    },
    "state/resign-shows-resigned": {
      rule: `DisassociateFromAdministratorAccount "Disassociates the current GuardDuty member account from its administrator account": the call succeeds, and afterwards the administrator's GetMembers shows the member Resigned ${RELATIONSHIP}.`,
      statements: [
        "DisassociateFromAdministratorAccount.model.disassociates-the-current-guardduty-member",
        // The member leaves through its own detector: the call that must succeed carries it.
        "DisassociateFromAdministratorAccount.model.input.DetectorId.the-unique-id-of-the",
        MEMBER_STATUS,
      ],
    },
    "state/delete-removes-member": {
      rule: 'DeleteMembers "Deletes GuardDuty member accounts (to the current GuardDuty administrator account) specified by the account IDs": afterwards the administrator\'s GetMembers no longer shows it as a member (it lists it unprocessed, or shows it Deleted).',
      statements: ["DeleteMembers.model.deletes-guardduty-member-accounts-to", "DeleteMembers.model.input.AccountIds.a-list-of-account-ids"],
    },
    "state/administrator-shown": {
      rule: 'GetAdministratorAccount "Provides the details of the GuardDuty administrator account associated with the current GuardDuty member account": it names the administrator whose invitation the account accepted, and no administrator as current once the account was disassociated (an account that is no member gets "success (HTTP 200) but no content"; a record of the past relation is allowed).',
      statements: [
        "GetAdministratorAccount.model.provides-the-details-of-the",
        "GetAdministratorAccount.model.when-a-member-account-runs",
        "GetAdministratorAccount.model.when-an-individual-account-not",
        "GetAdministratorAccount.model.output.Administrator.the-administrator-account-details",
        "Administrator.model.AccountId.the-id-of-the-account",
      ],
    },
    "state/count-excludes-accepted": {
      rule: 'GetInvitationsCount "Returns the count of all GuardDuty membership invitations that were sent to the current member account except the currently accepted invitation."',
      statements: [
        "GetInvitationsCount.model.returns-the-count-of-all",
        "GetInvitationsCount.model.output.InvitationsCount.the-number-of-received-invitations",
      ],
    },
    "state/only-associated-filter": {
      rule: 'ListMembers onlyAssociated "Specifies whether to only return associated members or to return all members (including members who haven\'t been invited yet or have been disassociated)": asked for associated members only, it lists the members whose relationship is Enabled; asked for all, every member "previously associated with the GuardDuty administrator account using Create Members". The model states no default: left out, a list of the associated members alone and one of every member both pass.',
      statements: [
        "ListMembers.model.lists-details-about-all-member",
        "ListMembers.model.input.OnlyAssociated.specifies-whether-to-only-return",
        "ListMembers.model.input.OnlyAssociated.member-accounts-must-have-been",
        "ListMembers.model.output.Members.a-list-of-members",
      ],
    },
    "pagination/page-within-max-results": {
      rule: 'maxResults: "You can use this parameter to indicate the maximum number of items that you want in the response." No page holds more items than maxResults asks for (fewer are allowed).',
      statements: ofPagedLists("input.MaxResults.you-can-use-this-parameter"),
    },
    "pagination/next-token-complete": {
      rule: 'nextToken: "For subsequent calls to the action, fill nextToken in the request with the value of NextToken from the previous response to continue listing data." Following the tokens visits every item exactly once and ends; pages shorter than maxResults and a trailing empty page are allowed.',
      statements: ofPagedLists(
        "input.NextToken.you-can-use-this-parameter",
        "input.NextToken.set-the-value-of-this",
        "input.NextToken.for-subsequent-calls-to-the",
        "output.NextToken.the-pagination-parameter-to-be",
      ),
    },
    "isolation/list-only-own-invitations": {
      rule: 'ListInvitations "Lists all GuardDuty membership invitations that were sent to the current Amazon Web Services account": no invitation sent to another account.',
      statements: ["ListInvitations.model.lists-all-guardduty-membership-invitations"],
    },
    "isolation/others-untouched": {
      rule: 'DeclineInvitations "Declines invitations sent to the current member account" (DeleteInvitations deletes those alike): a decline by one account leaves invitations sent to other accounts pending.',
      statements: ["DeclineInvitations.model.declines-invitations-sent-to-the", "DeleteInvitations.model.deletes-invitations-sent-to-the"],
    },
    "isolation/members-per-administrator": {
      rule: "ListMembers \"Lists details about all member accounts for the current GuardDuty administrator account\": one administrator's members are not another's, so it lists no account the caller never made its member.",
      statements: ["ListMembers.model.lists-details-about-all-member"],
    },
    "parity/unprocessed-accounts": {
      rule: "A batch answer lists the same set of accounts unprocessed as the reference (order and result texts may differ).",
    },
  },
  untested: [
    // Organizations and delegated administrators.
    { statements: "CreateMembers.model.as-a-delegated-administrator-using", kind: "not-observable", reason: ORGANIZATIONS },
    { statements: "CreateMembers.model.a-delegated-administrator-must-enable", kind: "not-observable", reason: ORGANIZATIONS },
    { statements: "CreateMembers.model.when-you-use-createmembers-as", kind: "not-observable", reason: ORGANIZATIONS },
    // Sentences that speak of a delegated administrator (those of InviteMembers without one are pointers, below).
    ...[
      "CreateMembers.model.this-is-done-so-that",
      "CreateMembers.model.to-remove-the-details-associated",
      "InviteMembers.model.this-is-done-so-that-2",
      "InviteMembers.model.to-remove-the-details-associated-2",
      "DisassociateFromAdministratorAccount.model.this-is-done-so-that",
      "DisassociateFromAdministratorAccount.model.to-remove-the-details-associated",
      "DisassociateMembers.model.this-is-done-so-that*",
      "DisassociateMembers.model.to-remove-the-details-associated*",
    ].map((statements) => ({ statements, kind: "not-observable" as const, reason: ORGANIZATIONS })),
    { statements: "*.model.when-the-member-accounts-added", kind: "not-observable", reason: ORGANIZATIONS },
    { statements: "*.model.you-can-create-an-association", kind: "not-observable", reason: ORGANIZATIONS },
    { statements: "*.model.when-you-disassociate-an-invited", kind: "not-observable", reason: ORGANIZATIONS },
    { statements: "*.model.with-autoenableorganizationmembers-configuration-for-your", kind: "not-observable", reason: ORGANIZATIONS },
    { statements: "InviteMembers.model.if-you-are-using-amazon", kind: "not-observable", reason: ORGANIZATIONS },
    // What a detector monitors.
    {
      statements: "CreateDetector.model.all-data-sources-are-enabled",
      kind: "not-observable",
      reason: DETECTOR_FEATURES,
    },
    { statements: "CreateDetector.model.when-you-*", kind: "not-observable", reason: DETECTOR_FEATURES },
    {
      statements: "CreateDetector.model.specifying-both-eks-runtime-monitoring",
      kind: "not-observable",
      reason: `${DETECTOR_FEATURES} The error it names is a rule between two features that the model states only in prose; the suite does not enforce it.`,
    },
    { statements: "CreateDetector.model.you-can-add-only-one", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "CreateDetector.model.input.FindingPublishingFrequency.a-value-that-specifies-how", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "CreateDetector.model.input.DataSources.describes-which-data-sources-will", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "CreateDetector.model.input.Features.a-list-of-features-that", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "CreateDetector.model.output.UnprocessedDataSources.specifies-the-data-sources-that", kind: "not-observable", reason: DETECTOR_FEATURES },
    {
      statements: "CreateDetector.model.input.Enable.a-boolean-value-that-specifies",
      kind: "not-observable",
      reason: "Whether a detector is enabled is read by GetDetector, outside the member-invitation family; the suite creates its detectors enabled.",
    },
    {
      statements: "CreateDetector.model.input.Tags.the-tags-to-be-added",
      kind: "not-observable",
      reason: "No operation of the member-invitation family reads a detector's tags.",
    },
    { statements: "DataSourceConfigurations.model.*.describes-*", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "DetectorAdditionalConfiguration.model.*-of-the-additional-configuration", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "DetectorFeatureConfiguration.model.*.the-*-of-the-feature", kind: "not-observable", reason: DETECTOR_FEATURES },
    {
      statements: "DetectorFeatureConfiguration.model.AdditionalConfiguration.additional-configuration-for-a-resource",
      kind: "not-observable",
      reason: DETECTOR_FEATURES,
    },
    { statements: "EbsVolumesResult.model.Status.describes-whether-scanning-ebs-volumes", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "EbsVolumesResult.model.Reason.specifies-the-reason-why-scanning", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "KubernetesAuditLogsConfiguration.model.Enable.the-status-of-kubernetes-audit", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "KubernetesConfiguration.model.AuditLogs.the-status-of-kubernetes-audit", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "MalwareProtectionConfiguration*.model.*.describes-the-configuration-of-malware", kind: "not-observable", reason: DETECTOR_FEATURES },
    {
      statements: "MalwareProtectionConfigurationResult.model.ServiceRole.the-guardduty-malware-protection-service",
      kind: "not-observable",
      reason: DETECTOR_FEATURES,
    },
    { statements: "S3LogsConfiguration.model.Enable.the-status-of-s3-data", kind: "not-observable", reason: DETECTOR_FEATURES },
    { statements: "ScanEc2InstanceWithFindings*.model.EbsVolumes.describes-the-configuration-*", kind: "not-observable", reason: DETECTOR_FEATURES },
    // Other Regions.
    {
      statements: "CreateDetector.model.*there-might-be-regional-differences",
      kind: "not-observable",
      reason: "A run certifies one Region: what differs in the others is not seen.",
    },
    // Email, time, and more items than a run makes.
    {
      statements: "InviteMembers.model.input.DisableEmailNotification.a-boolean-value-that-specifies",
      kind: "not-observable",
      reason: "An invitation's email is sent outside any API answer.",
    },
    {
      statements: "InviteMembers.model.input.Message.the-invitation-message-that-you",
      kind: "not-observable",
      reason: "The invitation's message reaches the invitee by email: no operation of the family answers with it.",
    },
    { statements: "*.model.InvitedAt.the-timestamp-when-the-invitation", kind: "not-observable", reason: CLOCK },
    { statements: "Member.model.UpdatedAt.the-last-updated-timestamp-of", kind: "not-observable", reason: CLOCK },
    {
      statements: "ListDetectors.model.*.NextToken.*-*",
      kind: "not-observable",
      reason:
        'An account has one detector at most (CreateDetector: "You can have only one detector per account per Region"), so ListDetectors never has a second page to hand on.',
    },
    {
      statements: "ListDetectors.model.input.MaxResults.you-can-use-this-parameter",
      kind: "not-observable",
      reason:
        'An account has one detector at most (CreateDetector: "You can have only one detector per account per Region"), so no page of ListDetectors can hold more than one.',
    },
    {
      statements: "*.model.input.MaxResults.the-default-value-is-50",
      kind: "not-observable",
      reason: "The default shows only on a list of more than 50 items, and no case gives an account that many detectors, invitations or members.",
    },
    // Open choices.
    {
      statements: "GetAdministratorAccount.model.when-the-guardduty-administrator-account",
      kind: "open-choice",
      reason:
        "AWS's documents disagree: the model marks the answer's administrator required, where this says an administrator's own read answers no content. The suite reads no administrator's own administrator, and judges a success by its documented status.",
    },
    {
      statements: "CreateDetector.model.you-can-have-only-one",
      kind: "open-choice",
      reason:
        "How a second CreateDetector is answered is left open: the model names no error of its own for it (BadRequestException answers every refusal), and a retry with the first call's clientToken may answer the same detector. Any documented answer passes; the suite reads a 400 as the service already on and finds the detector with ListDetectors.",
    },
    {
      statements: "InviteMembers.model.to-invite-amazon-web-services",
      kind: "open-choice",
      reason:
        "What InviteMembers does for an account that has no detector yet is left open (it may invite it, or list it unprocessed): the suite creates a detector for every account it invites, and judges the other answers by the documented statuses.",
    },
    {
      statements: "InviteMembers.model.each-invited-amazon-web-services",
      kind: "open-choice",
      reason:
        "How an account answers a second administrator's invitation after accepting one is left open (refused, or the first association ended): the state machine then holds the first association unknown, so either passes. An account associated with two administrators at once is not looked for.",
    },
    {
      statements: "ListMembers.model.output.Members.the-values-for-email-and",
      kind: "open-choice",
      reason:
        "Which members show their email and invitedAt is the service's to say: the suite compares an email only where a read shows one (state/created-member-shown), and a timestamp never.",
    },
    {
      statements: "Member.model.DetectorId.the-detector-id-of-the",
      kind: "open-choice",
      reason:
        "Optional in the model: a member shows its detector id or not (one not associated yet has none the administrator may know of). Its type is success-shapes/schema's; its value is not compared.",
    },
    {
      statements: "Invitation.model.RelationshipStatus.the-status-of-the-relationship",
      kind: "open-choice",
      reason: "The model lists no values for an invitation's status (services answer Invited, Pending …): any string passes (success-shapes/schema).",
    },
    {
      statements: "Administrator.model.RelationshipStatus.the-status-of-the-relationship",
      kind: "open-choice",
      reason:
        "The model lists no values for the status beside a member's administrator: any string passes (success-shapes/schema), and a former administrator may be shown with one that is not Enabled (state/administrator-shown).",
    },
    {
      statements: "Administrator.model.InvitationId.the-value-that-is-used",
      kind: "open-choice",
      reason:
        "The value is the service's own, and nothing is documented to take it from GetAdministratorAccount (the accept takes it from ListInvitations, state/accept-associates): any string passes (success-shapes/schema).",
    },
    // A valid email address, in prose: its syntax is a string of 1 to 64 characters.
    ...[
      "AccountDetail.model.Email.the-email-address-must-be",
      "AccountDetail.model.Email.all-characters-must-be-7",
      "AccountDetail.model.Email.there-must-be-one-and",
      "AccountDetail.model.Email.the-local-name-can-t*",
      "AccountDetail.model.Email.whitespace",
      "AccountDetail.model.Email.the-domain-name-*",
    ].map((statements) => ({
      statements,
      kind: "open-choice" as const,
      reason:
        "A rule of a valid email address that the model states only in prose (its syntax is a string of 1 to 64 characters): a service may check it or not. The suite sends no email breaking it as invalid input, and never counts on a call with an email to succeed.",
    })),
    // No behaviour.
    { statements: "*.for-more-information-see-*", kind: "informative", reason: "A pointer to the GuardDuty User Guide." },
    { statements: "AccountDetail.model.Email.the-following-list-includes-the", kind: "informative", reason: "Introduces the rules that follow." },
    {
      statements: "InviteMembers.model.this-is-done-so-that",
      kind: "informative",
      reason: "Says why a disassociated member's details are kept (state/disassociate-shows-removed checks that they are).",
    },
    {
      statements: "InviteMembers.model.to-remove-the-details-associated",
      kind: "informative",
      reason: "A pointer to DeleteMembers, whose effect state/delete-removes-member checks.",
    },
    {
      statements: "CreateMembers.model.for-more-information-about-the",
      kind: "informative",
      reason: "A pointer to DescribeOrganizationConfiguration, outside the member-invitation family.",
    },
    {
      statements: "*.model.input.DetectorId.to-find-the-detectorid-in",
      kind: "informative",
      reason: "A pointer to the console and to ListDetectors, which the suite calls to find an account's detector when it was switched on already.",
    },
    {
      statements: "GetAdministratorAccount.model.based-on-the-type-of",
      kind: "informative",
      reason: "Introduces the list of cases that follows (each one enforced by state/administrator-shown).",
    },
    {
      statements: "CreateDetector.model.input.ClientToken.the-idempotency-token-for-the",
      kind: "informative",
      reason:
        "Names what the member is for; how a retry with the same token is answered is not stated, so the answers are judged by the documented statuses alone.",
    },
  ],
};
