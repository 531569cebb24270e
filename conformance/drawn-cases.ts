/**
 * A scenario's cases as fast-check's check draws them, in its order, drawn a few ahead of when they are asked for.
 * Drawn all at once, a deep run's cases held the event loop before its first request (25 s at `--runs 100000`,
 * deaf to a stop signal the while) and all of them in memory. Here fast-check's own check draws them, its property
 * waiting while enough cases are drawn and not yet asked for, so the cases are the ones a check of the same
 * parameters would run.
 */
import fc from "fast-check";

/** The next case; `undefined` once every case was drawn. */
export type Drawn = { input: unknown } | undefined;

/**
 * Cases drawn before they are asked for, at most. Once half are asked for, fast-check draws the other half again in
 * one go: drawn one at a time, each between other work, the cases of a `--runs 200` run cost it a tenth more CPU
 * (farm-bench -n 9, paired). A burst of them holds the event loop a few milliseconds.
 */
export const DRAWN_AHEAD = 256;

/** What the drawing property throws to end the check early: with endOnFailure, fast-check then stops at once. */
class DrawEnded extends Error {}

export class DrawnCases {
  /** Cases drawn and not yet asked for, then the end of the draw once it came. */
  private readonly ready: Drawn[] = [];
  private asking: { resolve: (drawn: Drawn) => void; reject: (error: unknown) => void } | undefined;
  /** Lets fast-check draw on, or ends its check; set while it waits for cases to be asked for. */
  private resume: ((more: boolean) => void) | undefined;
  private failed: { error: unknown } | undefined;
  private ended = false;

  constructor(arbitrary: fc.Arbitrary<unknown>, draw: fc.Parameters<unknown[]>) {
    const property = fc.asyncProperty(arbitrary, (input) => {
      if (this.ended) return Promise.reject(new DrawEnded());
      this.hand({ input });
      if (this.ready.length < DRAWN_AHEAD) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        this.resume = (more) => (more ? resolve() : reject(new DrawEnded()));
      });
    });
    fc.check(property, { ...draw, endOnFailure: true }).then(
      () => this.hand(undefined),
      // The arbitrary itself threw (a defect of the suite): the scenario hears of it rather than end short.
      (error: unknown) => {
        this.failed = { error };
        this.hand(undefined);
      },
    );
  }

  /** The next case, once drawn. Ask again only once the last answer came. Rejects with what the arbitrary threw. */
  next(): Promise<Drawn> {
    if (this.ended) return Promise.resolve(undefined);
    if (this.ready.length > 0) {
      const drawn = this.ready.shift();
      if (this.ready.length <= DRAWN_AHEAD / 2) this.drawOn(true);
      return drawn === undefined && this.failed ? Promise.reject(this.failed.error) : Promise.resolve(drawn);
    }
    return new Promise((resolve, reject) => {
      this.asking = { resolve, reject };
      this.drawOn(true);
    });
  }

  /** No other case is wanted: fast-check's check ends without drawing the rest, and a case asked for is `undefined`. */
  end(): void {
    this.ended = true;
    this.ready.length = 0;
    this.drawOn(false);
    this.asking?.resolve(undefined);
    this.asking = undefined;
  }

  private drawOn(more: boolean): void {
    const resume = this.resume;
    this.resume = undefined;
    resume?.(more);
  }

  private hand(drawn: Drawn): void {
    if (this.ended) return;
    const asking = this.asking;
    this.asking = undefined;
    if (!asking) this.ready.push(drawn);
    else if (drawn === undefined && this.failed) asking.reject(this.failed.error);
    else asking.resolve(drawn);
  }
}
