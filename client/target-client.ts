/**
 * The signed target client: sends wire requests to one endpoint over a keep-alive undici Pool, signs each
 * with SigV4 as the account it acts for, and captures every exchange with secrets redacted.
 */
import type { SignatureV4 } from "@smithy/signature-v4";
import { Pool } from "undici";
import type { ApiRequest } from "../protocol/api-request.ts";
import { operationOf, type Spec } from "../specs/spec-model.ts";
import type { Actor } from "./credentials.ts";
import { redactHeaders, redactText, type Exchange } from "./exchange.ts";
import { createSigner, signedHeaders } from "./sigv4.ts";
import {
  TargetConnectionClosedError,
  TargetError,
  TargetProtocolError,
  TargetResponseTooLargeError,
  TargetTimeoutError,
  TargetUnreachableError,
} from "./target-errors.ts";

export interface TargetClientOptions {
  endpoint: URL;
  region: string;
  /** Per request: connecting, waiting for headers, and between body chunks. Default 10 s. */
  timeoutMs?: number;
  /** Largest response body accepted. Default 8 MiB. */
  maxResponseBytes?: number;
  /** Concurrent connections to the endpoint. Default 32. */
  connections?: number;
}

const USER_AGENT = "securityhub-conformance/0.1";

export class TargetClient {
  readonly endpoint: URL;
  readonly region: string;
  private readonly pool: Pool;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;
  private readonly signers = new WeakMap<Actor, SignatureV4>();

  constructor(
    private readonly spec: Spec,
    options: TargetClientOptions,
  ) {
    this.endpoint = options.endpoint;
    this.region = options.region;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
    this.pool = new Pool(this.endpoint.origin, {
      connections: options.connections ?? 32,
      connect: { timeout: this.timeoutMs },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      maxResponseSize: this.maxResponseBytes,
    });
  }

  /** Sends one request as `actor`. Resolves with the exchange for any HTTP response; rejects only with a TargetError. */
  async send(request: ApiRequest, actor: Actor): Promise<Exchange> {
    const operation = operationOf(this.spec, request.operation);
    const path = `${this.endpoint.pathname.replace(/\/+$/, "")}${operation.path}`;
    const headers: Record<string, string> = { "user-agent": USER_AGENT };
    if (request.body !== undefined) headers["content-type"] = "application/json";
    const identity = await actor.credentials();
    const secrets = [identity.secretAccessKey, identity.sessionToken ?? ""];
    const signed = await signedHeaders(this.signer(actor), {
      method: operation.method,
      endpoint: this.endpoint,
      path,
      query: request.query,
      headers,
      body: request.body,
    });
    // A target that echoes the signature back must not get it into a report either.
    const signature = /Signature=([0-9a-f]+)/.exec(signed.authorization ?? "")?.[1];
    if (signature) secrets.push(signature);
    const search = Object.entries(request.query)
      .map(([name, value]) => `${rfc3986(name)}=${rfc3986(value)}`)
      .join("&");
    const fullPath = search ? `${path}?${search}` : path;
    const started = performance.now();
    let status: number;
    let responseHeaders: Record<string, string>;
    let body: string;
    try {
      const response = await this.pool.request({ method: operation.method, path: fullPath, headers: signed, body: request.body ?? null });
      status = response.statusCode;
      responseHeaders = flattenHeaders(response.headers);
      body = await response.body.text();
    } catch (error) {
      throw this.toTargetError(error);
    }
    return {
      account: actor.accountId,
      operation: operation.name,
      request: { method: operation.method, path: fullPath, headers: redactHeaders(signed, secrets), body: request.body === undefined ? undefined : redactText(request.body, secrets) },
      response: { status, headers: redactHeaders(responseHeaders, secrets), body: redactText(body, secrets) },
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  private signer(actor: Actor): SignatureV4 {
    let signer = this.signers.get(actor);
    if (!signer) {
      signer = createSigner(actor.credentials, this.region, this.spec.signingName);
      this.signers.set(actor, signer);
    }
    return signer;
  }

  private toTargetError(error: unknown): TargetError {
    if (error instanceof TargetError) return error;
    const where = this.endpoint.origin;
    const code = String((error as { code?: unknown }).code ?? "");
    const name = (error as { name?: unknown }).name;
    if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EADDRNOTAVAIL"].includes(code)) return new TargetUnreachableError(where, error);
    if (["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"].includes(code) || name === "TimeoutError") {
      return new TargetTimeoutError(where, this.timeoutMs, error);
    }
    if (code === "UND_ERR_RES_EXCEEDED_MAX_SIZE") return new TargetResponseTooLargeError(where, this.maxResponseBytes, error);
    if (code.startsWith("HPE_") || name === "HTTPParserError") return new TargetProtocolError(where, error);
    if (["UND_ERR_SOCKET", "ECONNRESET", "EPIPE", "UND_ERR_CLOSED"].includes(code)) return new TargetConnectionClosedError(where, error);
    return new TargetError("TARGET_ERROR", `request to ${where} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}

/** Percent-encoding as SigV4 canonicalizes it, so the query sent is the query signed. */
function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
