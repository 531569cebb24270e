/**
 * A scenario's cases as fast-check's check draws them, in its order, drawn a few ahead of when they are asked for.
 * Drawn all at once, a deep run's cases held the event loop before its first request (25 s at `--runs 100000`,
 * deaf to a stop signal the while) and all of them in memory. Here fast-check's own check draws them, its property
 * waiting while enough cases are drawn and not yet asked for, so the cases are the ones a check of the same
 * parameters would run.
 */
import fc from "fast-check";

/** The next case; `undefined` once every case was drawn, or once no other is wanted (`end`). */
export type Drawn = { input: unknown } | undefined;

/**
 * Cases drawn before they are asked for, at most. Once half are asked for, fast-check draws the other half again in
 * one go: drawn one at a time, each between other work, the cases of a `--runs 200` run cost it a tenth more CPU
 * (farm-bench -n 9, paired). A burst of them holds the event loop a few milliseconds.
 */
export const DRAWN_AHEAD = 256;

/** What the drawing property throws to end the check early: with endOnFailure, fast-check then stops at once. */
class DrawEnded extends Error {}

/** How the draw ended: every case drawn, or what stopped it (the arbitrary threw, or fast-check gave up). */
type DrawEnd = { failed: false } | { failed: true; error: unknown };

/** A scenario's cases, asked for one after another with `next`, drawn by fast-check's check as they are needed. */
export class DrawnCases {
  /** Cases drawn and not yet asked for. */
  private readonly ready: { input: unknown }[] = [];
  private asking: { resolve: (drawn: Drawn) => void; reject: (error: unknown) => void } | undefined;
  /** Lets fast-check draw on, or ends its check; set while it waits for cases to be asked for. */
  private resume: ((more: boolean) => void) | undefined;
  /** Set once fast-check's check is over; every case asked for after the ready ones is then answered from it. */
  private drawEnd: DrawEnd | undefined;
  private ended = false;
  /** Settles once fast-check's check is over, whether every case was drawn or the draw was ended. */
  readonly checked: Promise<void>;

  constructor(arbitrary: fc.Arbitrary<unknown>, draw: fc.Parameters<unknown[]> & { numRuns: number }) {
    const property = fc.asyncProperty(arbitrary, (input) => {
      if (this.ended) return Promise.reject(new DrawEnded());
      this.hand(input);
      if (this.ready.length < DRAWN_AHEAD) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        this.resume = (more) => (more ? resolve() : reject(new DrawEnded()));
      });
    });
    // A time limit set with fc.configureGlobal (a library caller's) would count the waits between cases asked for.
    const parameters = { ...draw, endOnFailure: true, timeout: undefined, interruptAfterTimeLimit: undefined, skipAllAfterTimeLimit: undefined };
    this.checked = fc.check(property, parameters).then(
      (details) =>
        this.over(
          // Anything but every case drawn, unless the draw was ended on purpose: no scenario may end short in silence.
          this.ended || (!details.failed && !details.interrupted && details.numRuns === draw.numRuns)
            ? { failed: false }
            : { failed: true, error: new Error(`fast-check drew ${details.numRuns} of ${draw.numRuns} cases, then stopped: ${describeStop(details)}`) },
        ),
      // The arbitrary itself threw (a defect of the suite): the scenario hears of it rather than end short.
      (error: unknown) => this.over({ failed: true, error }),
    );
  }

  /** The next case, once drawn. Ask again only once the last answer came. Rejects with what stopped the draw. */
  next(): Promise<Drawn> {
    if (this.asking) return Promise.reject(new Error("a case was asked for before the last one came"));
    if (this.ended) return Promise.resolve(undefined);
    const drawn = this.ready.shift();
    if (drawn) {
      if (this.ready.length <= DRAWN_AHEAD / 2) this.drawOn(true);
      return Promise.resolve(drawn);
    }
    if (this.drawEnd) return this.drawEnd.failed ? Promise.reject(this.drawEnd.error) : Promise.resolve(undefined);
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
    this.answer((asking) => asking.resolve(undefined));
  }

  private drawOn(more: boolean): void {
    const resume = this.resume;
    this.resume = undefined;
    resume?.(more);
  }

  private hand(input: unknown): void {
    if (!this.answer((asking) => asking.resolve({ input }))) this.ready.push({ input });
  }

  private over(end: DrawEnd): void {
    this.drawEnd = end;
    this.answer((asking) => (end.failed ? asking.reject(end.error) : asking.resolve(undefined)));
  }

  /** Answers the case asked for, if one is; whether one was. */
  private answer(settle: (asking: NonNullable<DrawnCases["asking"]>) => void): boolean {
    const asking = this.asking;
    this.asking = undefined;
    if (asking) settle(asking);
    return asking !== undefined;
  }
}

function describeStop(details: fc.RunDetails<unknown[]>): string {
  if (details.interrupted) return "it was interrupted";
  if (details.failed) return String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance);
  return "it ran out of cases";
}
