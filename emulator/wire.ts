/** restJson1 responses as the emulator writes them. */
import { randomUUID } from "node:crypto";
import type { WireResponse } from "./behaviour.ts";

export function successResponse(status: number, output: Record<string, unknown>): WireResponse {
  return { status, headers: { "content-type": "application/json", "x-amzn-requestid": randomUUID() }, body: JSON.stringify(output) };
}

/** An error as AWS's restJson1 services send it: the name in `x-amzn-ErrorType` and in the body's `Code`. */
export function errorResponse(status: number, code: string, message: string): WireResponse {
  return {
    status,
    headers: { "content-type": "application/json", "x-amzn-requestid": randomUUID(), "x-amzn-errortype": code },
    body: JSON.stringify({ Code: code, Message: message }),
  };
}
