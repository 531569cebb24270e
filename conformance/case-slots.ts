/**
 * One bound, for a whole run, on the cases under way at once: the scenarios playing at once and the cases each
 * plays ahead share it. Cases wait for a slot in the order they asked for one, so no scenario starves the rest.
 */
export class CaseSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`case slots: ${size} is not a positive whole number`);
    this.free = size;
  }

  /** Resolves when a slot is the caller's, with what gives it back (once; later calls do nothing). */
  async take(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let given = false;
    return () => {
      if (given) return;
      given = true;
      // A slot passes straight to the first waiter, so no later caller can take it first.
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
  }
}
