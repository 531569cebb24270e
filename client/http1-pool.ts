/**
 * Keep-alive HTTP/1.1 connections to one origin (plain or TLS), each carrying one request at a time, and every
 * answer read whole under one total deadline: connecting, the headers and every byte of the body must arrive
 * within `deadlineMs`, so a body trickled a byte at a time ends at the deadline.
 *
 * The suite's own client rather than a general one: it writes each request in one piece, reads answers with
 * ResponseParser under fixed limits, and knows which connection each request went out on — so a request sent
 * on a reused connection that closed before any byte of its answer (the target had closed it while idle) is
 * known never to have reached the target, and only such a request is sent again.
 */
import { connect as connectTcp, isIP, type Socket } from "node:net";
import { type ConnectionOptions, connect as connectTls } from "node:tls";
import { onAbort } from "./interrupted.ts";
import { type ParseErrorKind, type ParsedResponse, ResponseParseError, ResponseParser, type ResponseLimits } from "./http1-response-parser.ts";

export interface WireRequest {
  method: string;
  /** Path and query string, already escaped. */
  path: string;
  /** Lowercase names, the host among them. */
  headers: Readonly<Record<string, string>>;
  body: string | null;
}

export interface ReceivedResponse {
  status: number;
  /** Lowercase names, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body exactly as it came off the wire (chunked framing removed): never inflated, whatever its Content-Encoding. */
  body: Buffer;
}

export type TransportErrorKind = ParseErrorKind | "unreachable" | "timeout" | "failed";

