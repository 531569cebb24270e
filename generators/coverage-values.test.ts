import { describe, expect, it } from "vitest";
import { serializeInput } from "../protocol/api-request.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { operationOf } from "../specs/spec-model.ts";
import { validateRequest } from "../validators/request-validator.ts";
import { validInputCoverage } from "./coverage-values.ts";
import { invalidRequestCoverage, invalidSites } from "./invalid-request.ts";

const spec = await loadSpec();
const operations = [...spec.operations.values()];

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
