/**
 * The descriptor's shape does not rule out the next services: Macie's and Detective's invitation families written as
 * descriptors (from their botocore 1.43.11 models; Macie's is vendored for its protocol-only descriptor, macie2.ts:
 * README.md beside this file says what each needs).
 * The compiler checks that they are descriptors; the test that their differences are said in the descriptor's terms.
 */
import { describe, expect, it } from "vitest";
import type { AccountsCall, ServiceDescriptor } from "../service-descriptor.ts";
import { MACIE as PROTOCOL_ONLY_MACIE } from "./macie2.ts";

const MACIE_IDS = { body: "/accountIds/*" } as const;
const ONE_MACIE_MEMBER = { label: "id" } as const;
const MACIE_PAGING = { in: "query", maxResults: "maxResults", nextToken: "nextToken", answerNextToken: "nextToken" } as const;

const MACIE: ServiceDescriptor = {
  // Its protocol-only descriptor (macie2.ts: the vendored model, the signing name and endpoint), grown to the family.
  ...PROTOCOL_ONLY_MACIE,
  operations: ["EnableMacie", "DisableMacie", "CreateMember", "CreateInvitations", "AcceptInvitation", "DeclineInvitations", "DeleteInvitations"],
  activation: {
    enable: { operation: "EnableMacie", input: {} },
    command: "aws macie2 enable-macie",
    alreadyEnabled: [{ status: 409, error: "ConflictException" }],
    disable: { operation: "DisableMacie" },
  },
  stateErrors: ["ResourceNotFoundException", "ConflictException"],
  names: { accountIds: "accountIds", accountId: "accountId" },
  unprocessed: { list: "unprocessedAccounts", reason: ["errorCode", "errorMessage"] },
  member: {
    email: "email",
    status: "relationshipStatus",
    administratorId: "administratorAccountId",
    statuses: { created: "Created", invited: "Invited", enabled: "Enabled", removed: "Removed", resigned: "Resigned" },
    documentedStatuses: {
      values: [
        "Enabled",
        "Paused",
        "Invited",
        "Created",
        "Removed",
        "Resigned",
        "EmailVerificationInProgress",
        "EmailVerificationFailed",
        "RegionDisabled",
        "AccountSuspended",
      ],
      source: "the AWS model, RelationshipStatus",
    },
  },
  invitation: { accountId: "accountId", invitationId: "invitationId", status: "relationshipStatus" },
  family: {
    createMembers: { operation: "CreateMember", accounts: { body: "/account/accountId" }, invites: false },
    inviteMembers: { operation: "CreateInvitations", accounts: MACIE_IDS },
    acceptInvitation: { operation: "AcceptInvitation", administratorId: "administratorAccountId", invitationId: "invitationId" },
    declineInvitations: { operation: "DeclineInvitations", accounts: MACIE_IDS },
    deleteInvitations: { operation: "DeleteInvitations", accounts: MACIE_IDS },
    listInvitations: { operation: "ListInvitations", list: "invitations", paging: MACIE_PAGING },
    getInvitationsCount: { operation: "GetInvitationsCount", count: "invitationsCount" },
    getAdministrator: { operation: "GetAdministratorAccount", administrator: "administrator" },
    disassociateFromAdministrator: { operation: "DisassociateFromAdministratorAccount" },
    getMembers: { operation: "GetMember", accounts: ONE_MACIE_MEMBER },
    listMembers: { operation: "ListMembers", list: "members", paging: MACIE_PAGING, onlyAssociated: "onlyAssociated" },
    disassociateMembers: { operation: "DisassociateMember", accounts: ONE_MACIE_MEMBER },
    deleteMembers: { operation: "DeleteMember", accounts: ONE_MACIE_MEMBER },
  },
};

const DETECTIVE_IDS = { body: "/AccountIds/*" } as const;
const DETECTIVE_PAGING = { in: "body", maxResults: "MaxResults", nextToken: "NextToken", answerNextToken: "NextToken" } as const;

