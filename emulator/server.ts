/**
 * The reference emulator's HTTP front, the same for every service it emulates: routes restJson1 requests to the
 * service's operation handlers by their path templates (router.ts), validates their input against the service's spec,
 * and answers every request, well-formed or not, with a well-formed response in the service's error shape.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readQueryValue } from "../protocol/api-request.ts";
import type { HeaderParameter, Spec } from "../specs/spec-model.ts";
import { checkRequest } from "../validators/request-validator.ts";
import { composeHandlers, serviceOfBehaviour, type Behaviour, type Handler, type RespondContext, type WireResponse } from "./behaviour.ts";
import { callerAccount } from "./caller.ts";
import { Router, type Routed } from "./router.ts";
import { COMMON_ERROR_STATUS, ServiceError } from "./service-error.ts";
import type { EmulatedService, ServedService } from "./service.ts";
import type { EmulatorState } from "./state.ts";
import { errorResponse, successResponse } from "./wire.ts";

/** How an emulator runs; `S` is its service's state (Security Hub's by default). */
export interface EmulatorOptions<S = EmulatorState> {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** Alternative behaviours applied over the reference one, first innermost; each must be written for the service served (Behaviour.service). */
  behaviours?: readonly Behaviour<S>[];
  /** Largest request body accepted; larger ones get 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Clock for timestamps. */
  now?: () => Date;
  /**
   * Where a failure of the emulator's own code is told, the request answered 500 (the service's internal error): a
   * bug, or a variant's planted fault. By default a process warning with the stack; a variant catalogue counts them instead.
   */
  onFault?: (message: string) => void;
}

export interface RunningEmulator<S = EmulatorState> {
  /** `http://HOST:PORT`, with the port actually bound. */
  url: string;
  host: string;
  port: number;
  /** The service it emulates, by its descriptor's name: `securityhub`, `guardduty`. */
  service: string;
  state: S;
  /** Stops accepting connections and closes idle ones. */
  close(): Promise<void>;
}

/** Serves `service` and resolves once it is listening. Rejects (e.g. EADDRINUSE) when it cannot bind, or when a behaviour is another service's. */
export async function serve<S>(service: EmulatedService<S>, options: EmulatorOptions<S> = {}): Promise<RunningEmulator<S>> {
  const spec = await service.spec();
  const state = service.newState();
  const handle = createRequestHandler(spec, state, options, service);
  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => void handle(req, res));
  // Bytes that are not HTTP still get a well-formed restJson1 error, not Node's bare 400.
  server.on("clientError", (_error, socket) => {
    if (!socket.writable) return socket.destroy();
    const { status, headers, body } = errorResponse(400, "SerializationException", "The request is not valid HTTP/1.1.", service.errorBody);
    const head = Object.entries({ ...headers, "content-length": String(Buffer.byteLength(body)), connection: "close" }).map(([k, v]) => `${k}: ${v}`);
    socket.end(`HTTP/1.1 ${status} Bad Request\r\n${head.join("\r\n")}\r\n\r\n${body}`);
  });
  const host = options.host ?? "127.0.0.1";
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    host,
    port,
    service: service.name,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * The handler of every request: `spec`'s operations routed to the service's handlers, each operation's input keyed by
 * wire name as the spec binds it (labels, query, headers and body), errors written in the service's shape. An
 * operation without a handler is not routed: a request for it is answered as one for no operation. Throws when a
 * behaviour is written for another service.
 */
