/**
 * Reads one HTTP/1.1 answer from the bytes of a connection, as they arrive, within fixed limits: the status line
 * and headers at most `maxHeaderBytes`, the body at most `maxBodyBytes`. Pure (bytes in, an answer or an error
 * out), so every way of splitting the same bytes into chunks reads the same.
 *
 * Strict where a lenient reading could take one answer for another (RFC 9112): lines end in CRLF; a header name
 * is a token followed at once by its colon; no folded lines, no control characters in values; Content-Length is
 * digits, given once; Transfer-Encoding with Content-Length is refused. Interim answers (1xx) are skipped; 204
 * and 304 have no body; a body whose last transfer coding is not chunked, or with no framing at all, runs until
 * the connection closes. Anything else is a protocol error: nothing a target sends is ever read as an answer it
 * did not send. Where undici (llhttp) reads differently, the test of this module says which and why.
 */
import { setHeader } from "./exchange.ts";

export interface ResponseLimits {
  /** Bytes of the status line and headers (and of a chunked body's trailers). */
  maxHeaderBytes: number;
  /** Bytes of the body, after chunked framing is removed. */
  maxBodyBytes: number;
}

export interface ParsedResponse {
  status: number;
  /** Lowercase names, values as latin1 without surrounding white space, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** The body exactly as sent, its chunked framing removed; never inflated, whatever its Content-Encoding. */
  body: Buffer;
  /** Whether the connection may carry another request: HTTP/1.1, not `connection: close`, framed by its length. */
  reusable: boolean;
  /** Seconds the target keeps an idle connection open, from `keep-alive: timeout=N`. */
  keepAliveSeconds: number | undefined;
}

export type ParseErrorKind = "protocol" | "headers-too-large" | "body-too-large" | "closed";

export class ResponseParseError extends Error {
  override name = "ResponseParseError";
  constructor(
    readonly kind: ParseErrorKind,
    message: string,
  ) {
    super(message);
  }
}

type State = "head" | "length" | "chunk-size" | "chunk-data" | "chunk-end" | "trailers" | "until-close" | "done";

const LF = 0x0a;
const CR = 0x0d;
/** An LF not preceded by CR: the only line end here is CRLF. */
const BARE_LF = /(?:^|[^\r])\n/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const STATUS_LINE = /^HTTP\/1\.([01]) ([0-9]{3})(?: (.*))?$/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,8})(?:[ \t]*;.*)?$/;
const KEEP_ALIVE_TIMEOUT = /(?:^|[,\s])timeout=(\d{1,9})(?:$|[,\s])/;
const DIGITS = /^[0-9]{1,15}$/;
const HTTP_PREFIX = Buffer.from("HTTP/1.", "latin1");
/** A body of a stated length above this is received into one buffer of that length. */
const SIZED_FROM_BYTES = 64 * 1024;
/** A chunk-size line or trailer line longer than this is not HTTP a server sends. */
const MAX_LINE_BYTES = 4096;

export class ResponseParser {
  private state: State = "head";
  /** Bytes of the part being read (the head, a chunk-size line, the trailers) received so far. */
  private pending: Buffer | undefined;
  private status = 0;
  private headers: Record<string, string> = {};
  private reusable = true;
  private keepAliveSeconds: number | undefined;
  private readonly body: Buffer[] = [];
  /** A body whose length was stated up front is copied into one buffer as it arrives, never joined from pieces. */
  private sized: Buffer | undefined;
  private bodyBytes = 0;
  /** Body bytes still to come: of the whole body (length framing), or of the current chunk. */
  private remaining = 0;
  /** Bytes that came after the end of the answer. */
  private extra = 0;
  private result: ParsedResponse | undefined;
  /** Whether any byte arrived, of an interim answer or of the answer. */
  private received = false;

  constructor(private readonly limits: ResponseLimits) {}

  /** Bytes received after the answer ended (a connection carrying them cannot be trusted with another request). */
  get extraBytes(): number {
    return this.extra;
  }

