/**
 * Errors the target client raises when no HTTP response could be read. Each has a stable `code` for
 * callers to match on; an HTTP response of any status or body is never an error here (checks judge it).
 */
import { maxHeaderSize } from "node:http";
export type TargetErrorCode =
  | "TARGET_UNREACHABLE"
  | "TARGET_TIMEOUT"
  | "TARGET_CONNECTION_CLOSED"
  | "TARGET_PROTOCOL_ERROR"
  | "TARGET_HEADERS_TOO_LARGE"
  | "TARGET_RESPONSE_TOO_LARGE"
  | "TARGET_ERROR"
  | "INVALID_ENDPOINT";

export class TargetError extends Error {
  override name = "TargetError";
  constructor(
    /** Stable code, one of TargetErrorCode. */
    readonly code: TargetErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Nothing accepts connections at the endpoint (refused, unknown host, no route). */
export class TargetUnreachableError extends TargetError {
  override name = "TargetUnreachableError";
  constructor(endpoint: string, cause?: unknown) {
    super("TARGET_UNREACHABLE", `cannot connect to ${endpoint}: ${describeCause(cause)}`, { cause });
  }
}

/** The whole response (connecting, headers and every byte of the body) did not arrive within the request timeout. */
export class TargetTimeoutError extends TargetError {
  override name = "TargetTimeoutError";
  constructor(endpoint: string, timeoutMs: number, cause?: unknown) {
    super("TARGET_TIMEOUT", `${endpoint} did not send a whole response within ${timeoutMs} ms`, { cause });
  }
}

/** The target closed or reset the connection before a whole response arrived. */
export class TargetConnectionClosedError extends TargetError {
  override name = "TargetConnectionClosedError";
  constructor(endpoint: string, cause?: unknown) {
    super("TARGET_CONNECTION_CLOSED", `${endpoint} closed the connection before a whole response arrived: ${describeCause(cause)}`, { cause });
  }
}

/** What came back is not HTTP/1.1. */
export class TargetProtocolError extends TargetError {
  override name = "TargetProtocolError";
  constructor(endpoint: string, cause?: unknown) {
    super("TARGET_PROTOCOL_ERROR", `${endpoint} answered with something that is not a valid HTTP response: ${describeCause(cause)}`, { cause });
  }
}

/** The response's status line and headers are larger than the client accepts (Node's limit, 16 KiB by default). */
export class TargetHeadersTooLargeError extends TargetError {
  override name = "TargetHeadersTooLargeError";
  constructor(endpoint: string, cause?: unknown) {
    super("TARGET_HEADERS_TOO_LARGE", `${endpoint} sent response headers larger than the ${Math.round(maxHeaderSize / 1024)} KiB a client accepts`, { cause });
  }
}

/** The response body is larger than the client accepts. */
export class TargetResponseTooLargeError extends TargetError {
  override name = "TargetResponseTooLargeError";
  constructor(endpoint: string, limit: number, cause?: unknown) {
    super("TARGET_RESPONSE_TOO_LARGE", `${endpoint} sent a response body over ${limit} bytes`, { cause });
  }
}

/** The endpoint option is not an http(s) URL. */
export class InvalidEndpointError extends TargetError {
  override name = "InvalidEndpointError";
  constructor(endpoint: string, reason: string) {
    super("INVALID_ENDPOINT", `invalid endpoint ${JSON.stringify(endpoint)}: ${reason}`);
  }
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    return code ? `${code} ${cause.message}` : cause.message;
  }
  return String(cause);
}
