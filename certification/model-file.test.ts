/**
 * `certify --model FILE --operations …`: any rest-json model, certified for protocol and shapes. The fixture is five
 * operations of Amazon Detective's botocore 1.43.11 model (detective/2018-10-26: ListGraphs, ListTagsForResource,
 * TagResource, UntagResource, DeleteGraph — a paged body, a URI label, a list in the query string, 204s, an ARN
 * longer than strings are drawn by default), taken out with specs/model-family.ts; CI has no botocore. The mock serves it in process: it routes and
 * validates requests by the model and answers each operation with a valid success, or, with a planted bug, a ListGraphs
 * answer its model does not allow.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Router } from "../emulator/router.ts";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { modelFileSpec } from "../specs/model-file.ts";
import { specFile } from "../specs/service-descriptor.ts";
import { SECURITY_HUB } from "../specs/services/index.ts";
import { runCli } from "../tools/run-cli.fixture.ts";
import { checkRequest } from "../validators/request-validator.ts";
import { certify } from "./index.ts";

const FIXTURE = fileURLToPath(new URL("./model-file.fixture.json", import.meta.url));
const OPERATIONS = ["ListGraphs", "ListTagsForResource", "TagResource", "UntagResource", "DeleteGraph"];

/** A valid success of each operation, by its model: status and body (none for a 204). */
const SUCCESS: Record<string, { status: number; body?: unknown }> = {
  ListGraphs: {
    status: 200,
    body: { GraphList: [{ Arn: "arn:aws:detective:us-east-1:111122223333:graph:0123456789abcdef0123456789abcdef", CreatedTime: "2026-12-07T00:00:00Z" }] },
  },
  ListTagsForResource: { status: 200, body: { Tags: { team: "blue" } } },
  TagResource: { status: 204 },
  UntagResource: { status: 204 },
  DeleteGraph: { status: 200, body: {} },
};

