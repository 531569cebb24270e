/**
 * SigV4 (AWS4-HMAC-SHA256) signing of wire requests, in the header form the AWS SDKs send: the same canonical
 * request, string to sign and Authorization header as @smithy/signature-v4 (sigv4.test.ts compares the two on
 * generated requests and checks AWS's published example). Written here, synchronous, because the SDK's signer
 * costs a deep run more than the target does: it awaits every hash, and hashes the secret again on every
 * request to look its derived key up in its cache.
 */
import { createHmac, hash } from "node:crypto";
import { percentEncode } from "../protocol/uri-path.ts";

export interface UnsignedRequest {
  method: string;
  /** The Host header: the endpoint's host and port. */
  host: string;
  /** The path as sent, without the query. */
  path: string;
  query: Record<string, string>;
  /** Lowercase names. */
  headers: Record<string, string>;
  body: string | undefined;
}

export interface SigningCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface SigningScope {
  region: string;
  service: string;
}

const ALGORITHM = "AWS4-HMAC-SHA256";
const NEEDS_FOLDING = /[\r\n\t]| {2}|^ | $/;
const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
/** Headers the SDKs never sign: hop-by-hop ones and those a proxy may change (smithy's ALWAYS_UNSIGNABLE_HEADERS). */
const UNSIGNABLE = new Set([
  "authorization",
  "cache-control",
  "connection",
  "expect",
  "from",
  "keep-alive",
  "max-forwards",
  "pragma",
  "referer",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "user-agent",
  "x-amzn-trace-id",
]);

/**
 * The request's headers after signing: the given ones with host, x-amz-date, authorization and, for temporary
 * credentials, x-amz-security-token.
 */
