/** GuardDuty's accounts: their memberships, as every service keeps them, and their detector, which switches GuardDuty on. */
import type { Handler } from "../behaviour.ts";
import { Accounts, emptyMembership, type MembershipAccount } from "../state.ts";

/** "A detector is a resource that represents the GuardDuty service" (the model): one per account, as the emulator has one Region. */
export interface Detector {
  id: string;
  /** The clientToken it was created with: CreateDetector retried with it answers this detector again. */
  clientToken: string | undefined;
  createdAt: Date;
}

export interface GuardDutyAccount extends MembershipAccount {
  detector: Detector | undefined;
}

/** GuardDuty's accounts, each without a detector until it creates one. */
export class GuardDutyState extends Accounts<GuardDutyAccount> {
  constructor() {
    super((id) => ({ ...emptyMembership(id), detector: undefined }));
  }
}

/** A handler of a GuardDuty operation. */
export type GuardDutyHandler = Handler<GuardDutyState>;
