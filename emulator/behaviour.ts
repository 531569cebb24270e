/**
 * The extension point for alternative behaviours. A behaviour wraps operation handlers (receiving the
 * reference handler as `next`) or rewrites serialized responses; the handlers themselves carry no flags.
 */
import type { RequestViolation } from "../validators/request-rules.ts";
import type { EmulatorState } from "./state.ts";

/** One call of an operation, as a handler sees it; `S` is the state of the service it is for (Security Hub's by default). */
export interface Call<S = EmulatorState> {
  operation: string;
  /** The calling account, from the SigV4 access key id. */
  caller: string;
  /** Input members by name (body and query members alike), already validated against the spec. */
  input: Record<string, any>;
  /** Rules the input breaks that a behaviour chose to tolerate (see Behaviour.tolerate); none for the reference. */
  violations: readonly RequestViolation[];
  state: S;
  now: Date;
}

/** Answers a call with its output members, or throws a ServiceError. */
export type Handler<S = EmulatorState> = (call: Call<S>) => Record<string, unknown>;
export type HandlerWrapper<S = EmulatorState> = (next: Handler<S>, operation: string) => Handler<S>;

/** A response on its way out; rewriting it simulates wire-level behaviours. */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, sent as UTF-8; bytes only from behaviours that must send what no text encodes (invalid UTF-8, a gzip stream). */
  body: string | Uint8Array;
}

export interface RespondContext {
  operation: string | undefined;
  caller: string | undefined;
  /** Count of requests the emulator has answered before this one. */
  sequence: number;
}

export interface Behaviour<S = EmulatorState> {
  name: string;
  /** One line: the documented rule it changes or breaks, or the undocumented choice it makes. */
  description: string;
  /**
   * The service whose emulator it is written for, by its descriptor's name (`guardduty`); absent, Security Hub's, for
   * which every behaviour before the second service was written. An emulator of another service refuses it: its
   * handlers, input members and answers are another service's.
   */
  service?: string;
  /** Wraps one operation's handler. */
  operations?: Partial<Record<string, HandlerWrapper<S>>>;
  /** Wraps every operation's handler. */
  everyOperation?: HandlerWrapper<S>;
  /**
   * Input rules this behaviour lets through to the handlers instead of answering 400 (a lenient service, or one
   * that checks state first); the handlers then see the input as sent, with its violations in `Call.violations`.
   */
  tolerate?: (violation: RequestViolation, operation: string) => boolean;
  /** Rewrites every response just before it is sent. */
  respond?: (response: WireResponse, context: RespondContext) => WireResponse;
}

/** The reference handlers with every behaviour applied, first behaviour innermost. */
export function composeHandlers<S>(reference: Readonly<Record<string, Handler<S>>>, behaviours: readonly Behaviour<S>[]): Map<string, Handler<S>> {
  const handlers = new Map<string, Handler<S>>();
  for (const [operation, handler] of Object.entries(reference)) {
    let composed = handler;
    for (const behaviour of behaviours) {
      const wrap = behaviour.operations?.[operation];
      if (wrap) composed = wrap(composed, operation);
      if (behaviour.everyOperation) composed = behaviour.everyOperation(composed, operation);
    }
    handlers.set(operation, composed);
  }
  return handlers;
}

/** The service a behaviour is written for (see Behaviour.service). */
export function serviceOfBehaviour(behaviour: Pick<Behaviour<unknown>, "service">): string {
  return behaviour.service ?? "securityhub";
}
