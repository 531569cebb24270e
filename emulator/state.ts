/**
 * The emulator's in-memory state: per account, its members and the invitations it received, which every service of
 * the member-invitation pattern keeps alike, and what switches the service on for it, which each keeps its own way
 * (Security Hub's switch here; GuardDuty's detector in guardduty/state.ts).
 */

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

/** What every service keeps of an account's memberships. */
export interface MembershipAccount {
  id: string;
  /** As administrator: member account id → record. */
  members: Map<string, MemberRecord>;
  /** As invitee: administrator id → pending invitation. */
  invitations: Map<string, InvitationRecord>;
  /** As member: the administrator whose invitation it accepted. */
  administrator: InvitationRecord | undefined;
}

/** The accounts of one emulator, each made on first use by `fresh`. */
export class Accounts<A extends MembershipAccount> {
  private readonly accounts = new Map<string, A>();

  constructor(private readonly fresh: (id: string) => A) {}

  /** The account's state, created empty on first use. */
  account(id: string): A {
    let account = this.accounts.get(id);
    if (!account) {
      account = this.fresh(id);
      this.accounts.set(id, account);
    }
    return account;
  }

  /** Every account seen so far, for behaviours that look across accounts. */
  all(): IterableIterator<A> {
    return this.accounts.values();
  }

  reset(): void {
    this.accounts.clear();
  }
}

/** An account with no members, no invitations and no administrator. */
export function emptyMembership(id: string): MembershipAccount {
  return { id, members: new Map(), invitations: new Map(), administrator: undefined };
}

/** A Security Hub account: its memberships and whether it enabled Security Hub. */
export interface AccountState extends MembershipAccount {
  securityHubEnabled: boolean;
}

/** Security Hub's accounts, each with Security Hub off until it enables it. */
export class EmulatorState extends Accounts<AccountState> {
  constructor() {
    super((id) => ({ ...emptyMembership(id), securityHubEnabled: false }));
  }
}

export const ACCOUNT_ID = /^\d{12}$/;
