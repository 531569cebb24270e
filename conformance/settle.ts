/**
 * Effects may become visible after a moment: a distributed service (the real one included) may show a new
 * invitation to its invitee, or drop a declined one, a little later. Before the suite calls an effect missing,
 * or takes a step that depends on it, it reads again until the effect shows, for a bounded time.
 */
import type { WaitBudget } from "./wait-budget.ts";

export interface Settled<T> {
  /** The last value read; undefined when the read failed (the effect is unknown, never taken as absent). */
  value: T | undefined;
  /** How long the suite waited beyond the first read. */
  waitedMs: number;
  settled: boolean;
}

/** The shortest wait once an effect has stayed missing for the full settle time. */
const MIN_WINDOW_MS = 100;

export class EffectSettling {
  private longestLagMs = 0;
  private missedOnce = false;

  constructor(
    /** The longest wait for one effect (`--settle`). */
    readonly settleMs: number,
    private readonly budget: WaitBudget,
  ) {}

  /**
   * Reads until `done` holds, the read fails, or the wait runs out. The full settle time applies until an
   * effect has once stayed missing for all of it; after that a few times the longest delay this target has
   * shown is enough, so shrinking a faulty target's case stays fast while a slow but correct target settles.
   */
  async poll<T>(read: () => Promise<T | undefined>, done: (value: T) => boolean, stop?: AbortSignal): Promise<Settled<T>> {
    const window = this.missedOnce ? Math.min(this.settleMs, Math.max(MIN_WINDOW_MS, 4 * this.longestLagMs)) : this.settleMs;
    const started = performance.now();
    let delay = 25;
    for (;;) {
      const value = await read();
      const waitedMs = Math.round(performance.now() - started);
      if (value === undefined) return { value, waitedMs, settled: false };
      if (done(value)) {
        if (waitedMs > this.longestLagMs) this.longestLagMs = waitedMs;
        return { value, waitedMs, settled: true };
      }
      const left = window - waitedMs;
      if (left <= 0 || this.budget.exhausted) {
        this.missedOnce = true;
        this.budget.charge(waitedMs);
        return { value, waitedMs, settled: false };
      }
      await this.budget.wait(Math.min(delay, left), 0, stop);
      delay = Math.min(delay * 2, 400);
    }
  }
}
