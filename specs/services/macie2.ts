/**
 * Amazon Macie's member invitations (`macie2`), certified for protocol and shapes only: the suite plays no
 * member-invitation family of it yet, since its member calls act on one account each (CreateMember takes one
 * `account`; GetMember, DeleteMember and DisassociateMember carry it in the URI label `{id}`), which the family's
 * scenarios do not send. README.md beside this file says what its family would need; nothing here rules it out.
 */
import type { ModelFiles, ProtocolOnlyService } from "../service-descriptor.ts";

export const MACIE: ProtocolOnlyService & { readonly model: ModelFiles } = {
  name: "macie2",
  title: "Amazon Macie",
  model: {
    apiVersion: "2020-01-01",
    extract: "sources/macie2-members.service-2.json",
    provenance: "sources/macie2-members.provenance.json",
    openApi: "macie2.openapi.json",
    statements: "macie2.statements.json",
  },
  operations: [
    "EnableMacie",
    "DisableMacie",
    "CreateInvitations",
    "AcceptInvitation",
    "DeclineInvitations",
    "DeleteInvitations",
    "ListInvitations",
    "GetInvitationsCount",
    "GetAdministratorAccount",
    "DisassociateFromAdministratorAccount",
    "CreateMember",
    "GetMember",
    "ListMembers",
    "DisassociateMember",
    "DeleteMember",
  ],
  referencePages: {},
  endpoint: { signingName: "macie2", variable: "AWS_ENDPOINT_URL_MACIE2", prefix: "macie2" },
  // EnableMacie switches an account on (`{}` is valid input); each case's account is switched on first, as the
  // family's services' are, so that its calls meet a Macie that is on. An account already on answers with an error
  // the model does not pin down (ConflictException, 409, is the likely one): a protocol-only run judges that answer
  // by its shape alone, and never reads it as on or off.
  activation: {
    enable: { operation: "EnableMacie", input: {} },
    alreadyEnabled: [{ status: 409, error: "ConflictException" }],
    command: "aws macie2 enable-macie",
    disable: { operation: "DisableMacie" },
  },
  // Nothing to find (404), a conflict (409), no access (403), a quota (402): a protocol-only run knows no state, so
  // an answer with any of them is a documented refusal of valid input, and may come before the input is checked.
  stateErrors: ["AccessDeniedException", "ConflictException", "ResourceNotFoundException", "ServiceQuotaExceededException"],
  protocolOnly:
    "Amazon Macie's member calls act on one account each (CreateMember's account, the {id} of GetMember, DeleteMember and DisassociateMember), which the suite's member-invitation scenarios do not play yet (specs/services/README.md)",
};
