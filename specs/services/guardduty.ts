/**
 * Amazon GuardDuty's member invitations: the family of Security Hub's operation names, in camelCase on the wire, each
 * member operation acting through the caller's detector, whose id is in its path (`/detector/{DetectorId}/member/invite`).
 */
import type { ServiceDescriptor } from "../service-descriptor.ts";

const ACCOUNT_IDS = { body: "/accountIds/*" } as const;
const PAGED_IN_QUERY = { in: "query", maxResults: "maxResults", nextToken: "nextToken", answerNextToken: "nextToken" } as const;

export const GUARDDUTY: ServiceDescriptor = {
  name: "guardduty",
  title: "Amazon GuardDuty",
  model: {
    apiVersion: "2017-11-28",
    extract: "sources/guardduty-members.service-2.json",
    provenance: "sources/guardduty-members.provenance.json",
    openApi: "guardduty.openapi.json",
    statements: "guardduty.statements.json",
  },
  operations: [
    "CreateDetector",
    "DeleteDetector",
    "ListDetectors",
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
  referencePages: {},
  endpoint: { signingName: "guardduty", variable: "AWS_ENDPOINT_URL_GUARDDUTY", prefix: "guardduty" },
  activation: {
    // A detector switches GuardDuty on: "To start using GuardDuty, you must create a detector in each Region where you enable the service" (the model).
    enable: { operation: "CreateDetector", input: { enable: true } },
    // "You can have only one detector per account per Region" (the model): a second CreateDetector is refused with
    // the model's only client error, BadRequestException, so ListDetectors tells "already on" from a refusal.
    alreadyEnabled: [{ status: 400, error: "BadRequestException" }],
    command: "aws guardduty create-detector --enable",
    disable: { operation: "DeleteDetector" },
    resource: { idAt: "/detectorId", find: { operation: "ListDetectors", idAt: "/detectorIds/0" }, member: "DetectorId" },
  },
  // The model's one client error, BadRequestException, answers state and input alike: it is an input error already.
  stateErrors: [],
  proseInputRules: [
    {
      operation: "CreateDetector",
      statement: "CreateDetector.model.specifying-both-eks-runtime-monitoring",
      breaks: (input) => {
        const names = Array.isArray(input.features) ? input.features.map((f) => (f as { name?: unknown } | null)?.name) : [];
        return names.includes("EKS_RUNTIME_MONITORING") && names.includes("RUNTIME_MONITORING");
      },
    },
  ],
  successMayBeEmpty: [{ operation: "GetAdministratorAccount", statement: "GetAdministratorAccount.model.when-an-individual-account-not" }],
  names: { accountIds: "accountIds", accountId: "accountId" },
  unprocessed: { list: "unprocessedAccounts", reason: ["result"] },
  member: {
    email: "email",
    status: "relationshipStatus",
    administratorId: "administratorId",
    // The earlier name GuardDuty's Member still carries (required, "The administrator account ID"): it must name the administrator too.
    deprecatedAdministratorId: "masterId",
    // The model and the API reference give relationshipStatus as a plain string: these are the steps' names as
    // GuardDuty's console and AWS::GuardDuty::Member show them, the same as Security Hub's (to confirm on a real account).
    statuses: { created: "Created", invited: "Invited", enabled: "Enabled", removed: "Removed", resigned: "Resigned" },
    documentedStatuses: { values: [], source: "none: GuardDuty's model and API reference list no values for relationshipStatus" },
  },
  invitation: { accountId: "accountId", invitationId: "invitationId", status: "relationshipStatus" },
  family: {
    createMembers: { operation: "CreateMembers", accounts: { body: "/accountDetails/*/accountId" }, invites: false },
    inviteMembers: { operation: "InviteMembers", accounts: ACCOUNT_IDS },
    acceptInvitation: { operation: "AcceptAdministratorInvitation", administratorId: "administratorId", invitationId: "invitationId" },
    declineInvitations: { operation: "DeclineInvitations", accounts: ACCOUNT_IDS },
    deleteInvitations: { operation: "DeleteInvitations", accounts: ACCOUNT_IDS },
    listInvitations: { operation: "ListInvitations", list: "invitations", paging: PAGED_IN_QUERY },
    getInvitationsCount: { operation: "GetInvitationsCount", count: "invitationsCount" },
    getAdministrator: { operation: "GetAdministratorAccount", administrator: "administrator" },
    disassociateFromAdministrator: { operation: "DisassociateFromAdministratorAccount" },
    getMembers: { operation: "GetMembers", accounts: ACCOUNT_IDS, list: "members" },
    listMembers: { operation: "ListMembers", list: "members", paging: PAGED_IN_QUERY, onlyAssociated: "onlyAssociated" },
    disassociateMembers: { operation: "DisassociateMembers", accounts: ACCOUNT_IDS },
    deleteMembers: { operation: "DeleteMembers", accounts: ACCOUNT_IDS },
  },
};
