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

/** The response as the error `code` sent with `status`, its message kept. */
export function asError(response: WireResponse, code: string, status: number): WireResponse {
  return rewriteBody({ ...response, status, headers: { ...response.headers, "x-amzn-errortype": code } }, (body) => ({ ...body, Code: code }));
}

/** `operation`'s successes passed through `change`; everything else as it is. */
export function onSuccessOf(operation: string, change: (response: WireResponse) => WireResponse) {
  return (response: WireResponse, context: { operation: string | undefined }): WireResponse =>
    context.operation === operation && response.status >= 200 && response.status < 300 ? change(response) : response;
}

/** A behaviour that passes each item of `list` in `operation`'s 200 answers through `change` (the state itself is right). */
export function showingItems(operation: string, list: string, change: (item: Record<string, any>) => Record<string, unknown>) {
  return () => ({
    respond: (response: WireResponse, context: { operation: string | undefined }): WireResponse =>
      context.operation === operation && response.status === 200
        ? rewriteBody(response, (body) => ({ ...body, [list]: (body[list] as Record<string, any>[]).map(change) }))
        : response,
  });
}
