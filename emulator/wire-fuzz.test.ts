/**
 * Issue 10: malformed requests at the wire level — random bytes, random methods and paths, huge headers,
 * broken chunking, bodies over the limit, pathological strings — never get a 5xx, never stall the
 * emulator, and leave it serving.
 */
import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startEmulator, type RunningEmulator } from "./index.ts";

const auth = "AWS4-HMAC-SHA256 Credential=111111111111/20261121/us-east-1/securityhub/aws4_request, SignedHeaders=host, Signature=00";
const KiB = 1024;
/** A request has answered or been closed within this, or the emulator stalled (generous: a busy machine is not a stall). */
const STALL_MS = 30_000;
/** Requests per run: a fresh sample each seed; the 10,000 of issue 10 are `FUZZ_REQUESTS=10000 npm test -- emulator/wire-fuzz`. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3_000);

const head = (method: string, path: string, headers: string[]): string =>
  `${method} ${path} HTTP/1.1\r\nhost: emulator\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`;
const withBody = (path: string, body: string | Buffer, extra: string[] = []): Buffer =>
  Buffer.concat([
    Buffer.from(head("POST", path, [`authorization: ${auth}`, "content-type: application/json", `content-length: ${Buffer.byteLength(body)}`, ...extra])),
    Buffer.from(body),
  ]);
const paths = fc.oneof(
  fc.constantFrom("/members/invite", "/invitations/decline", "/members", "/accounts", "/invitations", "/"),
  fc.webPath().map((p) => p || "/"),
);

const malformed: fc.Arbitrary<Buffer> = fc.oneof(
  // Random bytes, some starting like a request line.
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 100 }))
    .map(([m, p, rest]) => Buffer.concat([Buffer.from(`${m} ${p} HTTP/1.1\r\n`), Buffer.from(rest)])),
  // Random methods (tokens) and paths.
  fc
    .tuple(fc.stringMatching(/^[A-Z]{1,10}$/), paths)
    .map(([method, path]) => Buffer.from(`${head(method, path, [`authorization: ${auth}`, "content-length: 2"])}{}`)),
  // Huge headers, over Node's 16 KiB.
  fc.integer({ min: 17, max: 80 }).map((k) => Buffer.from(head("POST", "/members/invite", [`x-big: ${"h".repeat(k * KiB)}`, "content-length: 0"]))),
  fc.integer({ min: 100, max: 400 }).map((n) =>
    Buffer.from(
      head(
        "GET",
        "/invitations",
        Array.from({ length: n }, (_, i) => `x-h${i}: ${"v".repeat(60)}`),
      ),
    ),
  ),
  // Broken chunking: a bad size, a chunk cut short, no terminating chunk.
  fc
    .constantFrom("zz\r\nabc\r\n0\r\n\r\n", "10\r\nabc", "3\r\nabc\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "-1\r\n\r\n", "ffffffffffffffffff\r\n")
    .map((chunks) =>
      Buffer.from(head("POST", "/members/invite", [`authorization: ${auth}`, "content-type: application/json", "transfer-encoding: chunked"]) + chunks),
    ),
  // Bodies over the 1 MiB limit, declared or not, and bodies shorter than declared.
  fc.constantFrom(1.5, 3).map((mib) => withBody("/members/invite", Buffer.alloc(mib * 1024 * KiB, 0x20))),
  fc.constant(Buffer.from(`${head("POST", "/members/invite", [`authorization: ${auth}`, "content-length: 99999999999"])}{`)),
  fc.constant(Buffer.from(`${head("POST", "/members/invite", [`authorization: ${auth}`, "content-length: 100", "content-length: 3"])}{}`)),
  // Pathological strings in otherwise fine requests: blanks, deep nesting, NULs, lone surrogates, invalid UTF-8.
  fc.integer({ min: 1, max: 1000 }).map((k) => withBody("/members/invite", `{"AccountIds":["${" ".repeat(k * KiB - 20)}"]}`)),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => withBody("/invitations/decline", `{"AccountIds":${"[".repeat(depth)}${"]".repeat(depth)}}`)),
  fc.string({ unit: "binary", maxLength: 200 }).map((s) => withBody("/members", JSON.stringify({ AccountDetails: [{ AccountId: s, Email: s }] }))),
  fc
    .uint8Array({ minLength: 1, maxLength: 100 })
    .map((bytes) => withBody("/members/invite", Buffer.concat([Buffer.from('{"AccountIds":["'), Buffer.from(bytes.map((b) => b | 0x80)), Buffer.from('"]}')]))),
);

interface WireAnswer {
  /** The status of the first response, if one came. */
  status: number | undefined;
  stalled: boolean;
}

/** Writes the bytes on a fresh connection, half-closes it, and reads until the emulator closes it. */
function sendRaw(port: number, bytes: Buffer): Promise<WireAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ status: undefined, stalled: true });
    }, STALL_MS);
    socket.on("connect", () => socket.end(bytes));
    socket.on("data", (chunk) => (received += chunk.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      resolve({ status: status === undefined ? undefined : Number(status), stalled: false });
    });
  });
}

/** Sends `count` generated malformed requests, `concurrency` at a time; returns those that got a 5xx or stalled. */
async function fuzz(port: number, count: number, seed: number, concurrency = 8): Promise<string[]> {
  const requests = fc.sample(malformed, { numRuns: count, seed });
  const problems: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const request = requests[next++]!;
      const answer = await sendRaw(port, request);
      if (answer.stalled || (answer.status !== undefined && answer.status >= 500)) {
        problems.push(`${answer.stalled ? "stalled" : answer.status} on ${JSON.stringify(request.subarray(0, 120).toString("latin1"))}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return problems;
}

describe(`the emulator under ${REQUESTS} malformed requests`, () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator.close());

  it("never answers 5xx, never stalls, stays quiet, and serves afterwards", async () => {
    const seed = 20_261_110;
    const warnings = vi.spyOn(process, "emitWarning");
    const quiet = vi.spyOn(console, "warn");
    const problems = await fuzz(emulator.port, REQUESTS, seed);
    expect(problems.slice(0, 5), `seed ${seed}`).toEqual([]);
    // Clients that broke off mid-body: one quiet line in all, no stack traces.
    expect(warnings.mock.calls.filter(([message]) => String(message).includes("request failed"))).toEqual([]);
    expect(quiet.mock.calls.length).toBeLessThanOrEqual(1);
    warnings.mockRestore();
    quiet.mockRestore();
    const enable = await fetch(`${emulator.url}/accounts`, { method: "POST", headers: { authorization: auth }, body: "{}" });
    expect([200, 409]).toContain(enable.status);
    const count = await fetch(`${emulator.url}/invitations/count`, { headers: { authorization: auth } });
    expect(count.status).toBe(200);
  });

  it("would notice a server that answers broken requests with 500 (a planted fault)", async () => {
    const server = createServer((_req, res) => res.writeHead(500).end());
    server.on("clientError", (_error, socket) => socket.end("HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      expect((await fuzz((server.address() as AddressInfo).port, 200, 1)).length).toBeGreaterThan(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
