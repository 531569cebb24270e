/**
 * A loopback target with one hostile behaviour per mode, for the suite's own tests and the benchmark:
 * certify must never certify any of them, must end within its time bound, and must stay within its memory
 * bound. Modes that need correct answers around the hostile part proxy to a reference emulator.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Server, type Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { Pool } from "undici";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";

export const HOSTILE_MODES = [
  "garbage",
  "reset",
  "silence",
  "stalled-body",
  "trickled-body",
  "oversized-body",
  "body-8mb",
  "gzip-bomb",
  "invalid-json",
  "redirect-loop",
  "huge-headers",
  "invalid-utf8",
  "deep-json",
  "deep-json-100k",
  "deep-array-100k",
  "http10-resets",
  "retry-after-3600",
] as const;
export type HostileMode = (typeof HOSTILE_MODES)[number];

export interface HostileTarget {
  url: string;
  close(): Promise<void>;
}

const JSON_HEAD = (status: string, length: number, extra = ""): string =>
  `HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n${extra}\r\n`;
const MiB = 1024 * 1024;

export async function startHostileTarget(mode: HostileMode): Promise<HostileTarget> {
  const raw = RAW_MODES[mode as keyof typeof RAW_MODES];
  if (raw) return listenTcp(raw);
  return startProxyMode(mode as ProxyMode);
}

/** Modes that need no HTTP parsing of the request: each answers (or not) once the request's first bytes arrive. */
const RAW_MODES = {
  garbage: (socket: Socket) => socket.end("\u0000\u0001 this is not HTTP \u00ff\r\n\r\n"),
  reset: (socket: Socket) => socket.resetAndDestroy(),
  silence: () => {},
  "stalled-body": (socket: Socket) => socket.write(`${JSON_HEAD("200 OK", 1000)}{"UnprocessedAccounts":[`),
  "trickled-body": (socket: Socket) => {
    socket.write(JSON_HEAD("200 OK", 10_000));
    const timer = setInterval(() => (socket.writable ? socket.write(" ") : clearInterval(timer)), 500);
    socket.once("close", () => clearInterval(timer));
  },
  "oversized-body": (socket: Socket) => {
    // 16 MiB declared and sent in 64 KiB chunks: over the client's 8 MiB limit.
    socket.write(JSON_HEAD("200 OK", 16 * MiB));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const pump = (): void => {
      while (sent < 16 * MiB && socket.writable) {
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once("drain", pump);
      }
    };
    pump();
  },
  "huge-headers": (socket: Socket) => socket.end(`${JSON_HEAD("200 OK", 2, `x-padding: ${"h".repeat(64 * 1024)}\r\n`)}{}`),
  "deep-array-100k": (socket: Socket) => socket.end(`${JSON_HEAD("200 OK", DEEP_ARRAY_100K.length)}${DEEP_ARRAY_100K}`),
  "redirect-loop": (socket: Socket) => socket.end(`HTTP/1.1 302 Found\r\nlocation: /members/invite\r\ncontent-length: 0\r\n\r\n`),
} satisfies Partial<Record<HostileMode, (socket: Socket) => void>>;

/** Serves every request on a socket (keep-alive), answering as `behave` says once a request's head has arrived. */
async function listenTcp(behave: (socket: Socket) => void): Promise<HostileTarget> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => {});
    socket.once("close", () => sockets.delete(socket));
    socket.on("data", (data) => {
      if (data.includes("\r\n\r\n")) behave(socket);
    });
  });
  return listening(server, sockets);
}

async function listening(
  server: Server | ReturnType<typeof createHttpServer>,
  sockets: Set<Socket>,
  after: () => Promise<void> = async () => {},
): Promise<HostileTarget> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await after();
    },
  };
}

type ProxyMode = Exclude<HostileMode, keyof typeof RAW_MODES>;

/** 1 GiB of zeros, gzipped to about 1 MiB: 1,024 gzip members of 1 MiB each (a valid multi-member gzip stream). */
let bomb: Buffer | undefined;
function gzipBomb(): Buffer {
  if (!bomb) {
    const member = gzipSync(Buffer.alloc(MiB), { level: 9 });
    bomb = Buffer.concat(Array.from({ length: 1024 }, () => member));
  }
  return bomb;
}

