import { describe, expect, it } from "vitest";
import { serializeInput } from "../protocol/api-request.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY, MACIE } from "../specs/services/index.ts";
import { operationOf } from "../specs/spec-model.ts";
import { validateRequest } from "../validators/request-validator.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import { LABEL_ESCAPING, validInputCoverage } from "./coverage-values.ts";
import { invalidRequestCoverage, invalidSites } from "./invalid-request.ts";

const spec = await loadSpec();
const operations = [...spec.operations.values()];

/** An operation taking a list of 1 to 50 structures with an account id each, and a value of a closed set. */
const BOUNDED: OperationSpec = {
  name: "Bounded",
  method: "POST",
  path: "/bounded",
  summary: undefined,
  labels: [],
  query: [],
  headers: [],
  body: {
    required: true,
    members: [
      { name: "Details", member: "Details" },
      { name: "Generator", member: "Generator" },
    ],
    schema: {
      type: "object",
      required: ["Details"],
      properties: {
        Details: {
          type: "array",
          minItems: 1,
          maxItems: 50,
          items: { type: "object", required: ["AccountId"], properties: { AccountId: { type: "string" }, Email: { type: "string" } } },
        },
        Generator: { type: "string", enum: ["STANDARD_CONTROL", "SECURITY_CONTROL"] },
      },
    },
  },
  success: { status: 200, schema: undefined },
  errors: [],
  accountIds: "/Details/*/AccountId",
  unprocessedAccounts: undefined,
  unprocessedEntry: undefined,
  referencePage: undefined,
};

const guardduty = [...(await loadServiceSpec(GUARDDUTY)).operations.values()];

describe("the coverage phase's values for GuardDuty", () => {
  it("play an optional structure with every member it may hold, its structures as full: CreateDetector's dataSources", () => {
    const createDetector = guardduty.find((op) => op.name === "CreateDetector")!;
    const dataSources = validInputCoverage(createDetector)
      .map((input) => input.dataSources)
      .filter((value) => value !== undefined);
    expect(dataSources).toContainEqual(expect.objectContaining({ s3Logs: { enable: false }, kubernetes: { auditLogs: { enable: false } } }));
  });

  it.each(guardduty.map((op) => [op.name, op] as const))(
    "of %s are valid inputs with every URI label, and break only their labelled rule",
    (_name, operation) => {
      for (const input of validInputCoverage(operation)) {
        const request = serializeInput(operation, input);
        expect(validateRequest(operation, request)).toEqual([]);
        expect(Object.keys(request.labels ?? {})).toEqual(operation.labels.map((l) => l.name));
      }
      for (const invalid of invalidRequestCoverage(operation))
        expect(validateRequest(operation, invalid.request).map((v) => `${v.rule} ${v.at}`)).toContain(`${invalid.rule} ${invalid.at}`);
    },
  );

  it("never make up a page token, whatever its case", () => {
    const list = guardduty.find((op) => op.name === "ListMembers")!;
    expect(validInputCoverage(list).some((input) => "nextToken" in input)).toBe(false);
    expect(validInputCoverage(list).some((input) => input.maxResults === 50)).toBe(true);
  });
});

