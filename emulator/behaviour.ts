/**
 * The extension point for alternative behaviours. A behaviour wraps operation handlers (receiving the
 * reference handler as `next`) or rewrites serialized responses; the handlers themselves carry no flags.
 */
import type { RequestViolation } from "../validators/request-rules.ts";
import type { EmulatorState } from "./state.ts";

/** One call of an operation, as a handler sees it. */
export interface Call {
  operation: string;
  /** The calling account, from the SigV4 access key id. */
  caller: string;
  /** Input members by name (body and query members alike), already validated against the spec. */
  input: Record<string, any>;
  /** Rules the input breaks that a behaviour chose to tolerate (see Behaviour.tolerate); none for the reference. */
  violations: readonly RequestViolation[];
  state: EmulatorState;
  now: Date;
}

/** Answers a call with its output members, or throws a ServiceError. */
export type Handler = (call: Call) => Record<string, unknown>;
export type HandlerWrapper = (next: Handler, operation: string) => Handler;

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

export interface Behaviour {
  name: string;
  /** One line: the documented rule it changes or breaks, or the undocumented choice it makes. */
  description: string;
  /** Wraps one operation's handler. */
  operations?: Partial<Record<string, HandlerWrapper>>;
  /** Wraps every operation's handler. */
  everyOperation?: HandlerWrapper;
  /**
   * Input rules this behaviour lets through to the handlers instead of answering 400 (a lenient service, or one
   * that checks state first); the handlers then see the input as sent, with its violations in `Call.violations`.
   */
  tolerate?: (violation: RequestViolation, operation: string) => boolean;
  /** Rewrites every response just before it is sent. */
  respond?: (response: WireResponse, context: RespondContext) => WireResponse;
}

/** The reference handlers with every behaviour applied, first behaviour innermost. */
export function composeHandlers(reference: Readonly<Record<string, Handler>>, behaviours: readonly Behaviour[]): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
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
