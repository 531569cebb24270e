/** AWS Security Hub's member invitations: the suite's first service. */
import type { ServiceDescriptor } from "../service-descriptor.ts";

const ACCOUNT_IDS = { body: "/AccountIds/*" } as const;
const PAGED_IN_QUERY = { in: "query", maxResults: "MaxResults", nextToken: "NextToken", answerNextToken: "NextToken" } as const;

export const SECURITY_HUB: ServiceDescriptor = {
  name: "securityhub",
  title: "AWS Security Hub",
  model: {
    apiVersion: "2018-10-26",
    extract: "sources/securityhub-members.service-2.json",
    provenance: "sources/securityhub-members.provenance.json",
    openApi: "securityhub.openapi.json",
    statements: "statements.json",
  },
  operations: [
    "EnableSecurityHub",
    "DisableSecurityHub",
    "CreateMembers",
    "InviteMembers",
    "DeclineInvitations",
    "ListInvitations",
    "GetInvitationsCount",
    "AcceptAdministratorInvitation",
    "GetAdministratorAccount",
    "DisassociateFromAdministratorAccount",
    "DeleteInvitations",
    "GetMembers",
    "ListMembers",
    "DisassociateMembers",
    "DeleteMembers",
  ],
  referencePages: {
    InviteMembers: { url: "https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_InviteMembers.html", file: "InviteMembers.reference-page.txt" },
    DeclineInvitations: {
      url: "https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DeclineInvitations.html",
      file: "DeclineInvitations.reference-page.txt",
    },
  },
  endpoint: { signingName: "securityhub", variable: "AWS_ENDPOINT_URL_SECURITYHUB", prefix: "securityhub" },
  activation: {
    enable: { operation: "EnableSecurityHub", input: {} },
    // ResourceConflictException: "The resource specified in the request conflicts with an existing resource" (the model).
    alreadyEnabled: [{ status: 409, error: "ResourceConflictException" }],
    refusedAsOff: { status: 401, error: "InvalidAccessException" },
    command: "aws securityhub enable-security-hub",
    disable: { operation: "DisableSecurityHub" },
  },
  stateErrors: ["ResourceNotFoundException", "ResourceConflictException"],
  names: { accountIds: "AccountIds", accountId: "AccountId" },
  unprocessed: { list: "UnprocessedAccounts", reason: ["ProcessingResult"] },
  member: {
    email: "Email",
    status: "MemberStatus",
    administratorId: "AdministratorId",
    deprecatedAdministratorId: "MasterId",
    statuses: { created: "Created", invited: "Invited", enabled: "Enabled", removed: "Removed", resigned: "Resigned" },
    documentedStatuses: {
      values: ["Created", "Invited", "Enabled", "Removed", "Resigned", "Deleted", "AccountSuspended"],
      source: "the AWS model, Member.MemberStatus",
    },
  },
  invitation: { accountId: "AccountId", invitationId: "InvitationId", status: "MemberStatus" },
  family: {
    createMembers: { operation: "CreateMembers", accounts: { body: "/AccountDetails/*/AccountId" }, invites: false },
    inviteMembers: { operation: "InviteMembers", accounts: ACCOUNT_IDS },
    acceptInvitation: { operation: "AcceptAdministratorInvitation", administratorId: "AdministratorId", invitationId: "InvitationId" },
    declineInvitations: { operation: "DeclineInvitations", accounts: ACCOUNT_IDS },
    deleteInvitations: { operation: "DeleteInvitations", accounts: ACCOUNT_IDS },
    listInvitations: { operation: "ListInvitations", list: "Invitations", paging: PAGED_IN_QUERY },
    getInvitationsCount: { operation: "GetInvitationsCount", count: "InvitationsCount" },
    getAdministrator: { operation: "GetAdministratorAccount", administrator: "Administrator" },
    disassociateFromAdministrator: { operation: "DisassociateFromAdministratorAccount" },
    getMembers: { operation: "GetMembers", accounts: ACCOUNT_IDS, list: "Members" },
    listMembers: { operation: "ListMembers", list: "Members", paging: PAGED_IN_QUERY, onlyAssociated: "OnlyAssociated", onlyAssociatedDefault: true },
    disassociateMembers: { operation: "DisassociateMembers", accounts: ACCOUNT_IDS },
    deleteMembers: { operation: "DeleteMembers", accounts: ACCOUNT_IDS },
  },
};
