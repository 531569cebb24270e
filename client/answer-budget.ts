/**
 * Bounds the memory a target's answers take while they are received and read. Each answer is held whole (its bytes,
 * then its text) until the checks have judged it; the API's own answers are a few kilobytes, but a hostile target may
 * answer every request with megabytes. Once answers are large, fewer requests are under way at once: as many as the
 * budget holds answers of the largest size seen, and always one.
 */
import { Interrupted, onAbort } from "./interrupted.ts";

/** What the answers under way may take together: each is held about twice (bytes and text). */
export const ANSWER_BUDGET_BYTES = 16 * 1024 * 1024;

export class AnswerBudget {
  private underWay = 0;
  private largest = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly bytes: number = ANSWER_BUDGET_BYTES) {}

  /** Waits until one more request fits (rejects with Interrupted when `stop` aborts); resolves with what ends it. */
  async enter(stop?: AbortSignal): Promise<(answerBytes: number) => void> {
    while (!this.fits()) {
      if (stop?.aborted) throw new Interrupted();
      await new Promise<void>((resolve, reject) => {
        const wake = (): void => {
          forget?.();
          resolve();
        };
        this.waiting.push(wake);
        const forget = stop
          ? onAbort(stop, () => {
              this.waiting.splice(this.waiting.indexOf(wake), 1);
              reject(new Interrupted());
            })
          : undefined;
      });
    }
    this.underWay++;
    let left = false;
    return (answerBytes) => {
      if (left) return;
      left = true;
      this.underWay--;
      if (answerBytes > this.largest) this.largest = answerBytes;
      // Every waiter looks again: as many as now fit go on, the others wait anew.
      for (const wake of this.waiting.splice(0)) wake();
    };
  }

  private fits(): boolean {
    return this.underWay === 0 || (this.underWay + 1) * this.largest <= this.bytes;
  }
}
