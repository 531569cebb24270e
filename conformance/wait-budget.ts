/**
 * The waiting a run may spend in vain. Retrying a throttled or unavailable target and polling for a slow effect
 * are bounded per request and per poll; waits that end well (the retry succeeds, the effect shows) are the cost
 * of a slow but correct target and are not counted. Waits that come to nothing are: once they add up to the
 * limit, the run stops waiting, so a faulty target cannot make shrinking its case take minutes.
 */
export class WaitBudget {
  private wastedMs = 0;

  constructor(readonly limitMs: number) {}

  get exhausted(): boolean {
    return this.wastedMs >= this.limitMs;
  }

  /** Waits `ms`; false, at once, when the run has already waited its limit in vain. */
  async wait(ms: number): Promise<boolean> {
    if (this.exhausted) return false;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return true;
  }

  /** Counts waiting that came to nothing: retries that ran out, an effect that never showed. */
  charge(ms: number): void {
    this.wastedMs += ms;
  }
}
