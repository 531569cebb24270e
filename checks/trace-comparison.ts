/**
 * Compares the traces of one case on the reference and on the target. Calls are paired by request (operation,
 * caller's role, body with roles), the n-th such request with the n-th, so calls a scenario makes concurrently
 * pair up whatever order they were answered in.
 */
import type { Exchange } from "../client/exchange.ts";
import type { NormalisedAnswer } from "./answer-normalisation.ts";

/** One call of a case as parity compares it, with the exchange it came from for people to read. */
export interface TracedCall {
  /** The request, with accounts as roles (answer-normalisation.ts `requestKey`). */
  request: string;
  operation: string;
  answer: NormalisedAnswer;
  /** The exchange, redacted; not kept in recordings (see conformance/parity/recording.ts). */
  exchange?: Exchange;
  /** A one-line account of the exchange: method, path, status and the start of the body. */
  shown: string;
  /** The case ended at this call: the operation is not implemented, so the scenario could not go on. */
  ended?: true;
}

/** A recorded call: the traced call without its exchange (one line of it is kept in `shown`). */
export type RecordedCall = Omit<TracedCall, "exchange">;

/**
 * What two answers to the same request can differ in, most telling first: an operation one side does not
 * implement at all is the root cause of every other difference in its answers.
 */
export const DIVERGENCE_ASPECTS = ["implemented", "status", "error-type", "unprocessed-accounts", "output-members", "effects", "calls"] as const;
export type DivergenceAspect = (typeof DIVERGENCE_ASPECTS)[number];

export interface Divergence {
  aspect: DivergenceAspect;
  operation: string;
  /** The request both were sent (normalised), or that only one side sent. */
  request: string;
  reference: TracedCall | RecordedCall | undefined;
  target: TracedCall | undefined;
}

/** The first aspect two answers differ in, or undefined when they agree. */
export function divergingAspect(reference: NormalisedAnswer, target: NormalisedAnswer): DivergenceAspect | undefined {
  if ((reference.notImplemented === true) !== (target.notImplemented === true)) return "implemented";
  if (reference.status !== target.status) return "status";
  if (reference.errorType !== target.errorType) return "error-type";
  if (!sameList(reference.unprocessed, target.unprocessed)) return "unprocessed-accounts";
  if (!sameList(reference.members, target.members)) return "output-members";
  if (!sameList(reference.effects, target.effects)) return "effects";
  return undefined;
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join("\n") === (b ?? []).join("\n") && (a === undefined) === (b === undefined);
}

/**
 * The divergences of a case. A request one side made and the other did not (the scenario took another path)
 * is reported only when no answer diverged: it is then the only sign, otherwise a consequence.
 */
export function compareTraces(reference: readonly (TracedCall | RecordedCall)[], target: readonly TracedCall[]): Divergence[] {
  const referenceByRequest = byRequest(reference);
  const targetByRequest = byRequest(target);
  const answers: Divergence[] = [];
  const calls: Divergence[] = [];
  for (const request of new Set([...referenceByRequest.keys(), ...targetByRequest.keys()])) {
    const left = referenceByRequest.get(request) ?? [];
    const right = targetByRequest.get(request) ?? [];
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const [r, t] = [left[i], right[i]];
      const operation = (r ?? t)!.operation;
      if (!r || !t) {
        calls.push({ aspect: "calls", operation, request, reference: r, target: t });
        continue;
      }
      const aspect = divergingAspect(r.answer, t.answer);
      if (aspect) answers.push({ aspect, operation, request, reference: r, target: t });
    }
  }
  return answers.length > 0 ? answers : calls;
}

function byRequest<Call extends RecordedCall>(trace: readonly Call[]): Map<string, Call[]> {
  const map = new Map<string, Call[]>();
  for (const call of trace) map.set(call.request, [...(map.get(call.request) ?? []), call]);
  return map;
}
