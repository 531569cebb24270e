/**
 * The signed target client: sends wire requests to one endpoint over a keep-alive undici Pool, signs each
 * with SigV4 as the account it acts for, and captures every exchange with secrets redacted.
 */
import { Client, Pool } from "undici";
import { isUtf8 } from "node:buffer";
import type { ApiRequest } from "../protocol/api-request.ts";
import { operationOf, type Spec } from "../specs/spec-model.ts";
import type { Actor } from "./credentials.ts";
import { redactHeaders, redactText, type Exchange } from "./exchange.ts";
import { receiveResponse, type ReceivedResponse, type WireRequestOptions } from "./receive-response.ts";
import { type SigningScope, signedHeaders, uriEscape } from "./sigv4.ts";
import { Interrupted } from "./interrupted.ts";
import { neverReachedTarget, watchSockets } from "./stale-connection.ts";
import {
  TargetConnectionClosedError,
  TargetError,
  TargetHeadersTooLargeError,
  TargetProtocolError,
  TargetResponseTooLargeError,
  TargetTimeoutError,
  TargetUnreachableError,
} from "./target-errors.ts";

export interface TargetClientOptions {
  endpoint: URL;
  region: string;
  /** Per request, in all: connecting, the headers and the whole body. Default 10 s. */
  timeoutMs?: number;
  /** Largest response body accepted. Default 8 MiB. */
  maxResponseBytes?: number;
  /** Concurrent connections to the endpoint. Default 32. */
  connections?: number;
}

const USER_AGENT = "securityhub-conformance/0.1";

/** Total deadline of one request, headers and body, unless the run sets another (`--timeout`). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export class TargetClient {
  readonly endpoint: URL;
  readonly region: string;
  /** The endpoint's host and port, as signed and sent. */
  private readonly host: string;
  /** The endpoint's path, which every operation's path follows (without its trailing slashes). */
  private readonly basePath: string;
  private readonly scope: SigningScope;
  private readonly pool: Pool;
  private readonly dispatcherOptions: Pool.Options;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;

  constructor(
    private readonly spec: Spec,
    options: TargetClientOptions,
  ) {
    this.endpoint = options.endpoint;
    this.region = options.region;
    this.host = this.endpoint.host;
    this.basePath = this.endpoint.pathname.replace(/\/+$/, "");
    this.scope = { region: this.region, service: spec.signingName };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
    this.dispatcherOptions = {
      connect: { timeout: this.timeoutMs },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      maxResponseSize: this.maxResponseBytes,
    };
    this.pool = new Pool(this.endpoint.origin, { ...this.dispatcherOptions, connections: options.connections ?? 32 });
    watchSockets();
  }

  /**
   * Sends one request as `actor`. Resolves with the exchange for any HTTP response; rejects with a TargetError, or
   * with Interrupted as soon as `stop` aborts.
   */
  async send(request: ApiRequest, actor: Actor, stop?: AbortSignal): Promise<Exchange> {
    if (stop?.aborted) throw new Interrupted();
    const operation = operationOf(this.spec, request.operation);
    const path = `${this.basePath}${operation.path}`;
    // identity: a target that content-codes its answer anyway earns a finding, and is never inflated.
    const headers: Record<string, string> = { "user-agent": USER_AGENT, "accept-encoding": "identity" };
    if (request.body !== undefined) headers["content-type"] = "application/json";
    const identity = await actor.credentials();
    const secrets = [identity.secretAccessKey, identity.sessionToken ?? ""];
    const signed = signedHeaders(identity, this.scope, { method: operation.method, host: this.host, path, query: request.query, headers, body: request.body });
    // A target that echoes the signature back must not get it into a report either.
    const authorization = signed.authorization ?? "";
    const at = authorization.lastIndexOf("Signature=");
    if (at >= 0) secrets.push(authorization.slice(at + "Signature=".length));
    const search = Object.entries(request.query)
      .map(([name, value]) => `${uriEscape(name)}=${uriEscape(value)}`)
      .join("&");
    const fullPath = search ? `${path}?${search}` : path;
    const started = performance.now();
    const received = await this.receive({ method: operation.method, path: fullPath, headers: signed, body: request.body ?? null }, stop);
    const body = received.body.toString("utf8");
    const response: Exchange["response"] = {
      status: received.status,
      headers: redactHeaders(received.headers, secrets),
      body: redactText(body, secrets),
      bytes: received.body.length,
    };
    if (!isUtf8(received.body)) response.invalidUtf8 = true;
    return {
      account: actor.accountId,
      operation: operation.name,
      request: {
        method: operation.method,
        path: fullPath,
        headers: redactHeaders(signed, secrets),
        body: request.body === undefined ? undefined : redactText(request.body, secrets),
      },
      response,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  /**
   * Sends on the pool; a request that provably never reached the target (a reused keep-alive socket the
   * target had closed, closed before any byte of the answer) is sent once more, on a connection of its own.
   */
  private async receive(request: WireRequestOptions, stop: AbortSignal | undefined): Promise<ReceivedResponse> {
    try {
      return await receiveResponse(this.pool, request, this.timeoutMs, stop);
    } catch (error) {
      if (stop?.aborted) throw new Interrupted();
      if (!neverReachedTarget(error)) throw this.toTargetError(error);
    }
    const fresh = new Client(this.endpoint.origin, this.dispatcherOptions);
    try {
      return await receiveResponse(fresh, request, this.timeoutMs, stop);
    } catch (error) {
      if (stop?.aborted) throw new Interrupted();
      throw this.toTargetError(error);
    } finally {
      void fresh.destroy();
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private toTargetError(error: unknown): TargetError {
    if (error instanceof TargetError) return error;
    const where = this.endpoint.origin;
    const code = String((error as { code?: unknown }).code ?? "");
    const name = (error as { name?: unknown }).name;
    if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EADDRNOTAVAIL"].includes(code))
      return new TargetUnreachableError(where, error);
    if (["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"].includes(code) || name === "TimeoutError") {
      return new TargetTimeoutError(where, this.timeoutMs, error);
    }
    if (code === "UND_ERR_HEADERS_OVERFLOW") return new TargetHeadersTooLargeError(where, error);
    if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE") return new TargetResponseTooLargeError(where, this.maxResponseBytes, error);
    if (code.startsWith("HPE_") || name === "HTTPParserError") return new TargetProtocolError(where, error);
    if (["UND_ERR_SOCKET", "ECONNRESET", "EPIPE", "UND_ERR_CLOSED"].includes(code)) return new TargetConnectionClosedError(where, error);
    return new TargetError("TARGET_ERROR", `request to ${where} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}