const EIGHT_MB = Buffer.alloc(8_000_000, "x");
const nestedObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const DEEP_JSON = nestedObjects(5_000);
/** JSON nested 100,000 levels: inside documented members, and as a whole answer of nested arrays. */
const DEEP_JSON_100K = nestedObjects(100_000);
const DEEP_ARRAY_100K = "[".repeat(100_000) + "]".repeat(100_000);

/** Modes answering over HTTP: fixed hostile answers, or an emulator's answers with something hostile inside. */
async function startProxyMode(mode: ProxyMode): Promise<HostileTarget> {
  const needsEmulator = mode === "invalid-utf8" || mode === "deep-json" || mode === "deep-json-100k" || mode === "http10-resets";
  const emulator: RunningEmulator | undefined = needsEmulator ? await startEmulator() : undefined;
  const upstream = emulator ? new Pool(emulator.url, { connections: 16 }) : undefined;
  let requests = 0;
  const sockets = new Set<Socket>();

  const forward = async (req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> => {
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !["host", "connection", "content-length"].includes(name))) as Record<
      string,
      string
    >;
    const response = await upstream!.request({ method: req.method as "POST", path: req.url ?? "/", headers, body: body.length > 0 ? body : null });
    const answer = Buffer.from(await response.body.arrayBuffer());
    const kept = Object.fromEntries(
      Object.entries(response.headers).filter(([name]) => !["content-length", "connection", "keep-alive", "date"].includes(name)),
    ) as Record<string, string>;
    return { status: response.statusCode, headers: kept, body: answer };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> => {
    const n = ++requests;
    switch (mode) {
      case "body-8mb":
        return void res.writeHead(200, { "content-type": "text/plain" }).end(EIGHT_MB);
      case "gzip-bomb":
        return void res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(gzipBomb());
      case "invalid-json":
        return void res.writeHead(200, { "content-type": "application/json" }).end('{"UnprocessedAccounts": [ {"AccountId": ');
      case "retry-after-3600":
        return void res
          .writeHead(503, { "content-type": "application/json", "x-amzn-errortype": "ServiceUnavailableException", "retry-after": "3600" })
          .end('{"Code":"ServiceUnavailableException","Message":"Come back in an hour."}');
      case "invalid-utf8": {
        const answer = await forward(req, body);
        // An extra member whose name holds bytes that are not UTF-8: the rest of the answer is the emulator's.
        const text = answer.body.toString("latin1");
        const spliced = text.startsWith("{")
          ? Buffer.concat([Buffer.from('{"x'), Buffer.from([0xff, 0xfe]), Buffer.from(text === "{}" ? '":0}' : '":0,'), answer.body.subarray(1)])
          : answer.body;
        return void res.writeHead(answer.status, answer.headers).end(spliced);
      }
      case "deep-json":
      case "deep-json-100k": {
        const answer = await forward(req, body);
        // Every ProcessingResult becomes JSON nested 5,000 (or 100,000) deep; every error Message too.
        const deep = mode === "deep-json" ? DEEP_JSON : DEEP_JSON_100K;
        const text = answer.body.toString("utf8").replace(/"(ProcessingResult|Message)":"(?:[^"\\]|\\.)*"/g, `"$1":${deep}`);
        return void res.writeHead(answer.status, answer.headers).end(text);
      }
      case "http10-resets": {
        const answer = await forward(req, body);
        const socket = req.socket;
        // One request in five is reset instead of answered; the rest get an HTTP/1.0 answer and a close.
        if (n % 5 === 0) return void socket.resetAndDestroy();
        const head = [
          `HTTP/1.0 ${answer.status} X`,
          ...Object.entries({ ...answer.headers, "content-length": String(answer.body.length), connection: "close" }).map(([k, v]) => `${k}: ${v}`),
        ].join("\r\n");
        socket.end(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), answer.body]));
        return;
      }
    }
  };

  const server = createHttpServer({ keepAliveTimeout: 5_000, maxHeaderSize: 64 * 1024 }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => void handle(req, res, Buffer.concat(chunks)).catch(() => req.socket.destroy()));
  });
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  return listening(server, sockets, async () => {
    await upstream?.close();
    await emulator?.close();
  });
}
