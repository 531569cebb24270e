import { availableParallelism } from "node:os";

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

/** What of a run's configuration sets its bound (conformance/run-config.ts). */
type RunBound = { concurrency: number | undefined; rate: number | undefined; sharedAccounts?: boolean | undefined; protocolOnly?: boolean | undefined };

/** Cases at once on an emulator when the run names no number: they mostly wait on the target. */
export function defaultConcurrency(): number {
  return Math.max(4, availableParallelism() * 8);
}

/**
 * How many cases a run has under way at once, whoever plays it (certify's engine, the vitest suites, runScenarios): one where
 * the target's scenarios share their accounts (real accounts, or a target found not to keep accounts apart) or where
 * the run cannot tell (a protocol-only run), and by default one when the run keeps a request rate.
 */
export function casesAtOnce(config: RunBound, profile: { scenariosOverlap: boolean }): number {
  if (!profile.scenariosOverlap || config.sharedAccounts === true || config.protocolOnly === true) return 1;
  return config.concurrency ?? (config.rate === undefined ? defaultConcurrency() : 1);
}

/** The run's bound as slots; undefined for a run that plays one case at a time. */
export function caseSlotsFor(config: RunBound, profile: { scenariosOverlap: boolean }): CaseSlots | undefined {
  const size = casesAtOnce(config, profile);
  return size > 1 ? new CaseSlots(size) : undefined;
}
