/**
 * The client and the emulator agree on the wire: an operation's input, serialized by the client (labels in the path,
 * query, headers, body) and sent signed over HTTP, reaches the emulator's handler of that operation as the same input,
 * for every operation of Security Hub's, GuardDuty's and the example model's specs.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorActor } from "../client/credentials.ts";
import { TargetClient } from "../client/target-client.ts";
import { validInput } from "../generators/valid-request.ts";
import { serializeInput } from "../protocol/api-request.ts";
import { loadExampleSpec } from "../specs/example-model.fixture.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import type { Spec } from "../specs/spec-model.ts";
import type { Call, Handler } from "./behaviour.ts";
import { createRequestHandler } from "./server.ts";
import { EmulatorState } from "./state.ts";
import { CODE_AND_MESSAGE } from "./wire.ts";
import { MESSAGE_AND_TYPE } from "./guardduty/errors.ts";

const SPECS: [string, Spec][] = [
  ["Security Hub", await loadSpec()],
  ["GuardDuty", await loadServiceSpec(GUARDDUTY)],
  ["the example model", await loadExampleSpec()],
];

describe.each(SPECS)("%s's requests, sent by the client to the emulator", (_name, spec) => {
  const calls: Call[] = [];
  // Every operation answered by a handler that keeps the call: what the emulator routed, and the input it read.
  const handlers: Record<string, Handler> = Object.fromEntries(
    [...spec.operations.keys()].map((name) => [
      name,
      (call: Call) => {
        calls.push(call);
        return {};
      },
    ]),
  );
  let server: Server;
  let client: TargetClient;

  beforeAll(async () => {
    const handle = createRequestHandler(spec, new EmulatorState(), {}, { name: "securityhub", handlers, errorBody: CODE_AND_MESSAGE });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    client = new TargetClient(spec, { endpoint: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), region: "us-east-1" });
  });
  afterAll(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const cases = fc
    .constantFrom(...spec.operations.values())
    .chain((operation) => validInput(operation, { nullOptionals: false }).map((input) => ({ operation, input })));

  it("reach the same operation with the same input, members by wire name wherever the model binds them", async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ operation, input }) => {
        calls.length = 0;
        const exchange = await client.send(serializeInput(operation, input), emulatorActor("111111111111"));
        expect(exchange.response.status, exchange.response.body).toBe(operation.success.status);
        expect(calls.map((call) => [call.operation, call.input])).toEqual([[operation.name, input]]);
      }),
      { numRuns: 60 * spec.operations.size },
    );
  });
});

describe("an emulator routing GuardDuty's templates", () => {
  const guardduty = SPECS[1]![1];
  const handlers: Record<string, Handler> = Object.fromEntries([...guardduty.operations.keys()].map((name) => [name, () => ({})]));
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const handle = createRequestHandler(guardduty, new EmulatorState(), { maxBodyBytes: 1024 }, { name: "guardduty", handlers, errorBody: MESSAGE_AND_TYPE });
    server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const authorization = "AWS4-HMAC-SHA256 Credential=111111111111/20261207/us-east-1/guardduty/aws4_request, SignedHeaders=host, Signature=00";
  it.each([
    ["PUT", "/detector/d1/member/invite", "{}", 405, "MethodNotAllowedException"],
    ["POST", "/detector//member/invite", "{}", 404, "UnknownOperationException"],
    ["POST", "/detector/d1/member/invite/", "{}", 404, "UnknownOperationException"],
    ["POST", "/detector/%zz/member/invite", '{"accountIds":["111111111111"]}', 400, "BadRequestException"],
    ["POST", "/detector/d1/member/invite", JSON.stringify({ accountIds: ["1".repeat(2048)] }), 413, "RequestEntityTooLargeException"],
    ["POST", "/detector/d1/member/invite", "{}", 400, "BadRequestException"],
    ["POST", "/detector/d1/member/invite", '{"accountIds":["111111111111"]}', 200, undefined],
  ])("answers %s %s (body %s) with %i %s", async (method, path, body, status, error) => {
    const response = await fetch(`${url}${path}`, { method, headers: { authorization, "content-type": "application/json" }, body });
    expect(response.status).toBe(status);
    expect(response.headers.get("x-amzn-errortype") ?? undefined).toBe(error);
    if (status === 405) expect(response.headers.get("allow")).toBe("POST");
    await response.text();
  });
});
