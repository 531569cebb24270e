import { createHash, createHmac } from "node:crypto";
import { gzipSync } from "node:zlib";
import { createServer as createHttpServer, type IncomingMessage, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeInput } from "../protocol/api-request.ts";
import { loadExampleSpec } from "../specs/example-model.fixture.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import { operationOf } from "../specs/spec-model.ts";
import type { Actor } from "./credentials.ts";
import { emulatorActor } from "./credentials.ts";
import { REDACTED } from "./exchange.ts";
import { TargetClient } from "./target-client.ts";

const spec = await loadSpec();
const guardduty = await loadServiceSpec(GUARDDUTY);
const example = await loadExampleSpec();
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const TOKEN = "FwoGZXIvYXdzEXAMPLESESSIONTOKEN";
const actor: Actor = { accountId: "111111111111", credentials: async () => ({ accessKeyId: "111111111111", secretAccessKey: SECRET, sessionToken: TOKEN }) };

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** Verifies a SigV4 Authorization header independently of the signing library. */
function verifySignature(received: Received, secret: string): boolean {
  const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
    String(received.headers.authorization),
  );
  if (!auth) return false;
  const [, , date, region, service, signedHeaderList, signature] = auth as unknown as string[];
  const url = new URL(received.url, "http://x");
  const encode = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = [...url.searchParams]
    .map(([k, v]) => `${encode(k)}=${encode(v)}`)
    .sort()
    .join("&");
  const names = signedHeaderList!.split(";");
  const headers = names.map((name) => `${name}:${String(received.headers[name]).trim()}\n`).join("");
  const canonical = [received.method, url.pathname, query, headers, signedHeaderList, createHash("sha256").update(received.body).digest("hex")].join("\n");
  const amzDate = String(received.headers["x-amz-date"]);
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", amzDate, scope, createHash("sha256").update(canonical).digest("hex")].join("\n");
  const key = [date!, region!, service!, "aws4_request"].reduce<Buffer | string>((k, part) => createHmac("sha256", k).update(part).digest(), `AWS4${secret}`);
  return createHmac("sha256", key).update(toSign).digest("hex") === signature;
}

