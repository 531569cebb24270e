import { readFileSync } from "node:fs";
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from "node:net";
import { createServer as createTlsServer } from "node:tls";
import { afterEach, describe, expect, it } from "vitest";
import { Http1Pool, TransportError, type WireRequest } from "./http1-pool.ts";

const LIMITS = { maxHeaderBytes: 16 * 1024, maxBodyBytes: 1024 * 1024 };
const OK = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}";
const request = (path = "/"): WireRequest => ({ method: "POST", path, headers: { host: "127.0.0.1", "content-type": "application/json" }, body: "{}" });

const opened: { close(): void }[] = [];
afterEach(() => {
  for (const each of opened.splice(0)) each.close();
});

/** A loopback target calling `answer` for each request's first bytes; counts its connections, and tells when the first has closed. */
async function target(
  answer: (socket: Socket, request: string, nth: number) => void,
  server: Server = createTcpServer(),
): Promise<{ url: URL; connections: () => number; firstClosed: Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const tls = "addContext" in server;
  let onFirstClosed: () => void = () => {};
  const firstClosed = new Promise<void>((resolve) => (onFirstClosed = resolve));
  server.on(tls ? "secureConnection" : "connection", (socket: Socket) => {
    if (connections++ === 0) socket.once("close", onFirstClosed);
    sockets.add(socket);
    socket.on("error", () => {});
    let nth = 0;
    socket.on("data", (bytes) => answer(socket, bytes.toString("latin1"), ++nth));
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  opened.push({
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  });
  return { url: new URL(`${tls ? "https" : "http"}://127.0.0.1:${(server.address() as AddressInfo).port}`), connections: () => connections, firstClosed };
}

const kindOf = (error: unknown): string => (error instanceof TransportError ? error.kind : String(error));

describe("Http1Pool", () => {
  it("answers more requests than it has connections, in the order they were sent, on no more connections than its bound", async () => {
    const paths: string[] = [];
    const { url, connections } = await target((socket, text) => {
      paths.push(text.split(" ")[1]!);
      setTimeout(() => socket.write(OK), 2);
    });
    const pool = new Http1Pool(url, { connections: 3, ...LIMITS });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.send(request(`/${i}`), { deadlineMs: 10_000 })));
    await pool.close();
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(connections()).toBe(3);
    expect(paths.slice(0, 3).sort()).toEqual(["/0", "/1", "/2"]);
    expect(paths.indexOf("/29")).toBeGreaterThan(paths.indexOf("/3"));
  });

  it("writes each request whole, with its length, in one piece", async () => {
    let received = "";
    const { url } = await target((socket, text) => {
      received = text;
      socket.write(OK);
    });
    const pool = new Http1Pool(url, { connections: 1, ...LIMITS });
    await pool.send({ ...request("/members/invite?x=1"), body: '{"AccountIds":["é"]}' }, { deadlineMs: 10_000 });
    await pool.close();
    expect(received).toBe(
      `POST /members/invite?x=1 HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 21\r\n\r\n${Buffer.from('{"AccountIds":["é"]}').toString("latin1")}`,
    );
    await expect(
      new Http1Pool(url, { connections: 1, ...LIMITS }).send({ ...request(), headers: { "x-a": "b\r\nx-injected: 1" } }, { deadlineMs: 1_000 }),
    ).rejects.toThrow("line break");
  });

  it("reuses a connection only after a clean answer that allows it", async () => {
    const answers = [
      OK,
      `${OK}unasked`,
      "HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 0\r\n\r\n",
      "HTTP/1.1 200 OK\r\nkeep-alive: timeout=1\r\ncontent-length: 0\r\n\r\n",
      OK,
      OK,
    ];
    let next = 0;
    const { url, connections } = await target((socket) => socket.write(answers[next++]!));
    const pool = new Http1Pool(url, { connections: 1, ...LIMITS });
    const seen: number[] = [];
    for (const _ of answers) {
      await pool.send(request(), { deadlineMs: 10_000 });
      seen.push(connections());
    }
    await pool.close();
    // Reused after the first; the extra bytes, the close and a keep-alive too short to use each need a new one.
    expect(seen).toEqual([1, 1, 2, 3, 4, 4]);
  });

  it("drops an idle connection the target closed or wrote to, and answers the next request on a new one", async () => {
    // Kept for minutes by the keep-alive hint: only what the target does can close the first connection.
    const LASTING = OK.replace("\r\n\r\n", "\r\nkeep-alive: timeout=600\r\n\r\n");
    const { url, connections, firstClosed } = await target((socket, _, nth) => {
      socket.write(LASTING);
      if (nth === 1) setTimeout(() => socket.end(), 20);
    });
    const pool = new Http1Pool(url, { connections: 1, ...LIMITS });
    await pool.send(request(), { deadlineMs: 10_000 });
    // Closed on the target's side only once the client has closed its own: it has dropped the connection by then.
    await firstClosed;
    expect((await pool.send(request(), { deadlineMs: 10_000 })).status).toBe(200);
    expect(connections()).toBe(2);

    const chatty = await target((socket) => {
      socket.write(LASTING);
      setTimeout(() => socket.writable && socket.write("HTTP/1.1 500 Unasked\r\ncontent-length: 0\r\n\r\n"), 20);
    });
    const other = new Http1Pool(chatty.url, { connections: 1, ...LIMITS });
    await other.send(request(), { deadlineMs: 10_000 });
    await chatty.firstClosed;
    expect((await other.send(request(), { deadlineMs: 10_000 })).status).toBe(200);
    expect(chatty.connections()).toBe(2);
    await Promise.all([pool.close(), other.close()]);
  });

  it("ends a request waiting for a connection at its deadline, and one under way on a stop signal, with its reason", async () => {
    const { url } = await target(() => {});
    const pool = new Http1Pool(url, { connections: 1, ...LIMITS });
    const stop = new AbortController();
    const first = pool.send(request(), { deadlineMs: 10_000, stop: stop.signal }).catch((error: unknown) => error);
    const queued = pool.send(request(), { deadlineMs: 50 }).catch(kindOf);
    expect(await queued).toBe("timeout");
    stop.abort(new Error("stopped"));
    expect(((await first) as Error).message).toBe("stopped");
    await pool.close();
  });

  it("closes once the answers under way have ended, and refuses requests after", async () => {
    const { url } = await target((socket) => setTimeout(() => socket.write(OK), 50));
    const pool = new Http1Pool(url, { connections: 2, ...LIMITS });
    const underWay = pool.send(request(), { deadlineMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Closing twice (a library caller's cleanup and its own) waits for the same close.
    await Promise.all([pool.close(), pool.close()]);
    expect((await underWay).status).toBe(200);
    await expect(pool.send(request(), { deadlineMs: 1_000 }).catch(kindOf)).resolves.toBe("closed");
  });

  it("speaks TLS to an https origin, and refuses a certificate it cannot verify", async () => {
    const [key, cert] = ["key", "crt"].map((ext) => readFileSync(new URL(`./fixtures/loopback-tls.${ext}`, import.meta.url)));
    const { url } = await target((socket) => socket.write(OK), createTlsServer({ key, cert }));
    const trusting = new Http1Pool(url, { connections: 1, ...LIMITS, ca: cert });
    expect((await trusting.send(request(), { deadlineMs: 10_000 })).body.toString()).toBe("{}");
    await trusting.close();
    const doubting = new Http1Pool(url, { connections: 1, ...LIMITS });
    const refused = await doubting.send(request(), { deadlineMs: 10_000 }).catch((error: TransportError) => error);
    expect(refused).toMatchObject({ kind: "failed", message: expect.stringMatching(/self.signed/i) });
    await doubting.close();
  });
});
