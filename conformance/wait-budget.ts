/**
 * The waiting a run may spend in vain. Retrying a throttled or unavailable target and polling for a slow effect
 * are bounded per request and per poll; this bounds their sum. Each wait counts from the moment it starts, and
 * is given back when it paid off (the retry succeeded, the effect showed): what stays counted is waiting that
 * came to nothing. Once that reaches the limit, the run stops waiting, so a faulty target cannot make a run,
 * or the shrinking of its case, take minutes, while a slow but correct target waits as long as it needs.
 */
export class WaitBudget {
  private spentMs = 0;

  constructor(readonly limitMs: number) {}

  get exhausted(): boolean {
    return this.spentMs >= this.limitMs;
  }

  /** Waits `ms`, counting it; false, at once, when the run has already waited its limit in vain. */
  async wait(ms: number): Promise<boolean> {
    if (this.exhausted) return false;
    this.spentMs += ms;
    await new Promise((resolve) => setTimeout(resolve, ms));
    return true;
  }

  /** Gives back waiting that paid off. */
  refund(ms: number): void {
    this.spentMs = Math.max(0, this.spentMs - ms);
  }
}