/** No whole answer could be read. `unanswered`: it went out on a reused connection that closed before any byte came back. */
export class TransportError extends Error {
  override name = "TransportError";
  constructor(
    readonly kind: TransportErrorKind,
    message: string,
    readonly unanswered = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface PoolOptions extends ResponseLimits {
  /** Connections open at once. */
  connections: number;
  /** Certificate authorities to trust instead of Node's own (and NODE_EXTRA_CA_CERTS), for an https origin. */
  ca?: ConnectionOptions["ca"];
}

export interface SendOptions {
  deadlineMs: number;
  /** Aborting rejects with the signal's reason at once, and closes the request's connection. */
  stop?: AbortSignal;
  /** Send on a connection of its own, never on an idle one. */
  fresh?: boolean;
}

/** How long an idle connection is kept without a hint from the target (undici's default). */
const IDLE_MS = 4_000;
/** Given up this long before the target's own `keep-alive: timeout`, so the target never closes it under a request. */
const IDLE_MARGIN_MS = 1_000;
const CONNECTION_ERRORS = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EADDRNOTAVAIL"]);
const CLOSE_ERRORS = new Set(["ECONNRESET", "EPIPE", "ECONNABORTED"]);
const PAYLOAD_METHODS = new Set(["POST", "PUT", "PATCH"]);

interface Job {
  text: string;
  fresh: boolean;
  settled: boolean;
  connection: Connection | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  unwatch: (() => void) | undefined;
  resolve(response: ReceivedResponse): void;
  reject(error: unknown): void;
}

export class Http1Pool {
  private readonly idle: Connection[] = [];
  private readonly queue: Job[] = [];
  private open = 0;
  private closing = false;
  private onClosed: (() => void) | undefined;
  private closed: Promise<void> | undefined;
  private readonly host: string;
  private readonly port: number;
  private readonly tls: boolean;

  constructor(
    origin: URL,
    private readonly options: PoolOptions,
  ) {
    this.tls = origin.protocol === "https:";
    this.host = origin.hostname.replace(/^\[(.*)\]$/, "$1");
    this.port = Number(origin.port) || (this.tls ? 443 : 80);
  }

  /** Resolves with the answer once its last byte arrived; rejects with a TransportError, or with `stop`'s reason. */
  send(request: WireRequest, { deadlineMs, stop, fresh = false }: SendOptions): Promise<ReceivedResponse> {
    return new Promise<ReceivedResponse>((resolve, reject) => {
      if (stop?.aborted) return reject(stop.reason);
      if (this.closing) return reject(new TransportError("closed", "the client is closed"));
      const job: Job = { text: requestText(request), fresh, settled: false, connection: undefined, timer: undefined, unwatch: undefined, resolve, reject };
      job.timer = setTimeout(() => this.fail(job, new TransportError("timeout", `no whole answer within ${deadlineMs} ms`)), deadlineMs);
      if (stop) job.unwatch = onAbort(stop, () => this.fail(job, stop.reason));
      this.dispatch(job);
    });
  }

  /** Closes idle connections now and the others as their answers end; resolves once all are closed. */
  close(): Promise<void> {
    if (this.closed) return this.closed;
    this.closing = true;
    this.closed = new Promise<void>((resolve) => (this.onClosed = resolve));
    for (const job of this.queue.splice(0)) this.settle(job, new TransportError("closed", "the client is closed"));
    for (const connection of this.idle.splice(0)) connection.destroy();
    if (this.open === 0) this.onClosed?.();
    return this.closed;
  }

  /** Ends `job` with `error`; a connection it was using cannot carry another request. */
  private fail(job: Job, error: unknown): void {
    if (job.settled) return;
    const { connection } = job;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    // Settled first: the connection, closed under the request, must not settle it as closed by the target.
    this.settle(job, error);
    connection?.destroy();
  }

  private settle(job: Job, error: unknown, response?: ReceivedResponse): void {
    if (job.settled) return;
    job.settled = true;
    clearTimeout(job.timer);
    job.unwatch?.();
    job.connection = undefined;
    if (response) job.resolve(response);
    else job.reject(error);
  }

  private dispatch(job: Job): void {
    const reused = job.fresh ? undefined : this.idle.pop();
    if (reused) reused.start(job);
    else if (this.open < this.options.connections || job.fresh) this.connect().start(job);
    else this.queue.push(job);
  }

  private connect(): Connection {
    this.open++;
    const socket = this.tls
      ? connectTls({ host: this.host, port: this.port, servername: isIP(this.host) ? undefined : this.host, ALPNProtocols: ["http/1.1"], ca: this.options.ca })
      : connectTcp({ host: this.host, port: this.port });
    socket.setNoDelay(true);
    return new Connection(socket, this.options, {
      answered: (connection, job, response) => {
        this.settle(job, undefined, { status: response.status, headers: response.headers, body: response.body });
        const idleMs = response.keepAliveSeconds === undefined ? IDLE_MS : Math.min(response.keepAliveSeconds * 1_000 - IDLE_MARGIN_MS, 600_000);
        if (response.reusable && !this.closing && idleMs > 0) this.release(connection, idleMs);
        else connection.destroy();
      },
      failed: (job, error) => this.settle(job, error),
      closed: (connection) => this.forget(connection),
    });
  }

  /** Hands an idle connection to the request waiting longest, or keeps it for the next one. */
  private release(connection: Connection, idleMs: number): void {
    const next = this.queue.shift();
    if (next) connection.start(next);
    else {
      connection.rest(idleMs);
      this.idle.push(connection);
    }
  }

  private forget(connection: Connection): void {
    this.open--;
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
    const next = this.queue.shift();
    if (next) this.dispatch(next);
    if (this.closing && this.open === 0) this.onClosed?.();
  }
}

interface ConnectionEvents {
  answered(connection: Connection, job: Job, response: ParsedResponse): void;
  failed(job: Job, error: TransportError): void;
  closed(connection: Connection): void;
}

/** One socket: the request under way on it, if any, and the parser reading its answer. */
class Connection {
  private job: Job | undefined;
  private parser: ResponseParser | undefined;
  /** Requests written on this socket so far. */
  private sent = 0;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private gone = false;

  constructor(
    private readonly socket: Socket,
    private readonly limits: ResponseLimits,
    private readonly events: ConnectionEvents,
  ) {
    socket.on("data", (chunk: Buffer) => this.read(chunk));
    socket.on("end", () => this.end());
    socket.on("error", (error: NodeJS.ErrnoException) => this.broken(error));
    socket.on("close", () => this.closed());
  }

  start(job: Job): void {
    clearTimeout(this.idleTimer);
    this.socket.ref();
    this.job = job;
    job.connection = this;
    this.parser = new ResponseParser(this.limits);
    this.sent++;
    writeSoon(this.socket, job.text);
  }

  /** Idle until `idleMs` pass: an idle socket does not keep the process alive. */
  rest(idleMs: number): void {
    this.socket.unref();
    this.idleTimer = setTimeout(() => this.destroy(), idleMs);
    this.idleTimer.unref();
  }

  destroy(): void {
    this.socket.destroy();
    this.closed();
  }

  private read(chunk: Buffer): void {
    const { job, parser } = this;
    // Bytes no request asked for: whatever the connection carries next cannot be trusted.
    if (!job || !parser) {
      this.destroy();
      return;
    }
    let response: ParsedResponse | undefined;
    try {
      response = parser.push(chunk);
    } catch (error) {
      this.fail(job, error as ResponseParseError);
      return;
    }
    if (!response) return;
    this.job = undefined;
    this.parser = undefined;
    if (parser.extraBytes > 0) response.reusable = false;
    this.events.answered(this, job, response);
  }

  /** The target closed its side: an answer that runs until the close is complete; any other is cut short. */
  private end(): void {
    const { job, parser } = this;
    if (!job || !parser) {
      this.destroy();
      return;
    }
    this.job = undefined;
    this.parser = undefined;
    let response: ParsedResponse;
    try {
      response = parser.end();
    } catch (error) {
      this.fail(job, error as ResponseParseError, parser);
      return;
    }
    // Only an answer that runs until the close completes here, and it never lets the connection be reused.
    this.events.answered(this, job, response);
  }

  private broken(error: NodeJS.ErrnoException): void {
    const { job, parser } = this;
    this.job = undefined;
    this.parser = undefined;
    if (job) {
      const code = error.code ?? "";
      const kind: TransportErrorKind =
        CONNECTION_ERRORS.has(code) && this.sent === 1 && !parser?.started ? "unreachable" : CLOSE_ERRORS.has(code) ? "closed" : "failed";
      // Never taken for unanswered: a reset may come after the target read the request (only a clean close proves it did not).
      this.events.failed(job, new TransportError(kind, `${code ? `${code} ` : ""}${error.message}`, false, { cause: error }));
    }
    this.destroy();
  }

  private closed(): void {
    if (this.gone) return;
    this.gone = true;
    clearTimeout(this.idleTimer);
    const { job, parser } = this;
    this.job = undefined;
    this.parser = undefined;
    if (job && parser)
      this.fail(
        job,
        new ResponseParseError("closed", parser.started ? "closed before the answer was complete" : "closed before any byte of the answer"),
        parser,
      );
    this.events.closed(this);
  }

  private fail(job: Job, error: ResponseParseError, parser = this.parser): void {
    this.job = undefined;
    this.parser = undefined;
    this.events.failed(job, new TransportError(error.kind, error.message, error.kind === "closed" && this.unanswered(parser), { cause: error }));
    this.destroy();
  }

  /** A later request on this socket with no byte of its answer back: the target had closed the connection first. */
  private unanswered(parser: ResponseParser | undefined): boolean {
    return this.sent > 1 && parser !== undefined && !parser.started;
  }
}

/**
 * Requests are written together once this turn of the event loop has read what it could: a target on the same
 * machine then reads several in one wake-up instead of waking for each (measured on the emulator: about a tenth
 * less of its CPU per request than with each request written at once).
 */
let writes: [Socket, string][] = [];
function writeSoon(socket: Socket, text: string): void {
  if (writes.length === 0) setImmediate(flushWrites);
  writes.push([socket, text]);
}
function flushWrites(): void {
  const due = writes;
  writes = [];
  for (const [socket, text] of due) if (!socket.destroyed) socket.write(text);
}

/** The request as written: one string, so it leaves in one write. */
function requestText({ method, path, headers, body }: WireRequest): string {
  let text = `${method} ${path} HTTP/1.1\r\n`;
  for (const name in headers) {
    const value = headers[name]!;
    // The suite's own values; a line break in one would split the request.
    if (/[\r\n]/.test(name) || /[\r\n]/.test(value)) throw new TypeError(`header ${JSON.stringify(name)} holds a line break`);
    text += `${name}: ${value}\r\n`;
  }
  const length = body === null ? (PAYLOAD_METHODS.has(method) ? 0 : undefined) : Buffer.byteLength(body);
  if (length !== undefined) text += `content-length: ${length}\r\n`;
  return `${text}\r\n${body ?? ""}`;
}
