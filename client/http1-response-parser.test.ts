import { createServer, type AddressInfo, type Socket } from "node:net";
import fc from "fast-check";
import { Client } from "undici";
import { afterAll, describe, expect, it } from "vitest";
import { Http1Pool } from "./http1-pool.ts";
import { type ParsedResponse, ResponseParseError, ResponseParser } from "./http1-response-parser.ts";

const LIMITS = { maxHeaderBytes: 16 * 1024, maxBodyBytes: 1024 };

/** What reading `chunks` one after another gives: the answer's parts, or the kind of error. */
function readChunks(chunks: readonly Buffer[], limits = LIMITS): string {
  const parser = new ResponseParser(limits);
  try {
    let response: ParsedResponse | undefined;
    for (const chunk of chunks) response ??= parser.push(chunk);
    response ??= parser.end();
    return JSON.stringify({ status: response.status, headers: response.headers, body: response.body.toString("latin1"), reusable: response.reusable });
  } catch (error) {
    if (!(error instanceof ResponseParseError)) throw error;
    return `error: ${error.kind}`;
  }
}
const read = (text: string, limits = LIMITS): string => readChunks([Buffer.from(text, "latin1")], limits);
const answer = (text: string): ReturnType<typeof JSON.parse> => JSON.parse(read(text));

/** Answers a parser must read, and answers it must refuse, of every framing. */
const CORPUS = [
  "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}",
  "HTTP/1.1 200\r\ncontent-length: 0\r\n\r\n",
  "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\nX-Amzn-ErrorType: InvalidInputException\r\ncontent-length: 2\r\n\r\n{}",
  "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n3;name=value\r\nabc\r\nA\r\n0123456789\r\n0\r\nx-trailer: 1\r\n\r\n",
  "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
  "HTTP/1.0 200 OK\r\n\r\nuntil the close",
  "HTTP/1.1 204 No Content\r\n\r\n",
  "HTTP/1.1 200 OK\r\nx: a\ncontent-length: 2\r\n\r\n{}",
  "HTTP/1.1 200 OK\ncontent-length: 2\n\n{}",
  "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}x\r\n0\r\n\r\n",
  "HTTP/1.1 200 OK\r\ncontent-length: 2000\r\n\r\n",
  "\u0000\u0001 this is not HTTP \u00ff\r\n\r\n",
  `HTTP/1.1 200 OK\r\nx-padding: ${"h".repeat(17_000)}\r\n\r\n`,
];

