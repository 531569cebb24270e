/** CreateDetector, DeleteDetector and ListDetectors: a detector switches GuardDuty on for its account. */
import { randomUUID } from "node:crypto";
import { closeMemberships } from "../membership/members.ts";
import { badRequest } from "./errors.ts";
import { nextTokenOf, pageOf } from "./paging.ts";
import type { GuardDutyHandler } from "./state.ts";

/**
 * "You can have only one detector per account per Region" (the model): a second CreateDetector is refused, in the
 * words GuardDuty answers it, unless it retries the first with its clientToken, the model's idempotency token
 * ("The idempotency token for the create request"), which answers the detector that request created.
 */
export const CreateDetector: GuardDutyHandler = ({ caller, input, state, now }) => {
  const account = state.account(caller);
  const clientToken = input.clientToken as string | undefined;
  if (account.detector) {
    if (clientToken !== undefined && clientToken === account.detector.clientToken) return { detectorId: account.detector.id };
    throw badRequest("The request is rejected because a detector already exists for the current account.");
  }
  // GuardDuty's detector ids are 32 lowercase hexadecimal digits.
  account.detector = { id: randomUUID().replaceAll("-", ""), clientToken, createdAt: now };
  return { detectorId: account.detector.id };
};

/**
 * The documentation says only that it "Deletes an Amazon GuardDuty detector". What becomes of its memberships is
 * silent; the emulator does what its Security Hub does on DisableSecurityHub: refused while the account is a member or
 * has associated members, otherwise its invitations are withdrawn and its members forgotten.
 */
export const DeleteDetector: GuardDutyHandler = ({ caller, state }) => {
  const refusal = closeMemberships(state, caller);
  if (refusal) throw badRequest(refusal);
  state.account(caller).detector = undefined;
  return {};
};

/** "Lists detectorIds of all the existing Amazon GuardDuty detector resources" of the caller: none, or its one. */
export const ListDetectors: GuardDutyHandler = (call) => {
  const detector = call.state.account(call.caller).detector;
  const page = pageOf(detector ? [detector.id] : [], (id) => id, call);
  return { detectorIds: page.items, ...nextTokenOf(page) };
};
