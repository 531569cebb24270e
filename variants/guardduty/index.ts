/** GuardDuty's variant catalogue: faulty emulators its checks must catch, tolerant ones they must certify. */
import type { GuardDutyState } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { GUARDDUTY_FAULTS } from "./faulty.ts";
import { GUARDDUTY_TOLERANT } from "./tolerant.ts";

export const GUARDDUTY_CATALOGUE: { faulty: readonly Variant<GuardDutyState>[]; tolerant: readonly Variant<GuardDutyState>[] } = {
  faulty: GUARDDUTY_FAULTS,
  tolerant: GUARDDUTY_TOLERANT,
};
