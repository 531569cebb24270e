/**
 * A scenario's cases played ahead of their turn. Every case acts on accounts of its own, so a case need not wait
 * for the one before it: while the first is under way the next ones start, under the run's case slots. The caller
 * still takes them in turn (fast-check's order), so what it makes of them does not depend on which answer came
 * first: the same seed gives the same verdict at any concurrency.
 *
 * How far ahead grows with the cases that passed in turn: while none has, the first plays alone, as it would one
 * case after another. A target that fails at once then sees nothing it would not have seen in turn (and no case is
 * played in vain), and one whose accounts are not its own sees no other case of the scenario while it fails.
 *
 * What a session learns once for all its cases (that an operation is implemented, that one ran out of retries, the
 * wait budget spent) it may now learn from a case played ahead, as it already could from another scenario's case: a
 * target that serves an operation for some inputs only may then be judged by another case first.
 */
import { isFailure } from "../checks/finding.ts";
import { CaseRun, UnreadableAnswer } from "./case-run.ts";
import type { CaseSlots } from "./case-slots.ts";
import type { Drawn, DrawnCases } from "./drawn-cases.ts";
import type { Session } from "./session.ts";

/** A case played: its run, and what its scenario code threw, if it threw. */
export type PlayedCase = { run: CaseRun; input: unknown } & ({ threw: false } | { threw: true; error: unknown });

/** Plays one case. It never rejects: what the scenario throws is the case's outcome, for its turn to judge. */
export async function playCase(
  session: Session,
  play: (run: CaseRun, input: unknown) => Promise<void>,
  input: unknown,
  signal: AbortSignal | undefined,
): Promise<PlayedCase> {
  const run = new CaseRun(session, signal);
  try {
    await play(run, input);
    return { run, input, threw: false };
  } catch (error) {
    // A case ended at an answer it cannot read ended as it should: its findings are its outcome.
    if (error instanceof UnreadableAnswer) return { run, input, threw: false };
    return { run, input, threw: true, error };
  }
}

/**
 * Whether a case ends the scenario's cases in its turn: anything its code threw (a stop, a target gone, an operation
 * missing), or a failure; `failureEnds` says which failures do (by default any: see ScenarioTally for the ones that do).
 */
export function endsTheCases(played: PlayedCase, failureEnds: (run: CaseRun) => boolean = (run) => run.findings.some(isFailure)): boolean {
  return played.threw || failureEnds(played.run);
}

/**
 * Cases started past the one in turn, at most. A case in turn that waits long (retries, an effect slow to show) must
 * not let the others run thousands ahead: each one played is held, exchanges and all, until its turn.
 */
export const CASES_AHEAD_AT_MOST = 64;

/** A case's turn: the promise its taker waits on, how the case settles it, and whether it was taken. */
interface Turn {
  ended: Promise<PlayedCase | undefined>;
  resolve: (played: PlayedCase | undefined) => void;
  reject: (error: unknown) => void;
  /** The case under way or played, once started. */
  playing?: Promise<PlayedCase | undefined>;
  taken: boolean;
  settled: boolean;
}

/**
 * A scenario's cases, drawn as they are needed and started ahead of their turn under the run's slots, for the
 * caller to take in turn. A case taken and ended is forgotten: a deep run holds the cases under way and at most
 * CASES_AHEAD_AT_MOST played ahead of their turn, not every case it played.
 */
export class CasesAhead {
  /** The turns not both taken and ended, by position. */
  private readonly turns = new Map<number, Turn>();
  /** Set once any case ends the cases: the ones after it in turn are not needed, so no other starts. */
  private halted = false;
  /** Stops the cases under way past the one that ended the cases in turn: their answers would be discarded. */
  private readonly discard = new AbortController();
  private readonly launching: Promise<void>;
  /** The case the caller waits for: every case before it passed. */
  private turn = 0;
  private turnMoved: (() => void) | undefined;

  constructor(
    private readonly cases: DrawnCases,
    private readonly play: (input: unknown, signal: AbortSignal) => Promise<PlayedCase>,
    private readonly slots: CaseSlots,
    stop: AbortSignal | undefined,
    /** Which failures end the cases (see endsTheCases). */
    private readonly failureEnds?: (run: CaseRun) => boolean,
  ) {
    // A stopped run stops every case under way; the ones that start after it end at their first request.
    const signal = stop ? AbortSignal.any([stop, this.discard.signal]) : this.discard.signal;
    this.launching = this.launch(signal);
  }

  /**
   * The `at`-th case once it ended; `undefined` when there is none (every case was drawn before it). Call it in turn,
   * and stop at the first case that ends the cases, or at none: no case after it is sure to start. Rejects with what
   * drawing the case threw.
   */
  take(at: number): Promise<PlayedCase | undefined> {
    this.turn = at;
    this.turnMoved?.();
    const turn = this.turnAt(at);
    turn.taken = true;
    if (turn.settled) this.turns.delete(at);
    return turn.ended;
  }

  /** Starts no other case, stops those under way that were not taken, and returns them once they ended. */
  async finish(): Promise<PlayedCase[]> {
    this.halted = true;
    this.turnMoved?.();
    this.cases.end();
    this.discard.abort();
    await this.launching;
    const untaken = [...this.turns.values()].filter((turn) => !turn.taken && turn.playing !== undefined);
    const played = await Promise.all(untaken.map((turn) => turn.playing));
    return played.filter((p): p is PlayedCase => p !== undefined);
  }

  private turnAt(at: number): Turn {
    let turn = this.turns.get(at);
    if (!turn) {
      let resolve!: Turn["resolve"];
      let reject!: Turn["reject"];
      const ended = new Promise<PlayedCase | undefined>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      // A turn past the case that ended the others is never taken: what it settled with is no one's to hear.
      ended.catch(() => {});
      this.turns.set(at, (turn = { ended, resolve, reject, taken: false, settled: false }));
    }
    return turn;
  }

  private settle(at: number, settle: (turn: Turn) => void): void {
    const turn = this.turnAt(at);
    turn.settled = true;
    settle(turn);
    if (turn.taken) this.turns.delete(at);
  }

  private async launch(signal: AbortSignal): Promise<void> {
    for (let at = 0; !this.halted; at++) {
      // As many cases ahead of the turn as passed before it, and never more than CASES_AHEAD_AT_MOST.
      while ((at > 2 * this.turn || at - this.turn >= CASES_AHEAD_AT_MOST) && !this.halted) await new Promise<void>((resolve) => (this.turnMoved = resolve));
      if (this.halted) break;
      let drawn: Drawn;
      try {
        drawn = await this.cases.next();
      } catch (error) {
        this.halted = true;
        this.settle(at, (turn) => turn.reject(error));
        break;
      }
      if (drawn === undefined) {
        this.settle(at, (turn) => turn.resolve(undefined));
        break;
      }
      const release = await this.slots.take();
      if (this.halted) {
        release();
        break;
      }
      this.turnAt(at).playing = this.play(drawn.input, signal).then(
        (played) => {
          release();
          if (endsTheCases(played, this.failureEnds)) this.halted = true;
          this.settle(at, (turn) => turn.resolve(played));
          return played;
        },
        // play never rejects (see playCase); should it, the slot still comes back and the caller hears of it.
        (error: unknown) => {
          release();
          this.halted = true;
          this.settle(at, (turn) => turn.reject(error));
          return undefined;
        },
      );
    }
  }
}
