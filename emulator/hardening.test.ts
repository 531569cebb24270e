/** Whatever arrives, each emulated service answers with a well-formed response and never a 5xx. */
import { connect } from "node:net";
import fc from "fast-check";
import { Pool } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidRequest, invalidSites } from "../generators/invalid-request.ts";
import { validInput } from "../generators/valid-request.ts";
import { serializeInput, type ApiRequest } from "../protocol/api-request.ts";
import { expandPath } from "../protocol/uri-path.ts";
import { operationOf, type OperationSpec } from "../specs/spec-model.ts";
import { EMULATED_DESCRIPTORS, FamilyDriver } from "./family-driver.fixture.ts";
import { emulatedService, serve, type Behaviour, type RunningEmulator } from "./index.ts";

const ENABLED = ["111111111111", "222222222222", "333333333333"];

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

async function send(request: RawRequest, target: Pool): Promise<RawResponse> {
  const response = await target.request({ method: request.method, path: request.path, headers: request.headers, body: request.body ?? null });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
}

describe.each(EMULATED_DESCRIPTORS)("the %s emulator", (_title, service) => {
  const served = emulatedService(service.name);
  const auth = (account: string): string =>
    `AWS4-HMAC-SHA256 Credential=${account}/20261121/us-east-1/${service.endpoint.signingName}/aws4_request, SignedHeaders=host, Signature=00`;
  let emulator: RunningEmulator<unknown>;
  let pool: Pool;
  let driver: FamilyDriver;
  const spec = () => driver.spec;
  /** The operation's path, its labels filled with the account's (GuardDuty's detector). */
  const pathOf = (operation: string, account = ENABLED[0]!, through = driver): string => expandPath(operationOf(spec(), operation), through.labelsOf(account));
  /** The operation's one documented 400 error, else AWS's common ValidationError: the emulator's answer to input it refuses. */
  const badInputError = (operation: OperationSpec): string => {
    const documented = operation.errors.filter((e) => e.status === 400);
    return documented.length === 1 ? documented[0]!.name : "ValidationError";
  };

  /** A restJson1 error: JSON, named by its header, its body the service's error members, with a message and a request id. */
  function expectWellFormedError(response: RawResponse, status: number, code: string): void {
    expect(response.status).toBe(status);
    expect(response.headers["content-type"]).toBe("application/json");
    expect(response.headers["x-amzn-requestid"]).toMatch(/\S/);
    expect(response.headers["x-amzn-errortype"]).toBe(code);
    expect(JSON.parse(response.text)).toEqual(served.errorBody(code, expect.stringMatching(/\S/) as unknown as string));
  }

  beforeAll(async () => {
    emulator = await serve(served, { maxBodyBytes: 64 * 1024 });
    pool = new Pool(emulator.url, { connections: 8 });
    driver = await FamilyDriver.open(service, emulator.url);
    for (const account of ENABLED) await driver.enable(account);
    await driver.createMembers(ENABLED[0]!, ENABLED.slice(1));
  });
  afterAll(async () => {
    await driver.close();
    await pool.close();
    await emulator.close();
  });

  describe("answers to bad input", () => {
    const signed = (): Record<string, string> => ({ authorization: auth(ENABLED[0]!), "content-type": "application/json" });
    const invite = (): string => service.family.inviteMembers!.operation;
    const decline = (): string => service.family.declineInvitations.operation;
    const ids = (): string => service.names.accountIds;
    const enabling = (): OperationSpec => operationOf(spec(), service.activation.enable.operation);
    const inviteError = (): string => badInputError(operationOf(spec(), invite()));
    const rows: [string, () => RawRequest, number, () => string][] = [
      ["malformed JSON", () => ({ method: "POST", path: pathOf(invite()), headers: signed(), body: `{"${ids()}": [` }), 400, inviteError],
      ["a body that is a list", () => ({ method: "POST", path: pathOf(invite()), headers: signed(), body: "[]" }), 400, inviteError],
      ["account ids of the wrong type", () => ({ method: "POST", path: pathOf(decline()), headers: signed(), body: `{"${ids()}": 7}` }), 400, inviteError],
      ["a blank account id", () => ({ method: "POST", path: pathOf(decline()), headers: signed(), body: `{"${ids()}": ["\\t"]}` }), 400, inviteError],
      ["a missing body", () => ({ method: "POST", path: pathOf(invite()), headers: signed(), body: undefined }), 400, inviteError],
      [
        "bad input to the operation switching the service on (tags of none)",
        () => {
          const tags = enabling().body!.members.find((m) => m.member === "Tags")!.name;
          return { method: "POST", path: pathOf(enabling().name), headers: signed(), body: JSON.stringify({ ...service.activation.enable.input, [tags]: {} }) };
        },
        400,
        () => badInputError(enabling()),
      ],
      [
        "a body over the size cap",
        () => ({ method: "POST", path: pathOf(invite()), headers: signed(), body: JSON.stringify({ [ids()]: Array(8000).fill("123456789012") }) }),
        413,
        () => "RequestEntityTooLargeException",
      ],
      ["an unknown path", () => ({ method: "POST", path: "/members/promote", headers: signed(), body: "{}" }), 404, () => "UnknownOperationException"],
      ["a wrong method", () => ({ method: "PUT", path: pathOf(invite()), headers: signed(), body: "{}" }), 405, () => "MethodNotAllowedException"],
      [
        "no Authorization header",
        () => ({ method: "POST", path: pathOf(invite()), headers: { "content-type": "application/json" }, body: `{"${ids()}": []}` }),
        403,
        () => "MissingAuthenticationTokenException",
      ],
      [
        "an Authorization header without a credential",
        () => ({ method: "GET", path: pathOf(service.family.listInvitations.operation), headers: { authorization: "Bearer x" }, body: undefined }),
        403,
        () => "MissingAuthenticationTokenException",
      ],
    ];
    it.each(rows)("answers %s with a well-formed %i", async (_what, request, status, code) => {
      expectWellFormedError(await send(request(), pool), status, code());
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
      expect(JSON.parse(text.slice(text.indexOf("\r\n\r\n") + 4))).toEqual(served.errorBody("SerializationException", "The request is not valid HTTP/1.1."));
    });
  });

  /** Requests every part of which is generated: methods, paths (the service's, filled or not, and any), queries, credentials, bodies. */
  const garbage = (through: FamilyDriver): fc.Arbitrary<RawRequest> => {
    const operations = [...spec().operations.values()];
    const paging = service.family.listMembers;
    const path = fc.oneof(
      fc.constantFrom(...new Set(operations.flatMap((o) => [o.path, pathOf(o.name, ENABLED[0], through)]))),
      fc.webPath().map((p) => p || "/"),
    );
    const queryNames = [paging.paging.maxResults, paging.paging.nextToken, paging.onlyAssociated!, "x"];
    return fc
      .record({
        method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"),
        path,
        query: fc.option(fc.dictionary(fc.constantFrom(...queryNames), fc.string({ maxLength: 12 }), { maxKeys: 3 })),
        authorization: fc.oneof(fc.constantFrom(...ENABLED, "999999999999", "AKIAEXAMPLE").map(auth), fc.string({ maxLength: 40 }), fc.constant(undefined)),
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
  };

  /**
   * Requests the spec describes, valid or breaking one rule, as enabled accounts and one that is not. A valid request
   * goes through the caller's own resource (its detector), so that it reaches the operation's handler.
   */
  const wellTyped = (through: FamilyDriver): fc.Arbitrary<RawRequest> => {
    const operations = [...spec().operations.values()];
    const breakable = new Map(operations.filter((o) => invalidSites(o).length > 0).map((o) => [o.name, invalidRequest(o)]));
    return fc
      .record({ operation: fc.constantFrom(...operations), valid: fc.boolean(), account: fc.constantFrom(...ENABLED, "444444444444") })
      .chain(({ operation, valid, account }) => {
        const invalid = breakable.get(operation.name);
        const requests: fc.Arbitrary<ApiRequest> =
          valid || !invalid
            ? validInput(operation).map((input) => serializeInput(operation, { ...input, ...ownLabels(through, operation, account) }))
            : invalid.map((i) => i.request);
        return requests.map((r) => {
          const search = new URLSearchParams(r.query).toString();
          const path = expandPath(operation, r.labels);
          return {
            method: operation.method,
            path: search ? `${path}?${search}` : path,
            headers: { authorization: auth(account), "content-type": "application/json" },
            body: r.body,
          };
        });
      });
  };
  const ownLabels = (through: FamilyDriver, operation: OperationSpec, account: string): Record<string, string> =>
    Object.fromEntries(Object.entries(through.labelsOf(account)).filter(([label]) => operation.labels.some((l) => l.name === label)));

  /** The hardening property: no 5xx, and every answer is JSON carrying a request id (and, for an error, the service's error members). */
  async function answersEverythingWell(target: Pool, through: FamilyDriver, numRuns: number): Promise<void> {
    await fc.assert(
      fc.asyncProperty(fc.oneof(wellTyped(through), garbage(through)), async (request) => {
        const response = await send(request, target);
        expect(response.status).toBeLessThan(500);
        expect(response.headers["x-amzn-requestid"]).toMatch(/\S/);
        if (request.method === "HEAD") return;
        const body = JSON.parse(response.text) as Record<string, unknown>;
        expect(typeof body).toBe("object");
        if (response.status >= 400)
          expect(body).toEqual(served.errorBody(response.headers["x-amzn-errortype"] as string, expect.any(String) as unknown as string));
      }),
      { numRuns },
    );
  }

  describe("under generated and garbage requests", () => {
    it("never answers 5xx, and every answer is JSON with a request id (10,000 requests)", async () => {
      await answersEverythingWell(pool, driver, 10_000);
    });

    it("would notice an operation that crashes (a planted fault)", async () => {
      const faults: string[] = [];
      const getMembers = service.family.getMembers.operation;
      const crash: Behaviour<unknown> = {
        name: "crash",
        description: `${getMembers} throws`,
        service: service.name,
        operations: {
          [getMembers]: () => () => {
            throw new TypeError("planted");
          },
        },
      };
      const faulty = await serve(served, { onFault: (message) => void faults.push(message), behaviours: [crash] });
      const faultyPool = new Pool(faulty.url, { connections: 2 });
      const faultyDriver = await FamilyDriver.open(service, faulty.url);
      for (const account of ENABLED) await faultyDriver.enable(account);
      try {
        await expect(answersEverythingWell(faultyPool, faultyDriver, 2_000)).rejects.toThrow(/Property failed/);
        // Told to whoever started it, with its stack, for each request it answered 500.
        expect(faults.length).toBeGreaterThan(0);
        expect(faults[0]).toMatch(new RegExp(`^emulator: ${getMembers} failed: TypeError: planted\\n\\s+at `));
      } finally {
        await faultyDriver.close();
        await faultyPool.close();
        await faulty.close();
      }
    });
  });
});