  /** Reads the next bytes; returns the answer once it is complete, and throws a ResponseParseError at the first fault. */
  push(chunk: Buffer): ParsedResponse | undefined {
    if (chunk.length > 0) this.received = true;
    let at = 0;
    while (at < chunk.length) {
      switch (this.state) {
        case "head":
        case "trailers":
        case "chunk-size":
        case "chunk-end":
          at = this.readLines(chunk, at);
          break;
        case "length":
        case "chunk-data": {
          const take = Math.min(this.remaining, chunk.length - at);
          this.keepBody(chunk.subarray(at, at + take));
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            if (this.state === "length") this.finish();
            else this.state = "chunk-end";
          }
          break;
        }
        case "until-close":
          this.keepBody(chunk.subarray(at));
          at = chunk.length;
          break;
        case "done":
          this.extra += chunk.length - at;
          return this.result;
      }
    }
    return this.result;
  }

  /** The connection closed: completes an answer that runs until the close, and throws for any other unfinished one. */
  end(): ParsedResponse {
    if (this.state === "until-close") this.finish();
    if (this.result) return this.result;
    throw new ResponseParseError("closed", this.received ? "closed before the answer was complete" : "closed before any byte of the answer");
  }

  /** Whether any byte came back (of an interim answer or of the answer). */
  get started(): boolean {
    return this.received;
  }

  /** Collects bytes up to the end of a line-based part (head, chunk size, chunk end, trailers), then reads it. */
  private readLines(chunk: Buffer, at: number): number {
    const sectioned = this.state === "head" || this.state === "trailers";
    const limit = sectioned ? this.limits.maxHeaderBytes : MAX_LINE_BYTES;
    const before = this.pending?.length ?? 0;
    const joined = this.pending ? Buffer.concat([this.pending, chunk.subarray(at)]) : chunk.subarray(at);
    // Where the part's text ends and where its terminator does: the head and the trailers end with an empty line,
    // a chunk-size line and a chunk's end with their CRLF, and trailers that are none are the empty line alone.
    let textEnd = -1;
    let partEnd = -1;
    if (this.state === "trailers" && joined.length >= 2 && joined[0] === CR && joined[1] === LF) [textEnd, partEnd] = [0, 2];
    else {
      const terminator = sectioned ? "\r\n\r\n" : "\r\n";
      const found = joined.indexOf(terminator, Math.max(0, before - terminator.length + 1));
      if (found !== -1) [textEnd, partEnd] = [found, found + terminator.length];
    }
    // The first fault in the bytes wins, wherever the chunks they came in happen to end (the same answer must read the
    // same on every run): bytes that cannot begin a status line, then an LF without CR before the limit, then the limit.
    if (this.state === "head" && !beginsLikeHttp(joined)) throw new ResponseParseError("protocol", 'the answer does not begin with "HTTP/1."');
    const end = partEnd === -1 ? joined.length : partEnd;
    if (end > limit) {
      if (bareLineFeed(joined, Math.max(0, before - 1), limit)) throw new ResponseParseError("protocol", "a line ends in LF without CR");
      if (!sectioned) throw new ResponseParseError("protocol", "a line of the chunked framing is too long");
      throw new ResponseParseError("headers-too-large", `the ${this.state === "head" ? "status line and headers" : "trailers"} exceed ${limit} bytes`);
    }
    if (partEnd === -1) {
      // Refused at once, rather than waited on until the limit: it will never become a line of this part.
      if (bareLineFeed(joined, Math.max(0, before - 1), joined.length)) throw new ResponseParseError("protocol", "a line ends in LF without CR");
      this.pending = Buffer.from(joined);
      return chunk.length;
    }
    this.pending = undefined;
    const text = joined.toString("latin1", 0, textEnd);
    if (BARE_LF.test(text)) throw new ResponseParseError("protocol", "a line ends in LF without CR");
    switch (this.state) {
      case "head":
        this.readHead(text);
        break;
      case "chunk-size":
        this.readChunkSize(text);
        break;
      case "chunk-end":
        if (text !== "") throw new ResponseParseError("protocol", "a chunk is longer than its size");
        this.state = "chunk-size";
        break;
      case "trailers":
        // Read only for their form: the answer's headers are those before the body.
        if (text !== "") readHeaderLines(text.split("\r\n"), 0);
        this.finish();
        break;
    }
    return at + partEnd - before;
  }

  private readHead(head: string): void {
    const lines = head.split("\r\n");
    const statusLine = STATUS_LINE.exec(lines[0]!);
    if (!statusLine || hasControl(statusLine[3] ?? ""))
      throw new ResponseParseError("protocol", `not an HTTP/1.1 status line: ${JSON.stringify(lines[0]!.slice(0, 80))}`);
    const status = Number(statusLine[2]);
    if (status < 100) throw new ResponseParseError("protocol", `status ${statusLine[2]} is not a status code`);
    const headers = readHeaderLines(lines, 1);
    if (status === 101) throw new ResponseParseError("protocol", "101 Switching Protocols to a request that asked for no upgrade");
    // An interim answer (100 Continue, 103 Early Hints): the real one follows on the same connection.
    if (status < 200) return;
    this.status = status;
    this.headers = headers;
    const tokens = headers.connection === undefined ? [] : headers.connection.toLowerCase().split(",").map(withoutOws);
    this.reusable = statusLine[1] === "1" ? !tokens.includes("close") : tokens.includes("keep-alive");
    const timeout = headers["keep-alive"] === undefined ? null : KEEP_ALIVE_TIMEOUT.exec(headers["keep-alive"]);
    this.keepAliveSeconds = timeout ? Number(timeout[1]) : undefined;
    const transferEncoding = headers["transfer-encoding"];
    const contentLength = headers["content-length"];
    if (status === 204 || status === 304) {
      this.finish();
      return;
    }
    if (transferEncoding !== undefined) {
      if (contentLength !== undefined) throw new ResponseParseError("protocol", "both Transfer-Encoding and Content-Length");
      // Only the chunked framing is removed; any other coding stays as sent, as Content-Encoding does.
      if (transferEncoding.toLowerCase().split(",").map(withoutOws).at(-1) === "chunked") {
        this.state = "chunk-size";
        return;
      }
      // Not chunked last: the body runs until the connection closes (RFC 9112, 6.3).
      this.reusable = false;
      this.state = "until-close";
      return;
    }
    if (contentLength !== undefined) {
      const length = lengthOf(contentLength);
      if (length > this.limits.maxBodyBytes)
        throw new ResponseParseError("body-too-large", `Content-Length ${length} exceeds ${this.limits.maxBodyBytes} bytes`);
      this.remaining = length;
      if (length === 0) this.finish();
      else {
        this.state = "length";
        // Joined from pieces, a large body is held twice at its end (the pieces and their copy).
        if (length > SIZED_FROM_BYTES) this.sized = Buffer.allocUnsafe(length);
      }
      return;
    }
    // No framing: the body is what comes until the connection closes.
    this.reusable = false;
    this.state = "until-close";
  }

  private readChunkSize(line: string): void {
    const size = CHUNK_SIZE.exec(line);
    if (!size) throw new ResponseParseError("protocol", `not a chunk size: ${JSON.stringify(line.slice(0, 80))}`);
    const length = Number.parseInt(size[1]!, 16);
    if (this.bodyBytes + length > this.limits.maxBodyBytes)
      throw new ResponseParseError("body-too-large", `the chunked body exceeds ${this.limits.maxBodyBytes} bytes`);
    if (length === 0) {
      this.state = "trailers";
      return;
    }
    this.remaining = length;
    this.state = "chunk-data";
  }

  private keepBody(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.sized && this.state === "length") {
      // "length" takes no more than the stated length, so the copy always fits.
      bytes.copy(this.sized, this.bodyBytes);
      this.bodyBytes += bytes.length;
      return;
    }
    this.bodyBytes += bytes.length;
    if (this.bodyBytes > this.limits.maxBodyBytes) throw new ResponseParseError("body-too-large", `the body exceeds ${this.limits.maxBodyBytes} bytes`);
    this.body.push(bytes);
  }

  private finish(): void {
    this.state = "done";
    const body = this.sized ?? (this.body.length === 1 ? this.body[0]! : Buffer.concat(this.body));
    this.result = { status: this.status, headers: this.headers, body, reusable: this.reusable, keepAliveSeconds: this.keepAliveSeconds };
  }
}

