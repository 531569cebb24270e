/**
 * The waiting a run may spend in vain. Retrying a throttled or unavailable target and polling for a slow effect
 * are bounded per request and per poll; this bounds their sum. Only waiting that came to nothing is counted (the
 * retries ran out, the effect never showed), once it is known: a slow but correct target, whose retries and
 * effects do come, waits as long as it needs, however many of its waits overlap. Once the waste reaches the limit
 * the run waits no more than a moment, so a faulty target cannot make a run, or the shrinking of its case, take
 * minutes.
 */
import { sleep } from "../client/interrupted.ts";

export class WaitBudget {
  private wastedMs = 0;

  constructor(readonly limitMs: number) {}

  get exhausted(): boolean {
    return this.wastedMs >= this.limitMs;
  }

  /** Waits `ms`; once the run has waited its limit in vain, only `afterLimitMs`. Rejects with Interrupted when `stop` aborts. */
  async wait(ms: number, afterLimitMs = 0, stop?: AbortSignal): Promise<void> {
    await sleep(this.exhausted ? Math.min(ms, afterLimitMs) : ms, stop);
  }

  /** Counts waiting that came to nothing. */
  charge(ms: number): void {
    this.wastedMs += ms;
  }
}
