/**
 * A scenario's cases played ahead of their turn and taken in it (see cases-ahead.ts): what ends the cases in turn is
 * what would have ended them one case after another, and fast-check shrinks it from its path, as it would have.
 */
import fc from "fast-check";
import { Interrupted } from "../client/interrupted.ts";
import { TargetError } from "../client/target-errors.ts";
import type { CaseSlots } from "./case-slots.ts";
import { CasesAhead, type PlayedCase } from "./cases-ahead.ts";
import { DrawnCases } from "./drawn-cases.ts";
import { CaseFailed, type Outcome, type ScenarioTally } from "./scenario-tally.ts";

export interface AheadPlay {
  tally: ScenarioTally;
  /** fast-check's parameters of the scenario's check: seed, number of cases, the coverage phase's examples. */
  draw: fc.Parameters<unknown[]> & { numRuns: number };
  /** The position of the draw's first case among the scenario's (its cases in turn start after a failing one). */
  offset: number;
  /** A fresh arbitrary of the scenario's cases (one that keeps state while it shrinks is made anew for each check). */
  arbitrary: () => fc.Arbitrary<unknown>;
  /** The cases are sequences of fast-check commands. */
  commands: boolean;
  /** Plays a case, stopping when `signal` aborts. */
  play: (input: unknown, signal: AbortSignal) => Promise<PlayedCase>;
  /** Plays a case holding one of the run's slots. */
  playHoldingSlot: (input: unknown) => Promise<PlayedCase>;
  /** Plays and tallies a case as fast-check's property, one case after another (shrinks are played so). */
  playInTurn: (input: unknown) => Promise<void>;
  slots: CaseSlots;
  signal: AbortSignal | undefined;
  failFast: boolean;
}

/** The case that ended a scenario's cases in turn (a failure, or anything thrown), and what it threw. */
interface EndingCase {
  at: number;
  input: unknown;
  thrown: unknown;
}

export async function playAhead(play: AheadPlay): Promise<Outcome> {
  const { tally, signal } = play;
  const ahead = new CasesAhead(new DrawnCases(play.arbitrary(), play.draw), play.play, play.slots, signal, (run) => tally.ends(run));
  let ending: EndingCase | undefined;
  try {
    for (let at = 0; at < play.draw.numRuns && !ending && !tally.blocked; at++) {
      // As one case after another: once stopped, no other case counts.
      if (signal?.aborted) {
        ending = { at, input: undefined, thrown: new Interrupted() };
        break;
      }
      const played = await ahead.take(at);
      // DrawnCases rejects a draw that stopped short; ending here in silence would shorten the scenario.
      if (!played) throw new Error(`the cases ended at ${at} of ${play.draw.numRuns}`);
      tally.cases++;
      try {
        tally.take(played, String(play.offset + at));
      } catch (thrown) {
        ending = { at, input: played.input, thrown };
      }
    }
  } catch (error) {
    // Drawing a case threw, or playing one rejected (defects of the suite): the cases under way stop first.
    await ahead.finish();
    throw error;
  }
  // Cases played past the one that ended the others were sent all the same: their requests count, nothing else.
  for (const played of await ahead.finish()) tally.requests += played.run.requests;
  return ending ? shrinkFrom(play, ending) : { failed: false, errorInstance: null, counterexample: null, counterexamplePath: null };
}

/**
 * fast-check's check from the case that ended the cases in turn: it replays that case first, then shrinks it, as it
 * would have one case after another. The replayed case gets the outcome already played, so the target sees it once;
 * a sequence of commands that failed is played again instead, since fast-check shrinks it by the commands that ran.
 * Should the target then answer it otherwise, the outcome played first stands, unshrunk.
 */
async function shrinkFrom(play: AheadPlay, ending: EndingCase): Promise<Outcome> {
  const { tally, commands } = play;
  const asPlayed: Outcome = { failed: true, errorInstance: ending.thrown, counterexample: [ending.input], counterexamplePath: String(ending.at) };
  // fail-fast does not shrink: the case as played is what fast-check would have ended on.
  if (play.failFast) return asPlayed;
  const stopped = ending.thrown instanceof Interrupted || ending.thrown instanceof TargetError;
  // A sequence that was stopped, or met a target gone, is not worth playing again; it keeps the commands that ran.
  if (commands && stopped) return asPlayed;
  let replayed = false;
  const property = fc.asyncProperty(play.arbitrary(), async (input) => {
    if (replayed) return play.playInTurn(input);
    replayed = true;
    if (!commands) throw ending.thrown;
    const played = await play.playHoldingSlot(input);
    tally.requests += played.run.requests;
    if (played.threw && (played.error instanceof Interrupted || played.error instanceof TargetError)) {
      if (played.error instanceof TargetError) tally.fatal = played.error;
      throw played.error;
    }
    // Ended the same way again: a failure, or the same kind of error thrown. Anything else leaves the first outcome.
    if (ending.thrown instanceof CaseFailed) {
      if (!played.threw && tally.ends(played.run)) throw new CaseFailed(played.run);
    } else if (played.threw && played.error?.constructor === (ending.thrown as Error | undefined)?.constructor) {
      throw played.error;
    }
  });
  const shrunk = await fc.check(property, { ...play.draw, numRuns: 1, path: String(ending.at) });
  return shrunk.failed ? shrunk : asPlayed;
}