describe("TargetClient against a recording server", () => {
  const received: Received[] = [];
  let server: Server;
  let client: TargetClient;
  let guarddutyClient: TargetClient;
  let exampleClient: TargetClient;

  beforeAll(async () => {
    server = createHttpServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        res.writeHead(200, { "content-type": "application/json", "x-echo-token": String(req.headers["x-amz-security-token"]) });
        res.end(JSON.stringify({ UnprocessedAccounts: [], echoedAuthorization: req.headers.authorization }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    client = new TargetClient(spec, { endpoint: new URL(`http://127.0.0.1:${port}`), region: "eu-west-1" });
    guarddutyClient = new TargetClient(guardduty, { endpoint: new URL(`http://127.0.0.1:${port}`), region: "eu-west-1" });
    exampleClient = new TargetClient(example, { endpoint: new URL(`http://127.0.0.1:${port}/base`), region: "eu-west-1" });
  });
  afterAll(async () => {
    await Promise.all([guarddutyClient.close(), exampleClient.close()]);
    await client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it("sends the operation's method, path and JSON body, signed with SigV4 for securityhub", async () => {
    const exchange = await client.send({ operation: "InviteMembers", query: {}, body: '{"AccountIds":["222222222222"]}' }, actor);
    const request = received.at(-1)!;
    expect([request.method, request.url, request.body]).toEqual(["POST", "/members/invite", '{"AccountIds":["222222222222"]}']);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=111111111111\/\d{8}\/eu-west-1\/securityhub\/aws4_request, /);
    expect(verifySignature(request, SECRET)).toBe(true);
    expect(verifySignature(request, "another-secret")).toBe(false);
    expect(exchange.response.status).toBe(200);
    expect(exchange.account).toBe("111111111111");
  });

  it("renders query members into the query string, which the signature covers", async () => {
    await client.send({ operation: "ListInvitations", query: { MaxResults: "5", NextToken: "a b/c=" }, body: undefined }, actor);
    const request = received.at(-1)!;
    expect(request.method).toBe("GET");
    expect(new URL(request.url, "http://x").searchParams.get("NextToken")).toBe("a b/c=");
    expect(request.body).toBe("");
    expect(verifySignature(request, SECRET)).toBe(true);
  });

  it("redacts the signature, the session token and the secret wherever they appear", async () => {
    const exchange = await client.send({ operation: "DeclineInvitations", query: {}, body: `{"AccountIds":["${SECRET}"]}` }, actor);
    const text = JSON.stringify(exchange);
    const signature = /Signature=([0-9a-f]{64})/.exec(String(received.at(-1)!.headers.authorization))![1]!;
    expect(exchange.request.headers.authorization).toBe(REDACTED);
    expect(exchange.request.headers["x-amz-security-token"]).toBe(REDACTED);
    expect(exchange.response.headers["x-echo-token"]).toBe(REDACTED);
    for (const secret of [SECRET, TOKEN, signature]) expect(text).not.toContain(secret);
  });

  it("sends GuardDuty's InviteMembers to the detector's path with its camelCase body, signed with SigV4 for guardduty", async () => {
    const invite = serializeInput(operationOf(guardduty, "InviteMembers"), { DetectorId: "12abc34d567e8fa9", accountIds: ["222222222222"] });
    const exchange = await guarddutyClient.send(invite, actor);
    const request = received.at(-1)!;
    expect([request.method, request.url, request.body]).toEqual(["POST", "/detector/12abc34d567e8fa9/member/invite", '{"accountIds":["222222222222"]}']);
    expect(request.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=111111111111\/\d{8}\/eu-west-1\/guardduty\/aws4_request, /);
    expect(verifySignature(request, SECRET)).toBe(true);
    expect(exchange.request.path).toBe("/detector/12abc34d567e8fa9/member/invite");
    expect(exchange.operation).toBe("InviteMembers");
  });

  it("percent-encodes a label's value in the path, after the endpoint's base path, and sends header members, signed", async () => {
    await guarddutyClient.send({ operation: "GetMembers", labels: { DetectorId: "a/b c" }, query: {}, body: '{"accountIds":[]}' }, actor);
    expect(received.at(-1)!.url).toBe("/detector/a%2Fb%20c/member/get");
    await exampleClient.send(serializeInput(operationOf(example, "ListThings"), { maxResults: 3, "X-Example-Token": "t-1" }), actor);
    const request = received.at(-1)!;
    expect([request.method, request.url, request.headers["x-example-token"]]).toEqual(["GET", "/base/things?maxResults=3", "t-1"]);
    expect(String(request.headers.authorization)).toMatch(/SignedHeaders=[^,]*x-example-token/);
    expect(verifySignature(request, SECRET)).toBe(true);
    await exampleClient.send(serializeInput(operationOf(example, "PutPart"), { ThingId: "t1", Key: "a/b c", colour: "RED" }), actor);
    expect(received.at(-1)!.url).toBe("/base/things/t1/parts/a/b%20c");
  });

  it("refuses, before sending, a header value HTTP cannot carry and a label left without a value", async () => {
    const count = received.length;
    await expect(
      exampleClient.send({ operation: "ListThings", query: {}, headers: { "X-Example-Token": "a\r\nx-injected: 1" }, body: undefined }, actor),
    ).rejects.toThrow("the header X-Example-Token cannot carry a line break or NUL");
    await expect(guarddutyClient.send({ operation: "GetMembers", query: {}, body: "{}" }, actor)).rejects.toThrow(
      "GetMembers needs a value for its URI label DetectorId",
    );
    expect(received.length).toBe(count);
  });

  it("acts for an emulator account through its 12-digit access key id", async () => {
    await client.send({ operation: "GetInvitationsCount", query: {}, body: undefined }, emulatorActor("333333333333"));
    expect(received.at(-1)!.headers.authorization).toContain("Credential=333333333333/");
  });
});

describe("TargetClient against a broken target", () => {
  const servers: { close(cb: () => void): void }[] = [];
  afterAll(async () => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));

  async function tcpTarget(onConnection: (socket: import("node:net").Socket) => void): Promise<URL> {
    // The client gives up first in most of these tests: its reset is expected, not an error of the test.
    const server = createTcpServer((socket) => {
      socket.on("error", () => {});
      onConnection(socket);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  const send = async (endpoint: URL, options: { timeoutMs?: number; maxResponseBytes?: number } = {}): Promise<unknown> => {
    const client = new TargetClient(spec, { endpoint, region: "us-east-1", ...options });
    try {
      return await client.send({ operation: "InviteMembers", query: {}, body: '{"AccountIds":[]}' }, actor);
    } finally {
      await client.close();
    }
  };

  it.each([
    ["answers with garbage", (s: import("node:net").Socket) => s.end("garbage that is not http\r\n\r\n"), {}, "TARGET_PROTOCOL_ERROR"],
    ["closes the connection without answering", (s: import("node:net").Socket) => s.destroy(), {}, "TARGET_CONNECTION_CLOSED"],
    ["never answers", () => {}, { timeoutMs: 300 }, "TARGET_TIMEOUT"],
    [
      "stops halfway through the body",
      (s: import("node:net").Socket) => s.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"Unpro'),
      {},
      "TARGET_CONNECTION_CLOSED",
    ],
    [
      "sends response headers over Node's 16 KiB limit",
      (s: import("node:net").Socket) => s.end(`HTTP/1.1 200 OK\r\nx-big: ${"h".repeat(20_000)}\r\ncontent-length: 2\r\n\r\n{}`),
      {},
      "TARGET_HEADERS_TOO_LARGE",
    ],
    [
      "sends a body over the limit",
      (s: import("node:net").Socket) => s.end(`HTTP/1.1 200 OK\r\ncontent-length: 5000\r\n\r\n${"x".repeat(5000)}`),
      { maxResponseBytes: 1000 },
      "TARGET_RESPONSE_TOO_LARGE",
    ],
  ])("raises a typed error when the target %s", async (_what, behave, options, code) => {
    const endpoint = await tcpTarget((socket) => socket.once("data", () => behave(socket)));
    await expect(send(endpoint, options)).rejects.toMatchObject({ code, message: expect.stringContaining(endpoint.origin) });
  });

  it("ends a body trickled a byte at a time at the total deadline, not after the last byte", async () => {
    const endpoint = await tcpTarget((socket) =>
      socket.once("data", () => {
        socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n");
        const trickle = setInterval(() => (socket.writable ? socket.write(" ") : clearInterval(trickle)), 100);
        socket.once("close", () => clearInterval(trickle));
      }),
    );
    const started = performance.now();
    await expect(send(endpoint, { timeoutMs: 600 })).rejects.toMatchObject({ code: "TARGET_TIMEOUT", message: expect.stringContaining("within 600 ms") });
    // The last byte would come after 100 s; a busy machine may add seconds to the deadline, not minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("stops every request under way on one stop signal at once, with one listener on it however many there are", async () => {
    // Reads and never answers: a socket left unread would never see the client close it, and would hold the server open.
    const endpoint = await tcpTarget((socket) => socket.resume());
    const client = new TargetClient(spec, { endpoint, region: "us-east-1", connections: 64 });
    const warnings: string[] = [];
    const onWarning = (warning: Error): void => void warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      const stop = new AbortController();
      const sent = Array.from({ length: 40 }, () =>
        client.send({ operation: "InviteMembers", query: {}, body: '{"AccountIds":[]}' }, actor, stop.signal).then(
          () => "answered",
          (error: Error) => error.name,
        ),
      );
      await new Promise((resolve) => setImmediate(resolve));
      stop.abort(new Error("stopped"));
      expect(new Set(await Promise.all(sent))).toEqual(new Set(["Interrupted"]));
      // Node warns on the next tick of a signal with more than ten listeners.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
      await client.close();
    }
  });

  it("reads header names in lowercase, joins repeated headers, and keeps names an object has of its own", async () => {
    // Read to the end: a socket left unread would never see the client close it, and would hold the server open.
    const endpoint = await tcpTarget((socket) =>
      socket
        .resume()
        .end("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Seen: a\r\nx-seen: b\r\n__proto__: p\r\nConstructor: c\r\ncontent-length: 2\r\n\r\n{}"),
    );
    const exchange = (await send(endpoint)) as { response: { status: number; headers: Record<string, string> } };
    expect(exchange.response.status).toBe(200);
    expect(exchange.response.headers["content-type"]).toBe("application/json");
    expect(exchange.response.headers["x-seen"]).toBe("a, b");
    expect(exchange.response.headers.constructor).toBe("c");
    expect(Object.getPrototypeOf(exchange.response.headers)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(exchange.response.headers, "__proto__")?.value).toBe("p");
  });

  it("asks for identity coding and never inflates a gzip answer; marks bytes that are not UTF-8 (issue 10)", async () => {
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    let acceptEncoding: string | undefined;
    const endpoint = await tcpTarget((socket) =>
      socket.once("data", (request) => {
        acceptEncoding = /accept-encoding: *([^\r]*)/i.exec(request.toString())?.[1];
        socket.end(
          Buffer.concat([
            Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ncontent-length: ${bomb.length}\r\n\r\n`),
            bomb,
          ]),
        );
      }),
    );
    const exchange = (await send(endpoint)) as import("./exchange.ts").Exchange;
    expect(acceptEncoding).toBe("identity");
    expect(exchange.response.bytes).toBe(bomb.length);
    expect(exchange.response.headers["content-encoding"]).toBe("gzip");
    expect(exchange.response.invalidUtf8).toBe(true);
  });

  it("raises TARGET_UNREACHABLE when nothing listens", async () => {
    const server = createTcpServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    await expect(send(new URL(`http://127.0.0.1:${port}`))).rejects.toMatchObject({ code: "TARGET_UNREACHABLE", name: "TargetUnreachableError" });
  });
});

describe("TargetClient and a target closing idle keep-alive connections (issue 10)", () => {
  /** Answers the first request on each connection; on a later request, behaves as `later` says. */
  async function keepAliveTarget(later: "close-silently" | "half-answer"): Promise<{ endpoint: URL; connections: () => number; close: () => Promise<void> }> {
    let connections = 0;
    const server = createTcpServer((socket) => {
      socket.on("error", () => {});
      connections++;
      let requests = 0;
      socket.on("data", () => {
        requests++;
        if (requests === 1)
          return void socket.write("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nkeep-alive: timeout=60\r\n\r\n{}");
        if (later === "close-silently") return void socket.destroy();
        socket.end("HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n{");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const endpoint = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return { endpoint, connections: () => connections, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }
  const request = { operation: "GetInvitationsCount", query: {}, body: undefined };

  it("sends again, on a fresh connection, a request whose reused socket closed before any byte of the answer", async () => {
    const target = await keepAliveTarget("close-silently");
    const client = new TargetClient(spec, { endpoint: target.endpoint, region: "us-east-1", connections: 1 });
    try {
      await client.send(request, actor);
      const second = await client.send(request, actor);
      expect(second.response.status).toBe(200);
      expect(target.connections()).toBe(2);
    } finally {
      await client.close();
      await target.close();
    }
  });

  it("reports, without sending again, a reused socket closed after part of the answer", async () => {
    const target = await keepAliveTarget("half-answer");
    const client = new TargetClient(spec, { endpoint: target.endpoint, region: "us-east-1", connections: 1 });
    try {
      await client.send(request, actor);
      await expect(client.send(request, actor)).rejects.toMatchObject({ code: "TARGET_CONNECTION_CLOSED" });
      expect(target.connections()).toBe(1);
    } finally {
      await client.close();
      await target.close();
    }
  });

  it("reports, without sending again, a first request on a new socket closed before any answer", async () => {
    let connections = 0;
    const server = createTcpServer((socket) => {
      socket.on("error", () => {});
      connections++;
      socket.once("data", () => socket.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const client = new TargetClient(spec, { endpoint: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), region: "us-east-1" });
    try {
      await expect(client.send(request, actor)).rejects.toMatchObject({ code: "TARGET_CONNECTION_CLOSED" });
      expect(connections).toBe(1);
    } finally {
      await client.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
