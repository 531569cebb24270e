/**
 * One request on a dispatcher, its whole answer read under one total deadline: connecting, the headers and
 * every byte of the body must arrive within `deadlineMs` (undici's own timeouts only bound each wait, so a
 * body trickled a byte at a time would never end).
 */
import type { Dispatcher } from "undici";

export interface ReceivedResponse {
  status: number;
  /** Lowercase names, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body exactly as it came off the wire: never inflated, whatever its Content-Encoding. */
  body: Buffer;
}

export type WireRequestOptions = Omit<Dispatcher.RequestOptions, "signal" | "origin">;

export async function receiveResponse(dispatcher: Dispatcher, request: WireRequestOptions, deadlineMs: number, stop?: AbortSignal): Promise<ReceivedResponse> {
  // One signal for the whole exchange; undici rejects with its reason, a DOMException named TimeoutError.
  const deadline = AbortSignal.timeout(deadlineMs);
  const signal = stop ? AbortSignal.any([deadline, stop]) : deadline;
  const response = await dispatcher.request({ ...request, signal });
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(chunk as Buffer);
  // A body that ended cleanly after the deadline fired still counts as too late.
  signal.throwIfAborted();
  return { status: response.statusCode, headers: flattenHeaders(response.headers), body: Buffer.concat(chunks) };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
