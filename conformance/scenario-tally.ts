/** What a scenario's cases came to so far, tallied in fast-check's order: counts, warnings, and what ended them. */
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
    if (run.findings.some(isFailure)) {
      this.shrinking = true;
      throw new CaseFailed(run);
    }
  }
}

function count(counts: Map<string, number>, keys: Iterable<string>): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}