/** A mock of the fixture's operations; `bug` makes ListGraphs answer a GraphList that is no list. */
async function startMock(bug = false): Promise<{ url: string; close: () => Promise<void> }> {
  const spec = modelFileSpec(FIXTURE, OPERATIONS);
  const router = new Router(spec.operations.values());
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const send = (status: number, body: unknown, error?: string): void => {
        res.writeHead(status, { "content-type": "application/json", ...(error ? { "x-amzn-errortype": error } : {}) });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      const routed = router.route(req.method ?? "GET", req.url ?? "/");
      if (routed.kind !== "operation") return send(404, { message: `no operation at ${req.method} ${req.url}` }, "UnknownOperationException");
      const text = Buffer.concat(chunks).toString("utf8");
      const query = Object.fromEntries(new URLSearchParams((req.url ?? "").split("?")[1] ?? ""));
      const { violations } = checkRequest(routed.operation, { labels: routed.labels, query, headers: {}, body: text === "" ? undefined : text });
      if (violations.length > 0 || routed.malformed.length > 0)
        return send(400, { message: violations[0]?.message ?? "a malformed label" }, "ValidationException");
      const success = SUCCESS[routed.operation.name]!;
      send(success.status, bug && routed.operation.name === "ListGraphs" ? { GraphList: "none" } : success.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("certify --model: a rest-json service certified for protocol and shapes from its model file", () => {
  let mock: Awaited<ReturnType<typeof startMock>>;
  let faulty: Awaited<ReturnType<typeof startMock>>;
  beforeAll(async () => {
    [mock, faulty] = await Promise.all([startMock(), startMock(true)]);
  });
  afterAll(async () => {
    await Promise.all([mock?.close(), faulty?.close()]);
  });

  it("certifies a mock that serves the model, says it is protocol-only and names the model file", async () => {
    const certificate = await certify({ model: FIXTURE, operations: OPERATIONS, endpoint: mock.url, runs: 4, seed: 1 });
    expect(certificate.defects.map((d) => d.title)).toEqual([]);
    expect(certificate.verdict).toBe("certified");
    expect(certificate.run.protocolOnly).toMatch(/^protocol-only: Amazon Detective is certified from the model file .*model-file\.fixture\.json/);
    expect(certificate.spec.model).toBeUndefined();
    expect(certificate.spec.modelFile).toEqual({
      file: FIXTURE,
      sha256: createHash("sha256").update(readFileSync(FIXTURE)).digest("hex"),
      service: "Detective",
      apiVersion: "2018-10-26",
      operations: OPERATIONS,
      leftOut: [],
    });
    expect(certificate.scenarios.map((s) => s.name).every((name) => /^(valid|invalid)-input\//.test(name))).toBe(true);
    // Every statement of the model is enforced by a check of single answers, or said to be beyond them.
    const coverage = certificate.coverage!;
    expect(coverage.statements.length).toBeGreaterThan(40);
    for (const statement of coverage.statements) expect(statement.checks.length > 0 || statement.status === "beyond-protocol", statement.id).toBe(true);
    expect(coverage.statements.find((s) => s.id === "ListGraphs.model.http")).toMatchObject({ status: "exercised" });
    // The syntax of a structure nested in an answer (a graph of ListGraphs) is the success schema's.
    expect(coverage.statements.find((s) => s.id === "Graph.model.Arn.syntax")?.checks).toContain("success-shapes/schema");
    expect(coverage.summary).toMatch(/further statements say more than protocol and shapes/);
  });

  it("finds an answer its model does not allow, on the operation that gave it", async () => {
    const certificate = await certify({ model: FIXTURE, operations: ["ListGraphs", "DeleteGraph"], endpoint: faulty.url, runs: 2, seed: 1 });
    expect(certificate.verdict).toBe("not-certified");
    expect(certificate.defects.map((d) => [d.check, d.operations])).toEqual([["success-shapes/schema", ["ListGraphs"]]]);
  });

  it("reads a gzipped model, and plans the run as protocol-only with --dry-run", async () => {
    const gz = join(mkdtempSync(join(tmpdir(), "model-file-")), "service-2.json.gz");
    writeFileSync(gz, gzipSync(readFileSync(FIXTURE)));
    const { code, output } = await runCli("cli/certify.ts", ["--model", gz, "--operations", "ListGraphs,TagResource", "--endpoint", mock.url, "--dry-run"]);
    expect(output).toContain("protocol-only: Amazon Detective is certified from the model file");
    expect(output).toMatch(/no semantics, isolation, state-machine, pagination or lifecycle scenario/);
    expect(output).toContain(`operations of ${gz}: ListGraphs, TagResource`);
    expect(output).toMatch(/valid-input\/ListGraphs/);
    expect(output).not.toMatch(/semantics\//);
    expect(code).toBe(0);
  });

  const BAD: [string, string[], RegExp][] = [
    ["a missing file", ["--model", "/no/such/service-2.json"], /^certify: --model: cannot read the model file \/no\/such\/service-2\.json: ENOENT$/m],
    [
      "a file that is no model",
      ["--model", "package.json"],
      /^certify: --model: package\.json is not a botocore service model: it lacks metadata, operations or shapes$/m,
    ],
    [
      "another protocol",
      ["--model", "__JSON_PROTOCOL__"],
      /^certify: --model: .* is a model of the json protocol: the suite sends and judges rest-json \(restJson1\) only/m,
    ],
    [
      "an operation the model lacks",
      ["--model", FIXTURE, "--operations", "ListGraphs,CreateMembers"],
      /^certify: --model: .* has no operation "CreateMembers"/m,
    ],
    ["--model with --service", ["--model", FIXTURE, "--service", "guardduty"], /^certify: --service and --model both name a service: give one/m],
    ["a real account", ["--model", FIXTURE, "--real-account"], /^certify: Amazon Detective is certified for protocol and shapes only, on emulators and mocks/m],
    ["no endpoint", ["--model", FIXTURE], /^certify: certifying Amazon Detective needs --endpoint/m],
    ["--operations without --model", ["--operations", "ListGraphs"], /^certify: --operations goes with --model/m],
  ];
  it.each(BAD)("refuses %s with one line and exit 2", async (_what, args, message) => {
    const jsonProtocol = join(mkdtempSync(join(tmpdir(), "model-file-")), "service-2.json");
    const model = JSON.parse(readFileSync(FIXTURE, "utf8")) as { metadata: Record<string, unknown> };
    writeFileSync(jsonProtocol, JSON.stringify({ ...model, metadata: { ...model.metadata, protocol: "json", protocols: ["json"] } }));
    const { code, output } = await runCli(
      "cli/certify.ts",
      args.map((arg) => (arg === "__JSON_PROTOCOL__" ? jsonProtocol : arg)),
    );
    expect(output).toMatch(message);
    expect(output.split("\n").filter((line) => line.startsWith("certify:"))).toHaveLength(1);
    expect(output).not.toMatch(/\n\s+at /);
    expect(code).toBe(2);
  });
});

describe("certify --model with Security Hub's vendored model, against the embedded emulator the test runs", () => {
  let emulator: RunningEmulator;
  beforeAll(async () => {
    emulator = await startEmulator();
  });
  afterAll(() => emulator?.close());

  it("runs to its end as a protocol-only run, its certificate naming the model file", async () => {
    const reportDir = mkdtempSync(join(tmpdir(), "model-file-report-"));
    const model = fileURLToPath(specFile(SECURITY_HUB, "extract"));
    const { code, output } = await runCli("cli/certify.ts", [
      "--model",
      model,
      "--endpoint",
      emulator.url,
      "--runs",
      "1",
      "--seed",
      "1",
      "--report-dir",
      reportDir,
    ]);
    expect(output).toMatch(/^protocol-only: AWS SecurityHub is certified from the model file/m);
    expect(output).not.toMatch(/\n\s+at /);
    expect([0, 1]).toContain(code);
    const certificate = JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8"));
    expect(certificate.verdict).not.toBe("incomplete");
    expect(certificate.run.protocolOnly).toMatch(/^protocol-only: /);
    expect(certificate.spec.modelFile).toMatchObject({ file: model, service: "SecurityHub", leftOut: [] });
    expect([...certificate.spec.modelFile.operations].sort()).toEqual([...SECURITY_HUB.operations].sort());
    // Not the built-in service's run: none of its family's scenarios, and its statements are the model's alone.
    expect(certificate.scenarios.some((s: { name: string }) => s.name.startsWith("semantics/"))).toBe(false);
    expect(certificate.coverage.statements.some((s: { id: string }) => s.id.includes(".page."))).toBe(false);
    const markdown = readFileSync(join(reportDir, "certificate.md"), "utf8");
    expect(markdown).toContain(`- Model file: \`${model}\``);
    expect(markdown).toContain("- Protocol and shapes only: AWS SecurityHub is certified from the model file");
  });
});
