/** The variant catalogue: faulty variants (each must be caught by its check) and tolerant ones (each must be certified). */
import { AVAILABILITY_FAULTS } from "./faulty/availability.ts";
import { ERROR_SHAPE_FAULTS } from "./faulty/error-shapes.ts";
import { ISOLATION_FAULTS } from "./faulty/isolation.ts";
import { COVERAGE_FAULTS, LIFECYCLE_FAULTS } from "./faulty/lifecycle.ts";
import { LISTING_FAULTS, PARTIAL_BATCH_FAULTS, STATE_FAULTS } from "./faulty/state.ts";
import { INTERMITTENT_FAULTS, NOT_IMPLEMENTED_FAULTS, STATUS_CODE_FAULTS, STRICT_FAULTS } from "./faulty/status-codes.ts";
import { SUCCESS_SHAPE_FAULTS } from "./faulty/success-shapes.ts";
import { VALID_INPUT_FAULTS } from "./faulty/valid-input.ts";
import { MORE_UNPROCESSED_ACCOUNTS_FAULTS, UNPROCESSED_ACCOUNTS_FAULTS } from "./faulty/unprocessed-accounts.ts";
import { WIRE_ENCODING_FAULTS } from "./faulty/wire-encoding.ts";
import { TOLERANT_VARIANTS } from "./tolerant.ts";
import type { Variant } from "./variant.ts";

export { behaviourOf, type Variant } from "./variant.ts";

export const FAULTY_VARIANTS: Variant[] = [
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
  ...COVERAGE_FAULTS,
  ...VALID_INPUT_FAULTS,
];

export { TOLERANT_VARIANTS };
export const ALL_VARIANTS: Variant[] = [...FAULTY_VARIANTS, ...TOLERANT_VARIANTS];