describe("the coverage phase's values", () => {
  it.each(operations.map((op) => [op.name, op] as const))("of %s are valid inputs, the same every time", (_name, operation) => {
    const inputs = validInputCoverage(operation);
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) expect(validateRequest(operation, serializeInput(operation, input))).toEqual([]);
    expect(validInputCoverage(operation)).toEqual(inputs);
  });

  it("move each member to each of its boundaries", () => {
    expect(validInputCoverage(operationOf(spec, "ListMembers"))).toEqual([
      {},
      { OnlyAssociated: false },
      { OnlyAssociated: true },
      { MaxResults: 1 },
      { MaxResults: 50 },
    ]);
    expect(validInputCoverage(operationOf(spec, "InviteMembers"))).toEqual([{ AccountIds: [] }, { AccountIds: ["a"] }, { AccountIds: ["a", "a1", "a2"] }]);
    const tags = validInputCoverage(operationOf(spec, "EnableSecurityHub")).map((i) => Object.keys((i.Tags as object | undefined) ?? {}).length);
    expect(tags).toEqual(expect.arrayContaining([0, 1, 50]));
  });

  it("play a list with a maximum at one item, several and the maximum, each item naming an account of its own, once with its items' optional members, and each value of a closed set", () => {
    const inputs = validInputCoverage(BOUNDED);
    expect(inputs.map((input) => [(input.Details as unknown[]).length, input.Generator])).toEqual([
      [1, undefined],
      [3, undefined],
      [50, undefined],
      [1, undefined],
      [1, "STANDARD_CONTROL"],
      [1, "SECURITY_CONTROL"],
    ]);
    expect(inputs.map((input) => Object.keys((input.Details as object[])[0]!))).toEqual([
      ["AccountId"],
      ["AccountId"],
      ["AccountId"],
      ["AccountId", "Email"],
      ["AccountId"],
      ["AccountId"],
    ]);
    const largest = inputs[2]!.Details as { AccountId: string }[];
    expect(new Set(largest.map((d) => d.AccountId)).size).toBe(50);
    for (const input of inputs) expect(validateRequest(BOUNDED, serializeInput(BOUNDED, input))).toEqual([]);
  });

  it("break a list's and a map's least and greatest size by one, and a closed set of values with values outside it", () => {
    const broken = (operation: OperationSpec, rule: string) =>
      invalidRequestCoverage(operation)
        .filter((r) => r.rule === rule)
        .map((r) => JSON.parse(r.request.body!));
    expect(broken(BOUNDED, "size-violation").map((b) => b.Details.length)).toEqual([0, 51]);
    expect(broken(BOUNDED, "enum-violation").map((b) => b.Generator)).toEqual(["standard_control", "NOT_A_DOCUMENTED_VALUE"]);
    const tags = broken(operationOf(spec, "EnableSecurityHub"), "size-violation").map((b) => Object.keys(b.Tags).length);
    expect(tags).toEqual([0, 51]);
  });

  it.each(operations.filter((op) => invalidSites(op).length > 0).map((op) => [op.name, op] as const))(
    "of %s break exactly the rule each is labelled with, once per site and class of bad value",
    (_name, operation) => {
      const requests = invalidRequestCoverage(operation);
      for (const invalid of requests)
        expect(validateRequest(operation, invalid.request).map((v) => `${v.rule} ${v.at}`)).toContain(`${invalid.rule} ${invalid.at}`);
      expect(requests.length).toBe(invalidSites(operation).reduce((n, site) => n + site.examples.length, 0));
    },
  );

  it("send AccountIds as a bare string, missing, null, with a blank id and with an item of every wrong type", () => {
    const bodies = invalidRequestCoverage(operationOf(spec, "InviteMembers")).map((r) => r.request.body);
    expect(bodies).toEqual(
      expect.arrayContaining([
        '{"AccountIds":"abc"}',
        "{}",
        '{"AccountIds":null}',
        '{"AccountIds":[" "]}',
        '{"AccountIds":[7]}',
        '{"AccountIds":[null]}',
        '{"AccountIds":[[1]]}',
      ]),
    );
  });
});

describe("a URI label in the coverage phase", () => {
  it("stays at its smallest where a scenario provides the resource it names, and is played as input in a protocol-only run", async () => {
    const getMember = operationOf(await loadServiceSpec(MACIE), "GetMember");
    expect(validInputCoverage(getMember)).toEqual([{ id: "a" }]);
    // Each value the path must carry as one segment, percent-encoded: Smithy's label-escaping value, one led by a /.
    expect(validInputCoverage(getMember, { playLabels: true })).toEqual([{ id: "a" }, { id: LABEL_ESCAPING }, { id: "/a" }]);
    for (const input of validInputCoverage(getMember, { playLabels: true })) expect(serializeInput(getMember, input).labels).toEqual({ id: input.id });
  });
});
