/** Whatever arrives, the emulator answers with a well-formed response and never a 5xx. */
import { connect } from "node:net";
import fc from "fast-check";
import { Pool } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidRequest, invalidSites } from "../generators/invalid-request.ts";
import { validRequest } from "../generators/valid-request.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { startEmulator, type RunningEmulator } from "./index.ts";

const spec = await loadSpec();
const operations = [...spec.operations.values()];
const ENABLED = ["111111111111", "222222222222", "333333333333"];
const auth = (account: string): string =>
  `AWS4-HMAC-SHA256 Credential=${account}/20261121/us-east-1/securityhub/aws4_request, SignedHeaders=host, Signature=00`;

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}
interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

let emulator: RunningEmulator;
let pool: Pool;
async function send(request: RawRequest, target: Pool = pool): Promise<RawResponse> {
  const response = await target.request({ method: request.method, path: request.path, headers: request.headers, body: request.body ?? null });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
}

beforeAll(async () => {
  emulator = await startEmulator({ maxBodyBytes: 64 * 1024 });
  pool = new Pool(emulator.url, { connections: 8 });
  for (const account of ENABLED) await send({ method: "POST", path: "/accounts", headers: { authorization: auth(account) }, body: "{}" });
  await send({
    method: "POST",
    path: "/members",
    headers: { authorization: auth(ENABLED[0]!) },
    body: JSON.stringify({ AccountDetails: [{ AccountId: ENABLED[1] }, { AccountId: ENABLED[2] }] }),
  });
});
afterAll(async () => {
  await pool.close();
  await emulator.close();
});

/** A restJson1 error: JSON, named by header and body alike, with a message and a request id. */
function expectWellFormedError(response: RawResponse, status: number, code: string): void {
  expect(response.status).toBe(status);
  expect(response.headers["content-type"]).toBe("application/json");
  expect(response.headers["x-amzn-requestid"]).toMatch(/\S/);
  expect(response.headers["x-amzn-errortype"]).toBe(code);
  const body = JSON.parse(response.text) as { Code: string; Message: string };
  expect(body.Code).toBe(code);
  expect(body.Message).toMatch(/\S/);
}

describe("the emulator's answers to bad input", () => {
  const signed = { authorization: auth(ENABLED[0]!), "content-type": "application/json" };
  it.each([
    ["malformed JSON", { method: "POST", path: "/members/invite", headers: signed, body: '{"AccountIds": [' }, 400, "InvalidInputException"],
    ["a body that is a list", { method: "POST", path: "/members/invite", headers: signed, body: "[]" }, 400, "InvalidInputException"],
    [
      "AccountIds of the wrong type",
      { method: "POST", path: "/invitations/decline", headers: signed, body: '{"AccountIds": 7}' },
      400,
      "InvalidInputException",
    ],
    ["a blank account id", { method: "POST", path: "/invitations/decline", headers: signed, body: '{"AccountIds": ["\\t"]}' }, 400, "InvalidInputException"],
    ["a missing body", { method: "POST", path: "/members/invite", headers: signed, body: undefined }, 400, "InvalidInputException"],
    [
      "bad input to an operation without InvalidInputException",
      { method: "POST", path: "/accounts", headers: signed, body: '{"Tags": {}}' },
      400,
      "ValidationError",
    ],
    [
      "a body over the size cap",
      { method: "POST", path: "/members/invite", headers: signed, body: JSON.stringify({ AccountIds: Array(8000).fill("123456789012") }) },
      413,
      "RequestEntityTooLargeException",
    ],
    ["an unknown path", { method: "POST", path: "/members/promote", headers: signed, body: "{}" }, 404, "UnknownOperationException"],
    ["a wrong method", { method: "PUT", path: "/members/invite", headers: signed, body: "{}" }, 405, "MethodNotAllowedException"],
    [
      "no Authorization header",
      { method: "POST", path: "/members/invite", headers: { "content-type": "application/json" }, body: '{"AccountIds": []}' },
      403,
      "MissingAuthenticationTokenException",
    ],
    [
      "an Authorization header without a credential",
      { method: "GET", path: "/invitations", headers: { authorization: "Bearer x" }, body: undefined },
      403,
      "MissingAuthenticationTokenException",
    ],
  ] as const)("answers %s with a well-formed %i", async (_what, request, status, code) => {
    expectWellFormedError(await send({ ...request, headers: { ...request.headers } }), status, code);
  });

  it("answers bytes that are not HTTP with a well-formed 400", async () => {
    const { port } = new URL(emulator.url);
    const text = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => socket.write("\u0001\u0002 not http at all\r\n\r\n"));
      let received = "";
      socket.on("data", (chunk) => (received += chunk));
      socket.on("end", () => resolve(received));
      socket.on("error", reject);
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    expect(text).toContain('"Code":"SerializationException"');
  });
});