export function signedHeaders(
  credentials: SigningCredentials,
  scope: SigningScope,
  request: UnsignedRequest,
  signingDate = new Date(),
): Record<string, string> {
  const longDate = amzDate(signingDate);
  const shortDate = longDate.slice(0, 8);
  // Object.assign, not a spread with members after it: V8 builds that literal an order of magnitude slower.
  const headers: Record<string, string> = Object.assign({}, request.headers);
  headers.host = request.host;
  headers["x-amz-date"] = longDate;
  if (credentials.sessionToken) headers["x-amz-security-token"] = credentials.sessionToken;
  const names = sortedInPlace(Object.keys(headers).filter(isSignable));
  let canonicalHeaders = "";
  for (const name of names) canonicalHeaders += `${name}:${canonicalValue(headers[name]!)}\n`;
  const signedNames = names.join(";");
  const payloadHash = request.body === undefined ? EMPTY_BODY_SHA256 : sha256Hex(request.body);
  const canonicalRequest = `${request.method}\n${canonicalPath(request.path)}\n${canonicalQuery(request.query)}\n${canonicalHeaders}\n${signedNames}\n${payloadHash}`;
  const credentialScope = `${shortDate}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = `${ALGORITHM}\n${longDate}\n${credentialScope}\n${sha256Hex(canonicalRequest)}`;
  const signature = signingKey(credentials.secretAccessKey, shortDate, scope).sign(stringToSign);
  headers.authorization = `${ALGORITHM} Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedNames}, Signature=${signature}`;
  return headers;
}

/**
 * Insertion sort, in code-unit order as Array#sort orders strings: a request signs a handful of headers, and V8's
 * sort allocates a work array on every call, which a deep run would collect again and again.
 */
function sortedInPlace(names: string[]): string[] {
  for (let i = 1; i < names.length; i++) {
    const name = names[i]!;
    let j = i - 1;
    for (; j >= 0 && names[j]! > name; j--) names[j + 1] = names[j]!;
    names[j + 1] = name;
  }
  return names;
}

function isSignable(name: string): boolean {
  return !UNSIGNABLE.has(name) && !name.startsWith("proxy-") && !name.startsWith("sec-");
}

/** Percent-encoding as SigV4 canonicalizes it: encodeURIComponent, with !'()* encoded too (restJson1 encodes labels the same). */
export const uriEscape: (text: string) => string = percentEncode;

let lastSecond = Number.NaN;
let lastAmzDate = "";

/** `YYYYMMDDTHHMMSSZ` (the last one kept: a run signs many requests a second). */
function amzDate(date: Date): string {
  const second = Math.floor(date.getTime() / 1000);
  if (second !== lastSecond) {
    lastAmzDate = date
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z")
      .replace(/[-:]/g, "");
    lastSecond = second;
  }
  return lastAmzDate;
}

/** Canonical paths by path: a run sends to a few dozen. */
const canonicalPaths = new Map<string, string>();
const MAX_CANONICAL_PATHS = 1024;

/** Dot segments removed and each segment escaped (so an already-escaped path is escaped twice, as every service but S3 expects). */
function canonicalPath(path: string): string {
  let canonical = canonicalPaths.get(path);
  if (canonical === undefined) {
    canonical = escapedPath(path);
    if (canonicalPaths.size >= MAX_CANONICAL_PATHS) canonicalPaths.clear();
    canonicalPaths.set(path, canonical);
  }
  return canonical;
}

function escapedPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  const normalized = `${path.startsWith("/") ? "/" : ""}${segments.join("/")}${segments.length > 0 && path.endsWith("/") ? "/" : ""}`;
  return uriEscape(normalized).replace(/%2F/g, "/");
}

function canonicalQuery(query: Record<string, string>): string {
  if (isEmpty(query)) return "";
  const pairs = new Map<string, string>();
  for (const [name, value] of Object.entries(query)) {
    if (name.toLowerCase() === "x-amz-signature") continue;
    const key = uriEscape(name);
    pairs.set(key, `${key}=${uriEscape(value)}`);
  }
  return [...pairs.keys()]
    .sort()
    .map((key) => pairs.get(key))
    .join("&");
}

/** Trimmed, each run of spaces, tabs and line breaks one space. */
function canonicalValue(value: string): string {
  if (!NEEDS_FOLDING.test(value)) return value;
  return value
    .replace(/[\r\n]/g, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/^ | $/g, "");
}

function isEmpty(record: object): boolean {
  for (const _ in record) return false;
  return true;
}

function sha256Hex(text: string): string {
  return hash("sha256", text, "hex");
}

/**
 * HMAC-SHA256 with one derived key, as RFC 2104 defines it, in two one-shot hashes over the key's padded blocks:
 * `createHmac` builds a native object per call, which a deep run pays for again in every collection.
 */
class DerivedKey {
  /** The key XOR ipad, then room for the message. */
  private inner: Buffer;
  /** The key XOR opad, then the inner digest. */
  private readonly outer = Buffer.alloc(BLOCK + 32);

  constructor(key: Buffer) {
    this.inner = Buffer.alloc(BLOCK + 256);
    for (let i = 0; i < BLOCK; i++) {
      this.inner[i] = (key[i] ?? 0) ^ 0x36;
      this.outer[i] = (key[i] ?? 0) ^ 0x5c;
    }
  }

  /** The message's HMAC, in lowercase hex. */
  sign(message: string): string {
    const length = BLOCK + Buffer.byteLength(message);
    if (length > this.inner.length) {
      const grown = Buffer.alloc(length);
      this.inner.copy(grown, 0, 0, BLOCK);
      this.inner = grown;
    }
    this.inner.write(message, BLOCK);
    (hash("sha256", this.inner.subarray(0, length), "buffer") as unknown as Buffer).copy(this.outer, BLOCK);
    return hash("sha256", this.outer, "hex");
  }
}

/** SHA-256's block size: a derived key (32 bytes) always fits one. */
const BLOCK = 64;

/** Derived keys by secret and scope: a key changes only with the date, so a run derives a handful. */
const derivedKeys = new Map<string, DerivedKey>();
const MAX_DERIVED_KEYS = 50;
/** The key of the last request, with what it was derived for: a run signs nearly every request with the same. */
let last: { secret: string; shortDate: string; region: string; service: string; key: DerivedKey } | undefined;

function signingKey(secret: string, shortDate: string, scope: SigningScope): DerivedKey {
  if (last && last.secret === secret && last.shortDate === shortDate && last.region === scope.region && last.service === scope.service) return last.key;
  const cacheKey = `${shortDate}\n${scope.region}\n${scope.service}\n${secret}`;
  let key = derivedKeys.get(cacheKey);
  if (!key) {
    key = new DerivedKey(
      [shortDate, scope.region, scope.service, "aws4_request"].reduce<Buffer>(
        (parent, part) => createHmac("sha256", parent).update(part).digest(),
        Buffer.from(`AWS4${secret}`, "utf8"),
      ),
    );
    if (derivedKeys.size >= MAX_DERIVED_KEYS) derivedKeys.delete(derivedKeys.keys().next().value!);
    derivedKeys.set(cacheKey, key);
  }
  last = { secret, shortDate, region: scope.region, service: scope.service, key };
  return key;
}
