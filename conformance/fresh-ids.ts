/**
 * Fresh account ids per case. Generators draw ids from the seed; a random offset per case moves them to
 * ids no other case (of this run, of another scenario running beside it, or of an earlier run against
 * the same long-lived target) has used, so cases never see each other's members and invitations. The
 * same seed gives the same cases, each shifted by its own offset.
 */
import { randomInt } from "node:crypto";

const SPACE = 10n ** 12n;

export class FreshIds {
  readonly offset: bigint;

  constructor(offset?: bigint) {
    this.offset = offset ?? BigInt(randomInt(1, 2 ** 47)) % SPACE;
  }

  /** The run's id for a generated 12-digit id; anything else (a malformed id) is left as it is. */
  map(generated: string): string {
    if (!/^\d{12}$/.test(generated)) return generated;
    return ((BigInt(generated) + this.offset) % SPACE).toString().padStart(12, "0");
  }
}