const DETECTIVE: ServiceDescriptor = {
  name: "detective",
  title: "Amazon Detective",
  model: {
    apiVersion: "2018-10-26",
    extract: "sources/detective-members.service-2.json",
    provenance: "sources/detective-members.provenance.json",
    openApi: "detective.openapi.json",
    statements: "detective.statements.json",
  },
  operations: ["CreateGraph", "DeleteGraph", "ListGraphs", "CreateMembers", "AcceptInvitation", "RejectInvitation", "DisassociateMembership"],
  referencePages: {},
  endpoint: { signingName: "detective", variable: "AWS_ENDPOINT_URL_DETECTIVE", prefix: "api.detective" },
  activation: {
    enable: { operation: "CreateGraph", input: {} },
    command: "aws detective create-graph",
    alreadyEnabled: [{ status: 409, error: "ConflictException" }],
    disable: { operation: "DeleteGraph" },
    resource: { idAt: "/GraphArn", find: { operation: "ListGraphs", idAt: "/GraphList/0/Arn" }, member: "GraphArn" },
  },
  stateErrors: ["ResourceNotFoundException", "ConflictException"],
  names: { accountIds: "AccountIds", accountId: "AccountId" },
  unprocessed: { list: "UnprocessedAccounts", reason: ["Reason"] },
  member: {
    email: "EmailAddress",
    status: "Status",
    administratorId: "AdministratorId",
    statuses: { invited: "INVITED", enabled: "ENABLED" },
    documentedStatuses: {
      values: ["INVITED", "VERIFICATION_IN_PROGRESS", "VERIFICATION_FAILED", "ENABLED", "ACCEPTED_BUT_DISABLED"],
      source: "the AWS model, MemberStatus",
    },
  },
  invitation: { accountId: "AdministratorId", status: "Status" },
  family: {
    createMembers: { operation: "CreateMembers", accounts: { body: "/Accounts/*/AccountId" }, invites: true },
    acceptInvitation: { operation: "AcceptInvitation" },
    declineInvitations: { operation: "RejectInvitation" },
    listInvitations: { operation: "ListInvitations", list: "Invitations", paging: DETECTIVE_PAGING },
    disassociateFromAdministrator: { operation: "DisassociateMembership" },
    getMembers: { operation: "GetMembers", accounts: DETECTIVE_IDS, list: "MemberDetails" },
    listMembers: { operation: "ListMembers", list: "MemberDetails", paging: DETECTIVE_PAGING },
    deleteMembers: { operation: "DeleteMembers", accounts: DETECTIVE_IDS },
  },
};

const isBatch = (call: AccountsCall): boolean => "body" in call.accounts && call.accounts.body.includes("*");

describe("the descriptor's shape", () => {
  it("holds Macie's single-account member calls, with the account in the path, and its two-member unprocessed reason", () => {
    expect([MACIE.family.getMembers, MACIE.family.deleteMembers, MACIE.family.disassociateMembers!].map(isBatch)).toEqual([false, false, false]);
    expect(MACIE.family.getMembers.list).toBeUndefined();
    expect(MACIE.unprocessed.reason).toEqual(["errorCode", "errorMessage"]);
  });

  it("holds Detective's create-and-invite, its graph carried in every body, and its pages in the body", () => {
    expect([MACIE.family.createMembers.invites, DETECTIVE.family.createMembers.invites]).toEqual([false, true]);
    expect(DETECTIVE.family.inviteMembers).toBeUndefined();
    expect(DETECTIVE.family.declineInvitations.accounts).toBeUndefined();
    expect(DETECTIVE.activation.resource?.member).toBe("GraphArn");
    expect(DETECTIVE.family.listMembers.paging.in).toBe("body");
    expect(DETECTIVE.member.statuses.created).toBeUndefined();
  });
});
