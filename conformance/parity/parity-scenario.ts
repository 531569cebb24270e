/**
 * A scenario's parity twin: each generated case runs on the reference (or is read from a recording), then on
 * the target, and the two traces are compared. The twin's findings are only divergences; the conformance
 * scenario itself judges the target. A diverging case fails the twin's property when the run gates on
 * parity, so fast-check shrinks it to the smallest case where the two diverge, and its replay line replays
 * the pair.
 */
import { divergenceFindings, PARITY_CHECKS } from "../../checks/parity.ts";
import type { Scenario } from "../scenario.ts";
import { OperationNotImplemented } from "../case-run.ts";
import { Session } from "../session.ts";
import { compareTraces, type RecordedCall, type TracedCall } from "../../checks/trace-comparison.ts";
import type { ParityConfig } from "../run-config.ts";
import { compares, PARITY_PREFIX } from "./parity-config.ts";
import { caseKey, Recording } from "./recording.ts";
import { TracingCaseRun } from "./tracing-case-run.ts";

export function parityScenario<T>(base: Scenario<T>, parity: ParityConfig): Scenario<T> {
  const recorded = parity.recording === undefined ? undefined : new Recording(parity.recording);
  const recording = parity.record === undefined ? undefined : new Recording(parity.record);
  return {
    name: `${PARITY_PREFIX}${base.name}`,
    operations: base.operations,
    families: ["parity"],
    description: compares(parity) ? `${base.description}, on the target and on the ${parity.name}, compared` : `${base.description}, recorded`,
    cases: base.cases,
    arbitrary: base.arbitrary,
    // A recording stores its cases as they end: in turn, one seed writes one file, byte for byte.
    sequentialCases: recording !== undefined,
    // The base's coverage phase too: which divergences a comparison finds must not depend on the seed either.
    ...(base.coverage ? { coverage: base.coverage } : {}),
    async run(run, input) {
      const key = caseKey(input);
      let reference: readonly (TracedCall | RecordedCall)[] | undefined;
      if (recorded) {
        reference = recorded.lookup(base.name, key);
      } else if (parity.reference) {
        const { endpoint } = parity.reference;
        // The reference is the same kind of target as the target (parity-setup checks it), so it has the same profile.
        const referenceSession = run.session.companion(
          `reference ${endpoint}`,
          () => new Session(run.session.spec, { ...run.session.config, ...parity.reference! }, run.session.access),
        );
        reference = await traceOn(referenceSession, base, input, run.stop, (requests) => (run.requests += requests));
      }
      if (!compares(parity)) {
        // Recording the target itself: it is the reference of later comparisons.
        const own = await traceOn(run.session, base, input, run.stop, (requests) => (run.requests += requests));
        recording?.store(base.name, key, own);
        const ended = own.find((call) => call.ended);
        if (ended) throw new OperationNotImplemented(ended.operation, ended.exchange ? { exchange: ended.exchange } : {});
        return;
      }
      if (reference && parity.reference) recording?.store(base.name, key, reference as TracedCall[]);
      // The reference does not serve an operation the case needs: one divergence, and nothing more to compare here.
      const ended = reference?.find((call) => call.ended);
      if (ended) {
        const divergence = { aspect: "implemented", operation: ended.operation, request: ended.request, reference: ended, target: undefined } as const;
        throw new OperationNotImplemented(ended.operation, { side: parity.name, evidence: divergenceFindings(divergence, parity.gate, parity.name) });
      }
      const target = new TracingCaseRun(run.session, run.stop);
      try {
        await base.run(target, input);
      } finally {
        run.requests += target.requests;
      }
      run.exchanges.push(...target.exchanges);
      // A case the recording does not hold (only a shrink of this run reached it) cannot be compared.
      if (reference === undefined) return;
      const targetTrace = target.trace();
      // Each operation both sides answered was compared on every aspect, diverging or not.
      const compared = new Set(targetTrace.map((call) => call.operation).filter((operation) => reference.some((call) => call.operation === operation)));
      for (const operation of compared) for (const check of PARITY_CHECKS) run.exercised.add(`${check.id}|${operation}`);
      for (const divergence of compareTraces(reference, targetTrace)) {
        const about = divergence.target?.exchange;
        run.add(divergenceFindings(divergence, parity.gate, parity.name), about);
      }
    },
  };
}

/** Runs the case on `session` and returns its trace, which ends at an operation the session's side does not implement. */
async function traceOn<T>(
  session: Session,
  base: Scenario<T>,
  input: T,
  stop: AbortSignal | undefined,
  count: (requests: number) => void,
): Promise<TracedCall[]> {
  // Each side stops with the case: a stopped run, or a case played ahead of its turn that is no longer needed.
  const run = new TracingCaseRun(session, stop);
  try {
    await base.run(run, input);
  } catch (error) {
    if (!(error instanceof OperationNotImplemented)) throw error;
  } finally {
    count(run.requests);
  }
  return run.trace();
}