describe("ResponseParser", () => {
  it("reads the same answer, or refuses it the same way, however its bytes are split", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CORPUS), fc.uniqueArray(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const bytes = Buffer.from(text, "latin1");
        const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
        expect(readChunks(chunks)).toBe(read(text));
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  it("reads any bytes, mangled answers or noise, without an error of another kind, and the same way however they are split", () => {
    const mangled = fc
      .tuple(fc.constantFrom(...CORPUS), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }))
      .map(([text, edits]) => {
        const bytes = Buffer.from(text, "latin1");
        for (const [at, byte] of edits) bytes[at % bytes.length] = byte;
        return bytes;
      });
    const noise = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes));
    fc.assert(
      fc.property(fc.oneof(mangled, noise), fc.uniqueArray(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        // readChunks lets any error but a ResponseParseError through, which fails the property.
        expect(readChunks([0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length)))).toBe(readChunks([bytes]));
      }),
      { numRuns: 3000, seed: 19 },
    );
  });

  it("reads status, headers and body: names lowercased, repeats joined, spaces around values dropped", () => {
    expect(
      answer("HTTP/1.1 400 Bad Request\r\nX-Amzn-ErrorType: InvalidInputException \r\nX-Seen: a\r\nx-seen:\tb\r\n__proto__: p\r\ncontent-length: 2\r\n\r\n{}"),
    ).toEqual({
      status: 400,
      // Parsed from JSON, __proto__ is a member as in the answer (in a literal it would set the prototype).
      headers: JSON.parse('{"x-amzn-errortype":"InvalidInputException","x-seen":"a, b","__proto__":"p","content-length":"2"}'),
      body: "{}",
      reusable: true,
    });
  });

  it("skips interim answers, refuses a switch of protocols, and reads no body for 204 and 304", () => {
    expect(answer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nlink: </a>\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}").status).toBe(
      200,
    );
    expect(read("HTTP/1.1 101 Switching Protocols\r\nupgrade: h2c\r\n\r\n")).toBe("error: protocol");
    expect(answer("HTTP/1.1 204 No Content\r\ncontent-length: 2\r\n\r\n")).toMatchObject({ status: 204, body: "", reusable: true });
    expect(answer("HTTP/1.1 304 Not Modified\r\n\r\n")).toMatchObject({ status: 304, body: "" });
  });

  it("reads chunked bodies (extensions and trailers dropped), and a body that runs until the close", () => {
    expect(answer("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1;a=b\r\n{\r\n1\r\n}\r\n0\r\nx-t: 1\r\n\r\n")).toMatchObject({
      body: "{}",
      reusable: true,
    });
    expect(answer("HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n").body).toBe("{}");
    expect(answer("HTTP/1.1 200 OK\r\ntransfer-encoding: gzip\r\n\r\nraw")).toMatchObject({ body: "raw", reusable: false });
    expect(answer("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{}")).toMatchObject({ body: "{}", reusable: false });
  });

  it("lets a connection carry another request only when the answer says it may", () => {
    expect(answer("HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n").reusable).toBe(true);
    expect(answer("HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 0\r\n\r\n").reusable).toBe(false);
    expect(answer("HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n").reusable).toBe(false);
    expect(answer("HTTP/1.0 200 OK\r\nconnection: keep-alive\r\ncontent-length: 0\r\n\r\n").reusable).toBe(true);
    const parser = new ResponseParser(LIMITS);
    expect(parser.push(Buffer.from("HTTP/1.1 200 OK\r\nkeep-alive: timeout=5, max=100\r\ncontent-length: 0\r\n\r\nextra"))?.keepAliveSeconds).toBe(5);
    expect(parser.extraBytes).toBe(5);
  });

  it("holds the head and the body to their limits, refusing a declared length over the limit before any of it arrives", () => {
    const head = "HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
    const padded = (bytes: number): string => `HTTP/1.1 200 OK\r\nx: ${"h".repeat(bytes - head.length - 5)}\r\ncontent-length: 0\r\n\r\n`;
    expect(read(padded(LIMITS.maxHeaderBytes))).not.toMatch(/^error/);
    expect(read(padded(LIMITS.maxHeaderBytes + 1))).toBe("error: headers-too-large");
    expect(read("HTTP/1.1 200 OK\r\ncontent-length: 1025\r\n\r\n")).toBe("error: body-too-large");
    expect(read(`HTTP/1.1 200 OK\r\ncontent-length: 1024\r\n\r\n${"x".repeat(1024)}`)).not.toMatch(/^error/);
    expect(read(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n400\r\n${"x".repeat(1024)}\r\n1\r\nx\r\n0\r\n\r\n`)).toBe("error: body-too-large");
    expect(read(`HTTP/1.1 200 OK\r\n\r\n${"x".repeat(1025)}`)).toBe("error: body-too-large");
    expect(read(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\nx: ${"t".repeat(17_000)}\r\n\r\n`)).toBe("error: headers-too-large");
    expect(read(`HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1;${"e".repeat(5000)}`)).toBe("error: protocol");
  });

  it("refuses what is not HTTP/1.x at its first bytes, without waiting for a line end", () => {
    expect(() => new ResponseParser(LIMITS).push(Buffer.from("garb"))).toThrow(ResponseParseError);
    expect(() => new ResponseParser(LIMITS).push(Buffer.from("HTTP/1.1 200 OK\nx"))).toThrow("LF without CR");
  });

  it("tells an answer cut short from one never begun", () => {
    const parser = new ResponseParser(LIMITS);
    expect(() => parser.end()).toThrow("closed before any byte of the answer");
    const cut = new ResponseParser(LIMITS);
    cut.push(Buffer.from("HTTP/1.1 200 OK\r\ncontent-length: 9\r\n\r\n{"));
    expect(() => cut.end()).toThrow("closed before the answer was complete");
    expect(cut.started).toBe(true);
  });
});

/**
 * The same bytes read by undici (the client this one replaced, whose llhttp parser is the reference) and by
 * Http1Pool: both read an answer the same way, or both refuse it. The few readings that differ do so on purpose.
 */
