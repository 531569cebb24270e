/** Output shapes of the emulator's records, as the model names their members. */
import type { InvitationRecord, MemberRecord } from "../state.ts";

export function memberView(administratorId: string, member: MemberRecord): Record<string, unknown> {
  return {
    AccountId: member.accountId,
    ...(member.email !== undefined ? { Email: member.email } : {}),
    MasterId: administratorId,
    AdministratorId: administratorId,
    MemberStatus: member.status,
    ...(member.invitedAt ? { InvitedAt: member.invitedAt.toISOString() } : {}),
    UpdatedAt: member.updatedAt.toISOString(),
  };
}

export function invitationView(invitation: InvitationRecord, status: "Invited" | "Enabled"): Record<string, unknown> {
  return {
    AccountId: invitation.administratorId,
    InvitationId: invitation.invitationId,
    InvitedAt: invitation.invitedAt.toISOString(),
    MemberStatus: status,
  };
}
