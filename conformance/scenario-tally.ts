/**
 * What a scenario's cases came to so far, tallied in fast-check's order: counts, warnings, and what ended them.
 *
 * No defect hides another: a case ends the cases in turn only with a failure the scenario has not reported yet (a
 * finding key it does not know). A case whose failures are all known passes on, so every case of the coverage phase
 * plays whatever an earlier one found, and each defect is shrunk on its own: while a case is shrunk, only the new
 * failures of the case that ended the cases count.
 */
import type fc from "fast-check";
import { isFailure, type Finding } from "../checks/finding.ts";
import type { Exchange } from "../client/exchange.ts";
import { TargetError } from "../client/target-errors.ts";
import { type CaseRun, OperationNotImplemented } from "./case-run.ts";
import type { PlayedCase } from "./cases-ahead.ts";
import { replayToken } from "./replay-token.ts";
import type { Session } from "./session.ts";

/** What a scenario's cases came to, as fast-check's check reports it. */
export type Outcome = Pick<fc.RunDetails<unknown[]>, "failed" | "errorInstance" | "counterexample" | "counterexamplePath">;

/** A case with a failure among its findings, as fast-check's property throws it. */
export class CaseFailed extends Error {
  constructor(readonly run: CaseRun) {
    super(
      run.findings
        .filter(isFailure)
        .map((f) => f.title)
        .join("\n"),
    );
  }
}

export class ScenarioTally {
  /** Requests sent, retries and cases played past the end included. */
  requests = 0;
  /** Cases that counted: those in turn up to the one that ended them, and the shrinks after it. */
  cases = 0;
  readonly exercisedChecks = new Map<string, number>();
  readonly exercisedStatements = new Map<string, number>();
  /** The first occurrence of each warning, pointing into warningExchanges. */
  readonly warnings = new Map<string, Finding>();
  readonly warningExchanges: Exchange[] = [];
  /** Where each warning was first seen: the case's input and the path that replays it. */
  readonly warningCases: Record<string, { input: unknown; path: string | undefined }> = {};
  /** The target stopped answering: every later case ends at once. */
  fatal: TargetError | undefined;
  /** The case that met an operation the target does not implement: it ends the scenario, without shrinking. */
  blocked: { run: CaseRun; error: OperationNotImplemented } | undefined;
  /** Once a case failed, fast-check only shrinks: its cases are not the n-th of the run, so they have no path. */
  shrinking = false;
  /** Failure keys the scenario reported already, with a case of their own: met again, they end nothing. */
  readonly known = new Set<string>();
  /** The case that ended the cases in turn, and the failure keys it met first: the shrink hunts for these. */
  ended: { run: CaseRun; input: unknown; index: string | undefined; hunted: ReadonlySet<string> } | undefined;

  constructor(
    private readonly session: Session,
    /** The replay token of a replayed case, which every warning of the run is then about. */
    private readonly replayPath: string | undefined,
  ) {}

  /** Tallies a played case as the property fast-check runs sees it: it throws what fails the case. */
  take(played: PlayedCase, index: string | undefined): void {
    const { run, input } = played;
    this.requests += run.requests;
    count(this.exercisedChecks, run.exercised);
    count(this.exercisedStatements, this.session.statementsExercised(run.exercised));
    if (played.threw) {
      const { error } = played;
      if (error instanceof TargetError) this.fatal = error;
      if (error instanceof OperationNotImplemented) {
        this.blocked = { run, error };
        return;
      }
      throw error;
    }
    for (const f of run.findings) {
      if (isFailure(f) || this.warnings.has(f.key)) continue;
      // A warning keeps the exchange it is about and the case it was first seen in, so it can be read and replayed.
      const exchange = f.exchange === undefined ? undefined : run.exchanges[f.exchange];
      this.warnings.set(f.key, exchange ? { ...f, exchange: this.warningExchanges.push(exchange) - 1 } : { ...f, exchange: undefined });
      this.warningCases[f.key] = { input, path: this.replayPath ?? (index === undefined ? undefined : replayToken(index, input)) };
    }
    if (this.ends(run)) {
      if (!this.ended) this.ended = { run, input, index, hunted: new Set(this.newFailures(run).map((f) => f.key)) };
      this.shrinking = true;
      throw new CaseFailed(run);
    }
  }

  /** Whether a case's findings end the cases: a failure not reported yet, or, while shrinking, one the shrink hunts for. */
  ends(run: CaseRun): boolean {
    const hunted = this.ended?.hunted;
    return hunted ? run.findings.some((f) => isFailure(f) && hunted.has(f.key)) : this.newFailures(run).length > 0;
  }

  /** The failures of a case the scenario has not reported. */
  newFailures(run: CaseRun): Finding[] {
    return run.findings.filter((f) => isFailure(f) && !this.known.has(f.key));
  }

  /** After a failing case was reported: its failures are known, and the next cases in turn start anew. */
  reported(keys: Iterable<string>): void {
    for (const key of keys) this.known.add(key);
    this.ended = undefined;
    this.shrinking = false;
  }
}

function count(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}