describe("Http1Pool reads answers as undici does", () => {
  const AGREED = [
    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 \r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 404 Not Found\r\nx-amzn-errortype: ResourceNotFoundException:http://internal.amazon.com/coral/\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 599 Whatever\r\ncontent-length: 0\r\n\r\n",
    "HTTP/1.0 200 OK\r\n\r\nuntil the close",
    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2;a=b\r\n{}\r\nA\r\n0123456789\r\n0\r\nx-t: 1\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0002\r\n{}\r\n0\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: gzip\r\n\r\nraw",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    "HTTP/1.1 200 OK\r\nX-A: 1\r\nx-a: 2\r\nx-b: caf\u00e9\r\nx-c: a\tb\r\nx-d:\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 2\r\n\r\n{}",
    // Refused by both.
    "HTTP/1.1 200 OK\ncontent-length: 2\n\n{}",
    "HTTP/1.1 200 OK\r\nx: a\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\ncontent-length : 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\nx: a\r\n b\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\nnocolon\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\n: v\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\nx: a\u0000b\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\nx: a\u007fb\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\nx: a\rb\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.2 200 OK\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 20 OK\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1  200 OK\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 099 Low\r\ncontent-length: 2\r\n\r\n{}",
    "http/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\ncontent-length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2 \r\n{}\r\n0\r\n\r\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\n{}\n0\n\n",
    "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}\r\n",
    "HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}x",
    "HTTP/1.1 200 OK\r\ncontent-length: +2\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n{}",
    "HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n{}",
  ];
  /** Read differently, each for its reason. */
  const DIFFERENT: [text: string, undici: string, ours: string, why: string][] = [
    [
      "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}",
      "error",
      "200",
      "an interim answer precedes the final one (RFC 9110, 15.2); the suite reads the final one",
    ],
    [
      "HTTP/1.1 200 OK\r\nx:   a b  \t\r\ncontent-length: 2\r\n\r\n{}",
      "a b  \t",
      "a b",
      "white space around a value is not part of it (RFC 9112, 5), as Node's http (and so the AWS SDK) reads it",
    ],
    ["HTTP/1.1 204 No Content\r\ncontent-length: 2\r\n\r\n", "error", "204", "a 204 has no content, whatever its Content-Length says (RFC 9110, 15.3.5)"],
    ["HTTP/2.0 200 OK\r\ncontent-length: 2\r\n\r\n{}", "200", "error", "an HTTP/1.1 connection answers HTTP/1.x"],
    [
      "\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}",
      "200",
      "error",
      "an answer begins with its status line; empty lines before it are leftovers of another",
    ],
  ];
  const servers: { close(): void }[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  async function serve(text: string): Promise<URL> {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.once("data", () => socket.end(Buffer.from(text, "latin1")));
    });
    await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
    servers.push({
      close: () => {
        for (const socket of sockets) socket.destroy();
        server.close();
      },
    });
    return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  /** status, then each header, then the body; or "error". */
  async function viaUndici(url: URL): Promise<string[]> {
    const client = new Client(url.origin, { headersTimeout: 5_000, bodyTimeout: 5_000 });
    try {
      const response = await client.request({ method: "POST", path: "/", headers: { "content-type": "application/json" }, body: "{}" });
      const body = Buffer.from(await response.body.arrayBuffer()).toString("latin1");
      return [String(response.statusCode), ...Object.entries(response.headers).map(([k, v]) => `${k}: ${[v].flat().join(", ")}`), body];
    } catch {
      return ["error"];
    } finally {
      await client.destroy();
    }
  }
  async function viaPool(url: URL): Promise<string[]> {
    const pool = new Http1Pool(url, { connections: 1, ...LIMITS });
    try {
      const response = await pool.send(
        { method: "POST", path: "/", headers: { host: url.host, "content-type": "application/json" }, body: "{}" },
        { deadlineMs: 5_000 },
      );
      return [String(response.status), ...Object.entries(response.headers).map(([k, v]) => `${k}: ${v}`), response.body.toString("latin1")];
    } catch {
      return ["error"];
    } finally {
      await pool.close();
    }
  }

  it.each(AGREED.map((text) => [JSON.stringify(text).slice(1, 60), text]))("%s", async (_, text) => {
    const url = await serve(text);
    expect(await viaPool(url)).toEqual(await viaUndici(url));
  });

  it.each(DIFFERENT.map(([text, undici, ours, why]) => [why, text, undici, ours]))("differs on purpose: %s", async (_, text, undici, ours) => {
    const url = await serve(text);
    const [theirs, mine] = [(await viaUndici(url)).join("\n"), (await viaPool(url)).join("\n")];
    expect(theirs).toContain(undici);
    expect(mine).toContain(ours);
    expect(mine).not.toBe(theirs);
  });
});
