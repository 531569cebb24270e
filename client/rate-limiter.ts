/** Spaces requests so no more than `perSecond` start in any second (a token bucket holding one second's worth). */
import { sleep } from "./interrupted.ts";

export class RateLimiter {
  private tokens: number;
  private last = performance.now();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number) {
    if (!(perSecond > 0)) throw new Error(`a rate must be above 0, got ${perSecond}`);
    this.tokens = Math.min(1, perSecond);
  }

  /** Resolves when the next request may start; callers are served in order. Rejects with Interrupted when `signal` aborts. */
  take(signal?: AbortSignal): Promise<void> {
    const turn = this.queue.then(() => this.wait(signal));
    // A caller that was interrupted gives its turn to the next.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async wait(signal: AbortSignal | undefined): Promise<void> {
    const now = performance.now();
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) {
      const delay = ((1 - this.tokens) / this.perSecond) * 1000;
      await sleep(delay, signal);
      this.tokens = 1;
      this.last = performance.now();
    }
    this.tokens -= 1;
  }
}
