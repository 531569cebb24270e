/** Which detector a call acts through: GuardDuty's member operations name the caller's own in their path. */
import type { GuardDutyHandler } from "./state.ts";
import { badRequest } from "./errors.ts";

/**
 * For the operations with `/detector/{DetectorId}/…` in their path: a DetectorId that is not the caller's own detector
 * is refused with the model's client error, in the words GuardDuty answers it (terraform-provider-aws#6937 and others).
 */
export const throughOwnDetector =
  (handler: GuardDutyHandler): GuardDutyHandler =>
  (call) => {
    const detector = call.state.account(call.caller).detector;
    if (detector?.id !== call.input.DetectorId) throw badRequest("The request is rejected because the input detectorId is not owned by the current account.");
    return handler(call);
  };

/**
 * For the invitee's operations, whose path names no detector (ListInvitations, GetInvitationsCount, DeclineInvitations,
 * DeleteInvitations). GuardDuty's documentation is silent on whether they need one; the emulator does what its Security
 * Hub does, where every operation but the one switching the service on needs the service switched on for the caller.
 */
export const withDetector =
  (handler: GuardDutyHandler): GuardDutyHandler =>
  (call) => {
    if (!call.state.account(call.caller).detector)
      throw badRequest("The request is rejected because the current account has no detector: call CreateDetector first.");
    return handler(call);
  };
