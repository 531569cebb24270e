import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import { operationOf } from "../specs/spec-model.ts";
import { validateRequest } from "../validators/request-validator.ts";
import { invalidRequest, invalidSites } from "./invalid-request.ts";

const spec = await loadSpec();
const breakable = [...spec.operations.values()].filter((op) => invalidSites(op).length > 0);

describe.each(breakable.map((op) => [op.name, op] as const))("invalid requests for %s", (_name, operation) => {
  test.prop([invalidRequest(operation)], { numRuns: 1000 })("fail the request validator for their labelled rule, at their labelled member", (invalid) => {
    const violations = validateRequest(operation, invalid.request);
    expect(violations.map((v) => `${v.rule} ${v.at}`)).toContain(`${invalid.rule} ${invalid.at}`);
  });
});

const guardduty = await loadServiceSpec(GUARDDUTY);
describe.each([...guardduty.operations.values()].filter((op) => invalidSites(op).length > 0).map((op) => [op.name, op] as const))(
  "invalid GuardDuty requests for %s",
  (_name, operation) => {
    test.prop([invalidRequest(operation)], { numRuns: 200 })("fail for their labelled rule, at their labelled member, the URI labels left valid", (invalid) => {
      const violations = validateRequest(operation, invalid.request);
      expect(violations.map((v) => `${v.rule} ${v.at}`)).toContain(`${invalid.rule} ${invalid.at}`);
      expect(Object.keys(invalid.request.labels ?? {})).toEqual(operation.labels.map((l) => l.name));
      for (const label of operation.labels) expect(violations.map((v) => v.at)).not.toContain(`/${label.name}`);
    });
  },
);

describe("invalid request sites", () => {
  it.each([
    [
      "InviteMembers",
      ["not-an-object ", "not-json ", "missing-required AccountIds", "wrong-type AccountIds", "wrong-item-type AccountIds/*", "pattern-violation AccountIds/*"],
    ],
    [
      "DeclineInvitations",
      ["not-an-object ", "not-json ", "missing-required AccountIds", "wrong-type AccountIds", "wrong-item-type AccountIds/*", "pattern-violation AccountIds/*"],
    ],
    ["ListInvitations", ["malformed-value MaxResults", "out-of-range MaxResults", "out-of-range MaxResults"]],
    ["GetInvitationsCount", []],
  ])("are derived from the schema of %s", (name, expected) => {
    expect(invalidSites(operationOf(spec, name)).map((s) => `${s.rule} ${s.path.join("/")}`)).toEqual(expected);
  });

  it("reach members inside list items", () => {
    const sites = invalidSites(operationOf(spec, "CreateMembers")).map((s) => `${s.rule} ${s.path.join("/")}`);
    expect(sites).toEqual(
      expect.arrayContaining(["missing-required AccountDetails/*/AccountId", "wrong-item-type AccountDetails/*", "pattern-violation AccountDetails/*/Email"]),
    );
  });

  it("never use unknown extra members as a way to break a request", () => {
    for (const operation of spec.operations.values()) {
      for (const site of invalidSites(operation)) {
        const known = new Set(["", ...Object.keys((operation.body?.schema.properties as object | undefined) ?? {}), ...operation.query.map((p) => p.name)]);
        expect(known).toContain(site.path[0] ?? "");
      }
    }
  });

  it("label each rule with its source: the reference page for the two documented operations, the model for the others, restJson1 for the body's syntax and query values that do not parse", () => {
    const sources = (name: string): string[] => [...new Set(invalidSites(operationOf(spec, name)).map((s) => `${s.rule} ${s.source}`))];
    expect(sources("InviteMembers")).toEqual([
      "not-an-object restjson1",
      "not-json restjson1",
      "missing-required reference-page",
      "wrong-type reference-page",
      "wrong-item-type reference-page",
      "pattern-violation reference-page",
    ]);
    expect(sources("CreateMembers")).toEqual(expect.arrayContaining(["not-json restjson1", "missing-required aws-model", "pattern-violation aws-model"]));
    // A query value that does not parse is malformed by the protocol; its range is the model's.
    expect(sources("ListMembers")).toEqual(["malformed-value restjson1", "out-of-range aws-model"]);
    expect(sources("ListInvitations")).toEqual(["malformed-value restjson1", "out-of-range aws-model"]);
  });

  test.prop([invalidRequest(operationOf(spec, "CreateMembers"), ["wrong-type", "missing-required"])], { numRuns: 300 })(
    "never send null as a member of the wrong type: a null member is unset, so it only stands for a missing required one",
    (invalid) => {
      const value = invalid.at
        .split("/")
        .slice(1)
        .reduce<any>((at, segment) => at?.[segment], JSON.parse(invalid.request.body!));
      if (invalid.rule === "wrong-type") expect(value).not.toBeNull();
      else expect(value === undefined || value === null).toBe(true);
    },
  );

  test.prop([invalidRequest(operationOf(spec, "InviteMembers"), ["pattern-violation"])], { numRuns: 200 })(
    "narrowed to one rule break only that rule",
    (invalid) => {
      expect(invalid.rule).toBe("pattern-violation");
      expect(JSON.parse(invalid.request.body!).AccountIds[Number(invalid.at.split("/")[2])].trim()).toBe("");
    },
  );
});
