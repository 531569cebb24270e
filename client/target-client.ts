/**
 * The signed target client: sends wire requests to one endpoint over keep-alive connections (http1-pool.ts),
 * signs each with SigV4 as the account it acts for, and captures every exchange with secrets redacted.
 */
import { isUtf8 } from "node:buffer";
import { maxHeaderSize } from "node:http";
import type { ApiRequest } from "../protocol/api-request.ts";
import { expandPath } from "../protocol/uri-path.ts";
import { operationOf, type Spec } from "../specs/spec-model.ts";
import type { Actor } from "./credentials.ts";
import { redactHeaders, redactText, type Exchange } from "./exchange.ts";
import { Http1Pool, type ReceivedResponse, TransportError, type WireRequest } from "./http1-pool.ts";
import { type SigningScope, signedHeaders, uriEscape } from "./sigv4.ts";
import { AnswerBudget } from "./answer-budget.ts";
import { Interrupted } from "./interrupted.ts";
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
  private readonly pool: Http1Pool;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  /** Fewer requests at once once answers are large, so what they take together stays bounded. */
  private readonly answers = new AnswerBudget();

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
    this.pool = new Http1Pool(this.endpoint, { connections: options.connections ?? 32, maxHeaderBytes: maxHeaderSize, maxBodyBytes: this.maxResponseBytes });
  }

  /**
   * Sends one request as `actor`. Resolves with the exchange for any HTTP response; rejects with a TargetError, or
   * with Interrupted as soon as `stop` aborts.
   */
  async send(request: ApiRequest, actor: Actor, stop?: AbortSignal): Promise<Exchange> {
    if (stop?.aborted) throw new Interrupted();
    const operation = operationOf(this.spec, request.operation);
    const path = `${this.basePath}${expandPath(operation, request.labels)}`;
    // identity: a target that content-codes its answer anyway earns a finding, and is never inflated.
    const headers: Record<string, string> = { "user-agent": USER_AGENT, "accept-encoding": "identity" };
    if (request.headers)
      for (const [name, value] of Object.entries(request.headers)) {
        // HTTP has no escape for these: a value holding one would split the header, so it is the caller's mistake.
        if (/[\r\n\0]/.test(value)) throw new Error(`${operation.name}: the header ${name} cannot carry a line break or NUL`);
        headers[name.toLowerCase()] = value;
      }
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
    // Waiting for room among the answers under way is the run's own doing: the request's deadline starts after it.
    const leave = await this.answers.enter(stop);
    let bytes = 0;
    let response: Exchange["response"];
    const started = performance.now();
    try {
      const received = await this.receive({ method: operation.method, path: fullPath, headers: signed, body: request.body ?? null }, stop);
      bytes = received.body.length;
      response = {
        status: received.status,
        headers: redactHeaders(received.headers, secrets),
        body: redactText(received.body.toString("utf8"), secrets),
        bytes,
      };
      if (!isUtf8(received.body)) response.invalidUtf8 = true;
    } finally {
      leave(bytes);
    }
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
  private async receive(request: WireRequest, stop: AbortSignal | undefined): Promise<ReceivedResponse> {
    try {
      return await this.pool.send(request, { deadlineMs: this.timeoutMs, stop });
    } catch (error) {
      if (stop?.aborted || !(error instanceof TransportError && error.unanswered)) throw this.failure(error, stop);
    }
    try {
      return await this.pool.send(request, { deadlineMs: this.timeoutMs, stop, fresh: true });
    } catch (error) {
      throw this.failure(error, stop);
    }
  }

  /** What a failed send is to the caller: the run's stop, or the target's fault. */
  private failure(error: unknown, stop: AbortSignal | undefined): Error {
    return stop?.aborted ? new Interrupted() : this.toTargetError(error);
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private toTargetError(error: unknown): TargetError {
    if (error instanceof TargetError) return error;
    const where = this.endpoint.origin;
    switch (error instanceof TransportError ? error.kind : "failed") {
      case "unreachable":
        return new TargetUnreachableError(where, error);
      case "timeout":
        return new TargetTimeoutError(where, this.timeoutMs, error);
      case "closed":
        return new TargetConnectionClosedError(where, error);
      case "protocol":
        return new TargetProtocolError(where, error);
      case "headers-too-large":
        return new TargetHeadersTooLargeError(where, error);
      case "body-too-large":
        return new TargetResponseTooLargeError(where, this.maxResponseBytes, error);
      default:
        return new TargetError("TARGET_ERROR", `request to ${where} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    }
  }
}
