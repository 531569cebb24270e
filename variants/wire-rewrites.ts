/** Small helpers for behaviours that change what goes on the wire. */
import type { Call, Handler, WireResponse } from "../emulator/index.ts";

/** The response with its JSON body replaced by `change(body)`; bodies that are not JSON pass unchanged. */
export function rewriteBody(response: WireResponse, change: (body: Record<string, any>) => unknown): WireResponse {
  try {
    const next = change(JSON.parse(Buffer.from(response.body).toString("utf8")) as Record<string, any>);
    return { ...response, body: typeof next === "string" ? next : JSON.stringify(next) };
  } catch {
    return response;
  }
}

export const isError = (response: WireResponse): boolean => response.status >= 400;

/** A handler wrapper that post-processes the UnprocessedAccounts of the output. */
export function mapUnprocessed(change: (entries: { AccountId: string; ProcessingResult: string }[], call: Call) => unknown[]) {
  return (next: Handler): Handler =>
    (call) => {
      const output = next(call);
      return Array.isArray(output.UnprocessedAccounts) ? { ...output, UnprocessedAccounts: change(output.UnprocessedAccounts, call) } : output;
    };
}
