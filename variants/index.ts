/** The variant catalogue: faulty variants (each must be caught by its check) and tolerant ones (each must be certified). */
import { AVAILABILITY_FAULTS } from "./faulty/availability.ts";
import { ERROR_SHAPE_FAULTS } from "./faulty/error-shapes.ts";
import { ISOLATION_FAULTS } from "./faulty/isolation.ts";
import { COVERAGE_FAULTS, LIFECYCLE_FAULTS } from "./faulty/lifecycle.ts";
import { MEMBER_DETAIL_FAULTS } from "./faulty/member-details.ts";
import { LISTING_FAULTS, PARTIAL_BATCH_FAULTS, STATE_FAULTS } from "./faulty/state.ts";
import { INTERMITTENT_FAULTS, NOT_IMPLEMENTED_FAULTS, STATUS_CODE_FAULTS, STRICT_FAULTS } from "./faulty/status-codes.ts";
import { SUCCESS_SHAPE_FAULTS } from "./faulty/success-shapes.ts";
import { VALID_INPUT_FAULTS } from "./faulty/valid-input.ts";
import { MORE_UNPROCESSED_ACCOUNTS_FAULTS, UNPROCESSED_ACCOUNTS_FAULTS } from "./faulty/unprocessed-accounts.ts";
import { WIRE_ENCODING_FAULTS } from "./faulty/wire-encoding.ts";
import { generatedFaults } from "./generated/index.ts";
import { TOLERANT_VARIANTS } from "./tolerant.ts";
import { type AnyVariant, VARIANT_SERVICE, type Variant } from "./variant.ts";
import { loadStatements } from "../specs/load-statements.ts";
import { GUARDDUTY_CATALOGUE } from "./guardduty/index.ts";
import { UNPROVEN, type Unproven } from "./unproven-statements.ts";

export { behaviourOf, type Variant } from "./variant.ts";

/** The faulty variants written one by one, each for a fault someone met or feared. */
export const HAND_WRITTEN_FAULTS: Variant[] = [
  ...NOT_IMPLEMENTED_FAULTS,
  ...STATUS_CODE_FAULTS,
  ...STRICT_FAULTS,
  ...INTERMITTENT_FAULTS,
  ...ERROR_SHAPE_FAULTS,
  ...SUCCESS_SHAPE_FAULTS,
  ...WIRE_ENCODING_FAULTS,
  ...UNPROCESSED_ACCOUNTS_FAULTS,
  ...MORE_UNPROCESSED_ACCOUNTS_FAULTS,
  ...STATE_FAULTS,
  ...LISTING_FAULTS,
  ...PARTIAL_BATCH_FAULTS,
  ...ISOLATION_FAULTS,
  ...AVAILABILITY_FAULTS,
  ...LIFECYCLE_FAULTS,
  ...MEMBER_DETAIL_FAULTS,
  ...COVERAGE_FAULTS,
  ...VALID_INPUT_FAULTS,
];

/** Faulty variants generated from the documented statements, one for each statement no hand-written variant breaks. */
export const GENERATED_FAULTS: Variant[] = generatedFaults(
  { service: VARIANT_SERVICE, statements: loadStatements(VARIANT_SERVICE) },
  HAND_WRITTEN_FAULTS,
  UNPROVEN,
);

export const FAULTY_VARIANTS: Variant[] = [...HAND_WRITTEN_FAULTS, ...GENERATED_FAULTS];

export { TOLERANT_VARIANTS };
export const ALL_VARIANTS: Variant[] = [...FAULTY_VARIANTS, ...TOLERANT_VARIANTS];

/**
 * The catalogue's variant names for a usage text: each written one, and the generated ones by family (their names
 * are the family, the operation and what they break: error-status/InviteMembers/InvalidAccessException).
 */
export function variantNamesInWords(): string {
  const families = [...new Set(GENERATED_FAULTS.map((v) => `${v.name.split("/")[0]}/…`))];
  const written = ALL_VARIANTS.filter((v) => !GENERATED_FAULTS.includes(v)).map((v) => v.name);
  return `${written.join(", ")}; and ${GENERATED_FAULTS.length} generated from the documented statements: ${families.join(", ")}`;
}

/** A service's variants, and the statements its checks enforce that none of its faulty variants proves, with why. */
export interface Catalogue {
  readonly faulty: readonly AnyVariant[];
  readonly tolerant: readonly AnyVariant[];
  readonly unproven: readonly Unproven[];
}

/**
 * A service's catalogue, by its descriptor's name: Security Hub's or GuardDuty's, each written and generated. Each
 * variant varies that service's emulator, so a catalogue is certified with that service's spec. Undefined for a service with none.
 */
export function catalogueOf(service: string): Catalogue | undefined {
  if (service === "securityhub") return { faulty: FAULTY_VARIANTS, tolerant: TOLERANT_VARIANTS, unproven: UNPROVEN };
  if (service === "guardduty") return GUARDDUTY_CATALOGUE;
  return undefined;
}
