/** restJson1 responses as the emulator writes them. */
import { randomUUID } from "node:crypto";
import type { WireResponse } from "./behaviour.ts";

/** An error's body members, as the service's model names them. */
export type ErrorBody = (code: string, message: string) => Record<string, string>;

/** Security Hub's errors: `Code` and `Message`. */
export const CODE_AND_MESSAGE: ErrorBody = (code, message) => ({ Code: code, Message: message });

export function successResponse(status: number, output: Record<string, unknown>): WireResponse {
  return { status, headers: { "content-type": "application/json", "x-amzn-requestid": randomUUID() }, body: JSON.stringify(output) };
}

/** An error as AWS's restJson1 services send it: the name in `x-amzn-ErrorType`, the body's members as `body` writes them. */
export function errorResponse(status: number, code: string, message: string, body: ErrorBody): WireResponse {
  return {
    status,
    headers: { "content-type": "application/json", "x-amzn-requestid": randomUUID(), "x-amzn-errortype": code },
    body: JSON.stringify(body(code, message)),
  };
}
