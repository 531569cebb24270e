/**
 * Fresh account ids per case. Generators draw ids from the seed; a random offset per case moves them to
 * ids no other case (of this run, of another scenario running beside it, or of an earlier run against
 * the same long-lived target) is likely to have used, so cases do not see each other's members and
 * invitations: two ids of different cases meet with odds of one in 10^11 at worst.
 *
 * The shift keeps whether an id starts with a zero: ids that start with one move among the 10^11 that do,
 * the others among the 9·10^11 that do not. A target that reads ids as numbers loses that zero, and it is
 * the one property of an id such a defect turns on; kept, the same seed meets the defect in the same cases,
 * shrinks it to the same smallest one, and its replay line reproduces it, whatever offsets the cases drew.
 */
import { randomInt } from "node:crypto";

const LEADING_ZERO = 10n ** 11n;
const NO_LEADING_ZERO = 9n * 10n ** 11n;
const ACCOUNT_ID = /^\d{12}$/;

export class FreshIds {
  readonly offset: bigint;

  constructor(offset?: bigint) {
    this.offset = offset ?? BigInt(randomInt(1, 2 ** 47));
  }

  /** The run's id for a generated 12-digit id; anything else (a malformed id) is left as it is. */
  map(generated: string): string {
    return ACCOUNT_ID.test(generated) ? shifted(generated, this.offset) : generated;
  }

  /** The generated id a fresh id was mapped from (`map`'s inverse); anything else is left as it is. */
  generatedFrom(id: string): string {
    return ACCOUNT_ID.test(id) ? shifted(id, -this.offset) : id;
  }
}

/** A 12-digit id moved by `by` within its class: starting with a zero, or not. */
function shifted(id: string, by: bigint): string {
  const value = BigInt(id);
  const [base, size] = value < LEADING_ZERO ? [0n, LEADING_ZERO] : [LEADING_ZERO, NO_LEADING_ZERO];
  const moved = base + ((((value - base + by) % size) + size) % size);
  return moved.toString().padStart(12, "0");
}