export function createRequestHandler<S>(spec: Spec, state: S, options: EmulatorOptions<S>, service: ServedService<S>): RequestHandler {
  const behaviours = options.behaviours ?? [];
  for (const behaviour of behaviours) {
    const written = serviceOfBehaviour(behaviour);
    if (written !== service.name) throw new Error(`the behaviour ${behaviour.name} is written for ${written}; this emulator serves ${service.name}`);
  }
  const handlers = composeHandlers(service.handlers, behaviours);
  const refuse = (status: number, code: string, message: string): WireResponse => errorResponse(status, code, message, service.errorBody);
  // The service's internal error (Security Hub's InternalException, GuardDuty's InternalServerErrorException), else AWS's common InternalFailure.
  const internalError = [...spec.errors].find(([, status]) => status === 500)?.[0] ?? "InternalFailure";
  const router = new Router([...spec.operations.values()].filter((operation) => handlers.has(operation.name)));
  const statusOf = new Map<string, number>(Object.entries(COMMON_ERROR_STATUS));
  for (const operation of spec.operations.values()) for (const error of operation.errors) statusOf.set(error.name, error.status);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const now = options.now ?? (() => new Date());
  const fault = options.onFault ?? ((message: string) => process.emitWarning(message));
  let sequence = 0;
  let abortsLogged = 0;

  const answer = (req: IncomingMessage, routed: Routed, caller: string | undefined, body: Buffer | undefined): WireResponse => {
    if (routed.kind === "wrong-method") {
      const response = refuse(405, "MethodNotAllowedException", `${req.method} is not allowed on ${routed.path}; use ${routed.allowed.join(" or ")}.`);
      response.headers.allow = routed.allowed.join(", ");
      return response;
    }
    if (routed.kind === "unknown") return refuse(404, "UnknownOperationException", `No operation is bound to ${req.method} ${routed.path}.`);
    const { operation } = routed;
    if (caller === undefined) {
      return refuse(403, "MissingAuthenticationTokenException", "Missing Authentication Token: sign the request with AWS Signature Version 4.");
    }
    if (body === undefined) return refuse(413, "RequestEntityTooLargeException", `The request body is larger than ${maxBodyBytes} bytes.`);
    const query = Object.fromEntries(new URLSearchParams((req.url ?? "").split("?")[1] ?? ""));
    const headers = headerMembers(operation.headers, req);
    const text = body.length > 0 && operation.method !== "GET" ? body.toString("utf8") : undefined;
    const checked = checkRequest(operation, { labels: routed.labels, query, headers, body: text });
    const { body: parsed } = checked;
    const violations =
      routed.malformed.length === 0
        ? checked.violations
        : [
            ...routed.malformed.map((label) => ({
              rule: "malformed-value" as const,
              at: `/${label}`,
              message: `the URI label ${label} is not valid percent-encoding`,
            })),
            ...checked.violations,
          ];
    const tolerated = violations.filter((v) => behaviours.some((b) => b.tolerate?.(v, operation.name)));
    if (tolerated.length < violations.length) {
      // The operation's one documented 400 error (Security Hub's InvalidInputException, GuardDuty's BadRequestException), else ValidationError.
      const documented = operation.errors.filter((e) => e.status === 400);
      const code = documented.length === 1 ? documented[0]!.name : "ValidationError";
      return refuse(400, code, violations.map((v) => v.message).join("; "));
    }
    const input: Record<string, unknown> =
      parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? { ...(parsed as Record<string, unknown>) } : {};
    for (const [parameters, values] of [
      [operation.labels, routed.labels],
      [operation.query, query],
      [operation.headers, headers],
    ] as const) {
      for (const parameter of parameters) {
        const value = values[parameter.name];
        if (value !== undefined) input[parameter.name] = readQueryValue(parameter.schema, value);
      }
    }
    const handler = handlers.get(operation.name) as Handler<S>;
    try {
      return successResponse(operation.success.status, handler({ operation: operation.name, caller, input, violations: tolerated, state, now: now() }));
    } catch (error) {
      if (error instanceof ServiceError) return refuse(error.status ?? statusOf.get(error.code) ?? 500, error.code, error.message);
      fault(`emulator: ${operation.name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return refuse(500, internalError, "Internal server error.");
    }
  };

  return async (req, res) => {
    const context: RespondContext = { operation: undefined, caller: undefined, sequence: sequence++ };
    let response: WireResponse;
    try {
      const routed = router.route(req.method ?? "", req.url ?? "/");
      context.operation = routed.kind === "operation" ? routed.operation.name : undefined;
      context.caller = callerAccount(req.headers.authorization);
      const body = await readBody(req, maxBodyBytes);
      response = answer(req, routed, context.caller, body);
    } catch (error) {
      // A client that goes away mid-body (a broken chunked body, a short body) is the client's doing: no
      // stack trace and no 500, one quiet line the first time; there is no one left to answer.
      if (req.destroyed || (error as { code?: string })?.code === "ECONNRESET") {
        if (abortsLogged++ === 0) console.warn("emulator: a client closed its connection in the middle of a request (not logged again)");
        res.destroy();
        return;
      }
      fault(`emulator: request failed: ${(error as Error)?.stack ?? String(error)}`);
      response = refuse(500, internalError, "Internal server error.");
    }
    for (const behaviour of behaviours) if (behaviour.respond) response = behaviour.respond(response, context);
    if (res.destroyed) return;
    res.writeHead(response.status, { ...response.headers, "content-length": Buffer.byteLength(response.body) });
    res.end(response.body);
  };
}

/** The operation's header members a request carries, by the model's header names (HTTP's are case-insensitive; a repeated header's values joined by commas). */
function headerMembers(members: readonly HeaderParameter[], req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name } of members) {
    const value = req.headers[name.toLowerCase()];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

/** The body, or undefined when it is larger than the limit (the rest is drained, not buffered). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers["content-length"] ?? 0);
  return new Promise((resolve, reject) => {
    if (declared > limit) {
      req.resume();
      req.once("end", () => resolve(undefined));
      req.once("error", reject);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.once("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.once("error", reject);
  });
}
