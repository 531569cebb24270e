/** GuardDuty's output shapes of the emulator's records, by their wire names (camelCase). */
import { unprocessedOf, type Unprocessed } from "../batch.ts";
import type { InvitationRecord, MemberRecord } from "../state.ts";
import type { GuardDutyState } from "./state.ts";

/** The batch's unprocessed accounts as GuardDuty lists them (see unprocessedOf). */
export function unprocessedAccounts(ids: readonly string[], process: (id: string) => string | undefined): { accountId: string; result: string }[] {
  return unprocessedOf(ids, process).map(unprocessedAccount);
}

/** UnprocessedAccount: `accountId` and `result`, "a reason why the account hasn't been processed" (the model). */
export function unprocessedAccount({ accountId, reason }: Unprocessed): { accountId: string; result: string } {
  return { accountId, result: reason };
}

/** Member: `detectorId` is "the detector ID of the member account", given while it has one; InvitedAt and UpdatedAt are strings in this model. */
export function memberView(state: GuardDutyState, administratorId: string, member: MemberRecord): Record<string, unknown> {
  const detector = state.account(member.accountId).detector;
  return {
    accountId: member.accountId,
    ...(detector ? { detectorId: detector.id } : {}),
    masterId: administratorId,
    email: member.email,
    relationshipStatus: member.status,
    ...(member.invitedAt ? { invitedAt: member.invitedAt.toISOString() } : {}),
    updatedAt: member.updatedAt.toISOString(),
    administratorId,
  };
}

/** Invitation (ListInvitations) and Administrator (GetAdministratorAccount) have the same members. */
export function invitationView(invitation: InvitationRecord, status: "Invited" | "Enabled"): Record<string, unknown> {
  return {
    accountId: invitation.administratorId,
    invitationId: invitation.invitationId,
    relationshipStatus: status,
    invitedAt: invitation.invitedAt.toISOString(),
  };
}
