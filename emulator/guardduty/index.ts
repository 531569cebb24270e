/** Amazon GuardDuty, emulated: the reference handlers of its 16 operations (detectors and the member-invitation family), by AWS operation name. */
import { GUARDDUTY } from "../../specs/services/index.ts";
import { describedBy, type EmulatedService } from "../service.ts";
import { AcceptAdministratorInvitation, DisassociateFromAdministratorAccount, GetAdministratorAccount } from "./administrator.ts";
import { throughOwnDetector, withDetector } from "./detector-access.ts";
import { CreateDetector, DeleteDetector, ListDetectors } from "./detectors.ts";
import { MESSAGE_AND_TYPE } from "./errors.ts";
import { DeclineInvitations, DeleteInvitations, GetInvitationsCount, ListInvitations } from "./invitations.ts";
import { CreateMembers, DeleteMembers, DisassociateMembers, GetMembers, InviteMembers, ListMembers } from "./members.ts";
import { GuardDutyState, type GuardDutyHandler } from "./state.ts";

/** The operations with `/detector/{DetectorId}/…` in their path, which act through the caller's own detector. */
const THROUGH_THE_CALLERS_DETECTOR = {
  DeleteDetector,
  CreateMembers,
  InviteMembers,
  GetMembers,
  ListMembers,
  DisassociateMembers,
  DeleteMembers,
  AcceptAdministratorInvitation,
  GetAdministratorAccount,
  DisassociateFromAdministratorAccount,
};
/** The invitee's operations, whose path names no detector. */
const NAMING_NO_DETECTOR = { ListInvitations, GetInvitationsCount, DeclineInvitations, DeleteInvitations };

const wrapped = (handlers: Record<string, GuardDutyHandler>, wrap: (handler: GuardDutyHandler) => GuardDutyHandler): Record<string, GuardDutyHandler> =>
  Object.fromEntries(Object.entries(handlers).map(([operation, handler]) => [operation, wrap(handler)]));

export const GUARDDUTY_HANDLERS: Readonly<Record<string, GuardDutyHandler>> = {
  CreateDetector,
  ListDetectors,
  ...wrapped(THROUGH_THE_CALLERS_DETECTOR, throughOwnDetector),
  ...wrapped(NAMING_NO_DETECTOR, withDetector),
};

export const GUARDDUTY_EMULATION: EmulatedService<GuardDutyState> = {
  ...describedBy(GUARDDUTY),
  newState: () => new GuardDutyState(),
  handlers: GUARDDUTY_HANDLERS,
  errorBody: MESSAGE_AND_TYPE,
};

export { GuardDutyState, type GuardDutyAccount, type Detector, type GuardDutyHandler } from "./state.ts";
