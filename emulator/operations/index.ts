/** Security Hub, emulated: the reference handlers of its 15 operations, by AWS operation name. */
import { SECURITY_HUB } from "../../specs/services/index.ts";
import type { Handler } from "../behaviour.ts";
import { describedBy, type EmulatedService } from "../service.ts";
import { ServiceError } from "../service-error.ts";
import { EmulatorState } from "../state.ts";
import { CODE_AND_MESSAGE } from "../wire.ts";
import { AcceptAdministratorInvitation, DisassociateFromAdministratorAccount, GetAdministratorAccount } from "./administrator.ts";
import { DeclineInvitations, DeleteInvitations, GetInvitationsCount, ListInvitations } from "./invitations.ts";
import { CreateMembers, DeleteMembers, DisassociateMembers, GetMembers, InviteMembers, ListMembers } from "./members.ts";
import { DisableSecurityHub, EnableSecurityHub } from "./security-hub.ts";

/** Every operation but EnableSecurityHub needs Security Hub enabled for the caller. */
const requiresSecurityHub =
  (handler: Handler): Handler =>
  (call) => {
    if (!call.state.account(call.caller).securityHubEnabled) {
      throw new ServiceError("InvalidAccessException", `Account ${call.caller} is not subscribed to AWS Security Hub.`);
    }
    return handler(call);
  };

export const REFERENCE_HANDLERS: Readonly<Record<string, Handler>> = {
  EnableSecurityHub,
  DisableSecurityHub: requiresSecurityHub(DisableSecurityHub),
  CreateMembers: requiresSecurityHub(CreateMembers),
  InviteMembers: requiresSecurityHub(InviteMembers),
  GetMembers: requiresSecurityHub(GetMembers),
  ListMembers: requiresSecurityHub(ListMembers),
  DisassociateMembers: requiresSecurityHub(DisassociateMembers),
  DeleteMembers: requiresSecurityHub(DeleteMembers),
  ListInvitations: requiresSecurityHub(ListInvitations),
  GetInvitationsCount: requiresSecurityHub(GetInvitationsCount),
  DeclineInvitations: requiresSecurityHub(DeclineInvitations),
  DeleteInvitations: requiresSecurityHub(DeleteInvitations),
  AcceptAdministratorInvitation: requiresSecurityHub(AcceptAdministratorInvitation),
  GetAdministratorAccount: requiresSecurityHub(GetAdministratorAccount),
  DisassociateFromAdministratorAccount: requiresSecurityHub(DisassociateFromAdministratorAccount),
};

export const SECURITY_HUB_EMULATION: EmulatedService<EmulatorState> = {
  ...describedBy(SECURITY_HUB),
  newState: () => new EmulatorState(),
  handlers: REFERENCE_HANDLERS,
  errorBody: CODE_AND_MESSAGE,
};
