/** One request and its response as reports show them: secrets and signatures already removed. */

export interface Exchange {
  /** The account the request acted as. */
  account: string;
  operation: string;
  request: {
    method: string;
    /** Path and query string. */
    path: string;
    headers: Record<string, string>;
    body: string | undefined;
  };
  response: {
    status: number;
    headers: Record<string, string>;
    /** The body decoded as UTF-8 (possibly only a prefix of it once judged: see `truncated`). */
    body: string;
    /** Bytes of the body as received, before any decoding. */
    bytes?: number;
    /** Set when the body's bytes are not valid UTF-8 (the text then holds U+FFFD where they were). */
    invalidUtf8?: true;
    /** Set when only a prefix of the body is kept, after the checks judged all of it. */
    truncated?: true;
  };
  durationMs: number;
}

export const REDACTED = "[redacted]";

/** Characters of a response body an exchange keeps once the checks have judged the whole of it. */
export const KEPT_BODY_CHARS = 16 * 1024;

/**
 * Drops all but a prefix of the response body, once judged, and marks the exchange `truncated`: a run
 * keeps many exchanges (every one of a failing case), and a target answering 8 MB bodies must not make it
 * keep them whole.
 */
export function keepBodyPrefix(exchange: Exchange, max = KEPT_BODY_CHARS): void {
  const { body } = exchange.response;
  if (body.length <= max) return;
  exchange.response.body = detachedPrefix(body, max);
  exchange.response.truncated = true;
}

/**
 * The first `max` characters of `text` as a string of their own. V8 makes a short slice of a long string
 * a view that keeps the whole of it alive: an excerpt of an 8 MB body kept in a finding would keep the
 * 8 MB. Copied through UTF-16 code units, so even a lone surrogate survives.
 */
export function detachedPrefix(text: string, max: number): string {
  const prefix = text.length > max ? text.slice(0, max) : text;
  return prefix.length < 13 || prefix === text ? prefix : Buffer.from(prefix, "utf16le").toString("utf16le");
}
const SECRET_HEADERS = new Set(["authorization", "x-amz-security-token", "x-amz-signature", "x-amz-credential"]);

/**
 * Headers with signing material replaced, and every occurrence of a secret (secret key, session token)
 * replaced anywhere in header values.
 */
export function redactHeaders(headers: Record<string, string>, secrets: readonly string[]): Record<string, string> {
  const redacted: Record<string, string> = {};
  for (const name in headers) setHeader(redacted, name, SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : redactText(headers[name]!, secrets));
  return redacted;
}

/** Sets a header as a member of its own: assigned, one named __proto__ would vanish (or set the object's prototype). */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  if (name === "__proto__") Object.defineProperty(headers, name, { value, enumerable: true, configurable: true, writable: true });
  else headers[name] = value;
}

export function redactText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    // Checked first: a split and join would copy every body, secret or not, and bodies may be megabytes.
    if (secret.length >= 4 && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}
