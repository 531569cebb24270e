/**
 * Issue 10, for each emulated service: malformed requests at the wire level — random bytes, random methods and paths,
 * huge headers, broken chunking, bodies over the limit, pathological strings — never get a 5xx, never stall the
 * emulator, and leave it serving.
 */
import { createServer } from "node:http";
import { connect, type AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { expandPath } from "../protocol/uri-path.ts";
import { loadServiceSpec } from "../specs/load-spec.ts";
import type { ServiceDescriptor } from "../specs/service-descriptor.ts";
import { operationOf, type Spec } from "../specs/spec-model.ts";
import { EMULATED_DESCRIPTORS, FamilyDriver } from "./family-driver.fixture.ts";
import { emulatedService, serve, type RunningEmulator } from "./index.ts";

const KiB = 1024;
/** A request has answered or been closed within this, or the emulator stalled (generous: a busy machine is not a stall). */
const STALL_MS = 30_000;
/** Requests per run: a fresh sample each seed; the 10,000 of issue 10 are `FUZZ_REQUESTS=10000 npm test -- emulator/wire-fuzz`. */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3_000);
const ACCOUNT = "111111111111";

/** Where a service's requests go and what their bodies carry, by its descriptor: its paths (labels filled with a made-up id) and wire names. */
interface Target {
  auth: string;
  invite: string;
  decline: string;
  create: string;
  list: string;
  enable: string;
  accountIds: string;
  /** A CreateMembers body naming one account, id and email both `s`. */
  details: (s: string) => string;
}

function targetOf(service: ServiceDescriptor, spec: Spec): Target {
  const pathOf = (operation: string): string => {
    const spec_ = operationOf(spec, operation);
    return expandPath(spec_, Object.fromEntries(spec_.labels.map((l) => [l.name, "0123456789abcdef0123456789abcdef"])));
  };
  const { family, names, member } = service;
  const [list, , key] = (family.createMembers.accounts as { body: string }).body.split("/").slice(1);
  return {
    auth: `AWS4-HMAC-SHA256 Credential=${ACCOUNT}/20261121/us-east-1/${service.endpoint.signingName}/aws4_request, SignedHeaders=host, Signature=00`,
    invite: pathOf(family.inviteMembers!.operation),
    decline: pathOf(family.declineInvitations.operation),
    create: pathOf(family.createMembers.operation),
    list: pathOf(family.listInvitations.operation),
    enable: pathOf(service.activation.enable.operation),
    accountIds: names.accountIds,
    details: (s) => JSON.stringify({ [list!]: [{ [key!]: s, [member.email]: s }] }),
  };
}

const head = (method: string, path: string, headers: string[]): string =>
  `${method} ${path} HTTP/1.1\r\nhost: emulator\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`;

function malformedFor(target: Target): fc.Arbitrary<Buffer> {
  const { auth, invite, decline, create, list, enable, accountIds } = target;
  const withBody = (path: string, body: string | Buffer, extra: string[] = []): Buffer =>
    Buffer.concat([
      Buffer.from(head("POST", path, [`authorization: ${auth}`, "content-type: application/json", `content-length: ${Buffer.byteLength(body)}`, ...extra])),
      Buffer.from(body),
    ]);
  const paths = fc.oneof(
    fc.constantFrom(invite, decline, create, enable, list, "/"),
    fc.webPath().map((p) => p || "/"),
  );
  return fc.oneof(
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
    fc.integer({ min: 17, max: 80 }).map((k) => Buffer.from(head("POST", invite, [`x-big: ${"h".repeat(k * KiB)}`, "content-length: 0"]))),
    fc.integer({ min: 100, max: 400 }).map((n) =>
      Buffer.from(
        head(
          "GET",
          list,
          Array.from({ length: n }, (_, i) => `x-h${i}: ${"v".repeat(60)}`),
        ),
      ),
    ),
    // Broken chunking: a bad size, a chunk cut short, no terminating chunk.
    fc
      .constantFrom("zz\r\nabc\r\n0\r\n\r\n", "10\r\nabc", "3\r\nabc\r\n", "3\r\nabcdef\r\n0\r\n\r\n", "-1\r\n\r\n", "ffffffffffffffffff\r\n")
      .map((chunks) => Buffer.from(head("POST", invite, [`authorization: ${auth}`, "content-type: application/json", "transfer-encoding: chunked"]) + chunks)),
    // Bodies over the 1 MiB limit, declared or not, and bodies shorter than declared.
    fc.constantFrom(1.5, 3).map((mib) => withBody(invite, Buffer.alloc(mib * 1024 * KiB, 0x20))),
    fc.constant(Buffer.from(`${head("POST", invite, [`authorization: ${auth}`, "content-length: 99999999999"])}{`)),
    fc.constant(Buffer.from(`${head("POST", invite, [`authorization: ${auth}`, "content-length: 100", "content-length: 3"])}{}`)),
    // Pathological strings in otherwise fine requests: blanks, deep nesting, NULs, lone surrogates, invalid UTF-8.
    fc.integer({ min: 1, max: 1000 }).map((k) => withBody(invite, `{"${accountIds}":["${" ".repeat(k * KiB - 20)}"]}`)),
    fc.integer({ min: 1, max: 50_000 }).map((depth) => withBody(decline, `{"${accountIds}":${"[".repeat(depth)}${"]".repeat(depth)}}`)),
    fc.string({ unit: "binary", maxLength: 200 }).map((s) => withBody(create, target.details(s))),
    fc
      .uint8Array({ minLength: 1, maxLength: 100 })
      .map((bytes) => withBody(invite, Buffer.concat([Buffer.from(`{"${accountIds}":["`), Buffer.from(bytes.map((b) => b | 0x80)), Buffer.from('"]}')]))),
  );
}

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
async function fuzz(port: number, malformed: fc.Arbitrary<Buffer>, count: number, seed: number, concurrency = 8): Promise<string[]> {
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

describe.each(EMULATED_DESCRIPTORS)(`the %s emulator under ${REQUESTS} malformed requests`, (_title, service) => {
  let emulator: RunningEmulator<unknown>;
  let target: Target;
  beforeAll(async () => {
    emulator = await serve(emulatedService(service.name));
    target = targetOf(service, await loadServiceSpec(service));
  });
  afterAll(() => emulator.close());

  it("never answers 5xx, never stalls, stays quiet, and serves afterwards", async () => {
    const seed = 20_261_110;
    const warnings = vi.spyOn(process, "emitWarning");
    const quiet = vi.spyOn(console, "warn");
    const problems = await fuzz(emulator.port, malformedFor(target), REQUESTS, seed);
    expect(problems.slice(0, 5), `seed ${seed}`).toEqual([]);
    // Clients that broke off mid-body: one quiet line in all, no stack traces.
    expect(warnings.mock.calls.filter(([message]) => String(message).includes("request failed"))).toEqual([]);
    expect(quiet.mock.calls.length).toBeLessThanOrEqual(1);
    warnings.mockRestore();
    quiet.mockRestore();
    // An account the requests never signed as is switched on and served.
    const driver = await FamilyDriver.open(service, emulator.url);
    try {
      await driver.enable("999999999990");
      expect(await driver.invitationsCount("999999999990")).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it("would notice a server that answers broken requests with 500 (a planted fault)", async () => {
    const server = createServer((_req, res) => res.writeHead(500).end());
    server.on("clientError", (_error, socket) => socket.end("HTTP/1.1 500 Internal Server Error\r\ncontent-length: 0\r\n\r\n"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      expect((await fuzz((server.address() as AddressInfo).port, malformedFor(target), 200, 1)).length).toBeGreaterThan(0);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
