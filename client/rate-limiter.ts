/** Spaces requests so no more than `perSecond` start in any second (a token bucket holding one second's worth). */
export class RateLimiter {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number) {
    if (!(perSecond > 0)) throw new Error(`a rate must be above 0, got ${perSecond}`);
    this.tokens = Math.min(1, perSecond);
  }

  /** Resolves when the next request may start; callers are served in order. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.wait());
    this.queue = turn;
    return turn;
  }

  private async wait(): Promise<void> {
    const now = performance.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      const delay = ((1 - this.tokens) / this.perSecond) * 1000;
      await new Promise((resolve) => setTimeout(resolve, delay));
      this.tokens = 1;
      this.last = performance.now();
    }
    this.tokens -= 1;
  }
}
