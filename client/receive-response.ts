/**
 * One request on a dispatcher, its whole answer read under one total deadline: connecting, the headers and
 * every byte of the body must arrive within `deadlineMs` (undici's own timeouts only bound each wait, so a
 * body trickled a byte at a time would never end).
 *
 * Dispatched with a handler of its own rather than through `request()`: no stream, abort signal or async
 * iterator per exchange, which a deep run would otherwise pay for on every request.
 */
import { type Dispatcher, util } from "undici";
import { setHeader } from "./exchange.ts";

export interface ReceivedResponse {
  status: number;
  /** Lowercase names, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body exactly as it came off the wire: never inflated, whatever its Content-Encoding. */
  body: Buffer;
}

export type WireRequestOptions = Omit<Dispatcher.DispatchOptions, "origin">;

/**
 * Resolves with the answer once its last byte arrived. Rejects with undici's error, with a DOMException named
 * TimeoutError once the deadline passes (even when the body ends cleanly a moment later), or with `stop`'s
 * reason as soon as it aborts.
 */
export function receiveResponse(dispatcher: Dispatcher, request: WireRequestOptions, deadlineMs: number, stop?: AbortSignal): Promise<ReceivedResponse> {
  return new Promise<ReceivedResponse>((resolve, reject) => {
    if (stop?.aborted) {
      reject(stop.reason);
      return;
    }
    let settled = false;
    /** undici's way to stop this request, once it is being written. */
    let abortRequest: ((reason: Error) => void) | undefined;
    /** Why it was stopped before undici could be told (it is told when it starts writing the request). */
    let stoppedFor: Error | undefined;
    let status = 0;
    let headers: Record<string, string> = {};
    const chunks: Buffer[] = [];

    const settle = (error: unknown, response?: ReceivedResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      unwatch?.();
      if (response) resolve(response);
      else reject(error);
    };
    const cancel = (reason: Error): void => {
      if (settled) return;
      if (abortRequest) abortRequest(reason);
      else stoppedFor = reason;
      settle(reason);
    };
    const deadline = setTimeout(() => cancel(new DOMException("The operation was aborted due to timeout", "TimeoutError")), deadlineMs);
    const unwatch = stop && onAbort(stop, () => cancel(stop.reason as Error));

    const handler: Dispatcher.DispatchHandler = {
      onConnect(abort) {
        if (stoppedFor) abort(stoppedFor);
        else abortRequest = abort;
      },
      onHeaders(statusCode, rawHeaders) {
        // An informational answer (100 Continue, 103 Early Hints) precedes the real one.
        if (statusCode < 200) return true;
        status = statusCode;
        headers = headersOf(rawHeaders as Buffer[]);
        return true;
      },
      onData(chunk) {
        chunks.push(chunk);
        return true;
      },
      onComplete() {
        settle(undefined, { status, headers, body: Buffer.concat(chunks) });
      },
      onError(error) {
        settle(error);
      },
    };
    dispatcher.dispatch(request, handler);
  });
}

/** What to do, per run's stop signal, for each request still under way when it aborts. */
const underWay = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `cancel` when `signal` aborts, until the returned function is called. One listener per signal, whatever
 * the number of requests under way: a listener each would have Node warn of a leak past ten.
 */
function onAbort(signal: AbortSignal, cancel: () => void): () => void {
  let cancels = underWay.get(signal);
  if (!cancels) {
    const registered = new Set<() => void>();
    signal.addEventListener(
      "abort",
      () => {
        for (const each of [...registered]) each();
      },
      { once: true },
    );
    underWay.set(signal, (cancels = registered));
  }
  cancels.add(cancel);
  return () => cancels.delete(cancel);
}

/** Raw header pairs as one object: names lowercased, values read as latin1 (as undici reads them), repeats joined with ", ". */
function headersOf(raw: readonly Buffer[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = util.headerNameToString(raw[i]!);
    const value = raw[i + 1]!.toString("latin1");
    setHeader(headers, name, Object.hasOwn(headers, name) ? `${headers[name]}, ${value}` : value);
  }
  return headers;
}
