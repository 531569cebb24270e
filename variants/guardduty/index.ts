/**
 * GuardDuty's variant catalogue: faulty emulators its checks must catch — written ones, and those generated from its
 * documented statements that no written one claims — and tolerant ones they must certify.
 */
import type { GuardDutyState } from "../../emulator/index.ts";
import { loadStatements } from "../../specs/load-statements.ts";
import { GUARDDUTY } from "../../specs/services/guardduty.ts";
import { generatedFaults } from "../generated/index.ts";
import type { AnyVariant, Variant } from "../variant.ts";
import { GUARDDUTY_FAULTS } from "./faulty.ts";
import { GUARDDUTY_TOLERANT } from "./tolerant.ts";
import { GUARDDUTY_UNPROVEN } from "./unproven.ts";
import type { Unproven } from "../unproven-statements.ts";

export const GUARDDUTY_GENERATED_FAULTS: readonly AnyVariant[] = generatedFaults(
  { service: GUARDDUTY, statements: loadStatements(GUARDDUTY) },
  GUARDDUTY_FAULTS,
  GUARDDUTY_UNPROVEN,
);

export const GUARDDUTY_CATALOGUE: { faulty: readonly AnyVariant[]; tolerant: readonly Variant<GuardDutyState>[]; unproven: readonly Unproven[] } = {
  faulty: [...GUARDDUTY_FAULTS, ...GUARDDUTY_GENERATED_FAULTS],
  tolerant: GUARDDUTY_TOLERANT,
  unproven: GUARDDUTY_UNPROVEN,
};
