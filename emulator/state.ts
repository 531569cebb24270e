/** The emulator's in-memory state: per account, its Security Hub switch, its members and the invitations it received. */

export type MemberStatus = "Created" | "Invited" | "Enabled" | "Removed" | "Resigned";

/** An account as an administrator sees it in its member list. */
export interface MemberRecord {
  accountId: string;
  email: string | undefined;
  status: MemberStatus;
  invitedAt: Date | undefined;
  updatedAt: Date;
}

/** A pending invitation, held by the invitee, keyed by the inviting administrator. */
export interface InvitationRecord {
  administratorId: string;
  invitationId: string;
  invitedAt: Date;
}

export interface AccountState {
  id: string;
  securityHubEnabled: boolean;
  /** As administrator: member account id → record. */
  members: Map<string, MemberRecord>;
  /** As invitee: administrator id → pending invitation. */
  invitations: Map<string, InvitationRecord>;
  /** As member: the administrator whose invitation it accepted. */
  administrator: InvitationRecord | undefined;
}

export class EmulatorState {
  private readonly accounts = new Map<string, AccountState>();

  /** The account's state, created empty (Security Hub off) on first use. */
  account(id: string): AccountState {
    let account = this.accounts.get(id);
    if (!account) {
      account = { id, securityHubEnabled: false, members: new Map(), invitations: new Map(), administrator: undefined };
      this.accounts.set(id, account);
    }
    return account;
  }

  /** Every account seen so far, for behaviours that look across accounts. */
  all(): IterableIterator<AccountState> {
    return this.accounts.values();
  }

  reset(): void {
    this.accounts.clear();
  }
}

export const ACCOUNT_ID = /^\d{12}$/;
