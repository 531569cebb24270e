/** Domain arbitraries: AWS account ids and batches of them. */
import fc from "fast-check";

const DIGIT = fc.constantFrom(..."0123456789");

/** A 12-digit AWS account id. Shrinks toward `000000000000`. */
export function accountId(): fc.Arbitrary<string> {
  return fc.array(DIGIT, { minLength: 12, maxLength: 12 }).map((digits) => digits.join(""));
}

/**
 * Non-blank strings that are not 12-digit account ids (`12345`, `abcdefghijkl`, ` 123456789012`): the
 * model only requires a non-blank string, so a service may answer them 400 or list them unprocessed.
 */
export function malformedAccountId(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(DIGIT, { minLength: 1, maxLength: 11 }).map((d) => d.join("")),
    fc.array(DIGIT, { minLength: 13, maxLength: 16 }).map((d) => d.join("")),
    fc.stringMatching(/^[a-z]{12}$/),
    accountId().map((id) => ` ${id}`),
  );
}

/** One id of a batch, labelled with whether the test makes it eligible before sending (e.g. CreateMembers first). */
export interface BatchEntry {
  accountId: string;
  eligible: boolean;
}

/**
 * Batches of distinct account ids mixing eligible and ineligible ones. A property failing because of one
 * entry shrinks to a batch of that one entry.
 */
export function mixedBatch(options: { minLength?: number; maxLength?: number; id?: fc.Arbitrary<string> } = {}): fc.Arbitrary<BatchEntry[]> {
  const entry = fc.record({ accountId: options.id ?? accountId(), eligible: fc.boolean() });
  return new DistinctBatchArbitrary(entry, options.minLength ?? 1, options.maxLength ?? 8);
}

/**
 * fast-check's own array shrinker drops items from the front only, so `[culprit, innocent]` stays two long.
 * This one first tries removing each entry in turn, then shrinks entries one at a time.
 */
class DistinctBatchArbitrary extends fc.Arbitrary<BatchEntry[]> {
  constructor(
    private readonly entry: fc.Arbitrary<BatchEntry>,
    private readonly minLength: number,
    private readonly maxLength: number,
  ) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<BatchEntry[]> {
    const length = mrng.nextInt(this.minLength, this.maxLength);
    const items: fc.Value<BatchEntry>[] = [];
    for (let attempt = 0; items.length < length && attempt < length * 10; attempt++) {
      const candidate = this.entry.generate(mrng, biasFactor);
      if (!items.some((item) => item.value.accountId === candidate.value.accountId)) items.push(candidate);
    }
    return this.wrap(items);
  }

  canShrinkWithoutContext(value: unknown): value is BatchEntry[] {
    return false;
  }

  shrink(_value: BatchEntry[], context: unknown): fc.Stream<fc.Value<BatchEntry[]>> {
    const items = context as fc.Value<BatchEntry>[] | undefined;
    if (!items) return fc.Stream.nil();
    const removals = items.length > this.minLength ? items.map((_, i) => items.filter((__, j) => j !== i)) : [];
    const shrunkEntries = fc.Stream.of(...items.keys()).flatMap((i) =>
      this.entry
        .shrink(items[i]!.value, items[i]!.context)
        .filter((shrunk) => !items.some((item, j) => j !== i && item.value.accountId === shrunk.value.accountId))
        .map((shrunk) => items.map((item, j) => (j === i ? shrunk : item))),
    );
    return fc.Stream.of(...removals)
      .join(shrunkEntries)
      .map((next) => this.wrap(next));
  }

  private wrap(items: fc.Value<BatchEntry>[]): fc.Value<BatchEntry[]> {
    return new fc.Value(
      items.map((item) => item.value_),
      items,
    );
  }
}