/** The length a Content-Length states: digits, given once (a repeated header, joined, is refused as undici refuses it). */
function lengthOf(contentLength: string): number {
  if (!DIGITS.test(contentLength)) throw new ResponseParseError("protocol", `Content-Length ${JSON.stringify(contentLength)} is not one length`);
  return Number(contentLength);
}

/** `name: value` lines from `first` on, as one object: names lowercased, repeats joined with ", ". */
function readHeaderLines(lines: readonly string[], first: number): Record<string, string> {
  const headers: Record<string, string> = {};
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon) : "";
    if (!TOKEN.test(name)) throw new ResponseParseError("protocol", `not a header line: ${JSON.stringify(line.slice(0, 80))}`);
    const value = withoutOws(line.slice(colon + 1));
    if (hasControl(value)) throw new ResponseParseError("protocol", `header ${name} has a control character in its value`);
    const key = name.toLowerCase();
    setHeader(headers, key, Object.hasOwn(headers, key) ? `${headers[key]}, ${value}` : value);
  }
  return headers;
}

/** Whether `bytes[from, end)` hold an LF that does not follow a CR. */
function bareLineFeed(bytes: Buffer, from: number, end: number): boolean {
  for (let i = bytes.indexOf(LF, from); i !== -1 && i < end; i = bytes.indexOf(LF, i + 1)) if (i === 0 || bytes[i - 1] !== CR) return true;
  return false;
}

/** Whether the bytes so far could begin a status line. */
function beginsLikeHttp(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length && i < HTTP_PREFIX.length; i++) if (bytes[i] !== HTTP_PREFIX[i]) return false;
  return true;
}

/** Whether `text` holds a control character other than horizontal tab, or DEL: never part of a header value or a reason. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/** `text` without the spaces and tabs around it (String's trim would take other characters too). */
function withoutOws(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isOws(text.charCodeAt(start))) start++;
  while (end > start && isOws(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const isOws = (code: number): boolean => code === 0x20 || code === 0x09;