const method = fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
const path = fc.oneof(
  fc.constantFrom(...new Set(operations.map((o) => o.path))),
  fc.webPath().map((p) => p || "/"),
);
const authorization = fc.oneof(fc.constantFrom(...ENABLED, "999999999999", "AKIAEXAMPLE").map(auth), fc.string({ maxLength: 40 }), fc.constant(undefined));
const garbage: fc.Arbitrary<RawRequest> = fc
  .record({
    method,
    path,
    query: fc.option(fc.dictionary(fc.constantFrom("MaxResults", "NextToken", "OnlyAssociated", "x"), fc.string({ maxLength: 12 }), { maxKeys: 3 })),
    authorization,
    contentType: fc.constantFrom("application/json", "text/plain", "application/x-amz-json-1.1", undefined),
    body: fc.option(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 }), fc.string({ unit: "binary", maxLength: 60 }))),
  })
  .map(({ method, path, query, authorization, contentType, body }) => {
    const headers: Record<string, string> = {};
    if (authorization !== undefined) headers.authorization = authorization.replace(/[^\t\x20-\x7e]/g, "?");
    if (contentType !== undefined) headers["content-type"] = contentType;
    const search = query ? new URLSearchParams(query).toString() : "";
    const withBody = method !== "GET" && method !== "HEAD" && body !== null;
    return { method, path: search ? `${path}?${search}` : path, headers, body: withBody ? body : undefined };
  });
const breakable = new Map(operations.filter((o) => invalidSites(o).length > 0).map((o) => [o.name, invalidRequest(o)]));
const wellTyped: fc.Arbitrary<RawRequest> = fc
  .record({ operation: fc.constantFrom(...operations), valid: fc.boolean(), account: fc.constantFrom(...ENABLED, "444444444444") })
  .chain(({ operation, valid, account }) => {
    const invalid = breakable.get(operation.name);
    const requests = valid || !invalid ? validRequest(operation) : invalid.map((i) => i.request);
    return requests.map((r) => {
      const search = new URLSearchParams(r.query).toString();
      return {
        method: operation.method,
        path: search ? `${operation.path}?${search}` : operation.path,
        headers: { authorization: auth(account), "content-type": "application/json" },
        body: r.body,
      };
    });
  });

/** The hardening property: no 5xx, and every answer is JSON carrying a request id (and its error name). */
async function answersEverythingWell(target: Pool, numRuns: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.oneof(wellTyped, garbage), async (request) => {
      const response = await send(request, target);
      expect(response.status).toBeLessThan(500);
      expect(response.headers["x-amzn-requestid"]).toMatch(/\S/);
      if (request.method === "HEAD") return;
      const body = JSON.parse(response.text) as Record<string, unknown>;
      expect(typeof body).toBe("object");
      if (response.status >= 400) expect(body.Code).toBe(response.headers["x-amzn-errortype"]);
    }),
    { numRuns },
  );
}

describe("the emulator under generated and garbage requests", () => {
  it("never answers 5xx, and every answer is JSON with a request id (10,000 requests)", async () => {
    await answersEverythingWell(pool, 10_000);
  });

  it("would notice an operation that crashes (a planted fault)", async () => {
    const faults: string[] = [];
    const faulty = await startEmulator({
      onFault: (message) => void faults.push(message),
      behaviours: [
        {
          name: "crash",
          description: "GetMembers throws",
          operations: {
            GetMembers: () => () => {
              throw new TypeError("planted");
            },
          },
        },
      ],
    });
    const faultyPool = new Pool(faulty.url, { connections: 2 });
    for (const account of ENABLED) await send({ method: "POST", path: "/accounts", headers: { authorization: auth(account) }, body: "{}" }, faultyPool);
    try {
      await expect(answersEverythingWell(faultyPool, 2_000)).rejects.toThrow(/Property failed/);
      // Told to whoever started it, with its stack, for each request it answered 500.
      expect(faults.length).toBeGreaterThan(0);
      expect(faults[0]).toMatch(/^emulator: GetMembers failed: TypeError: planted\n\s+at /);
    } finally {
      await faultyPool.close();
      await faulty.close();
    }
  });
});
