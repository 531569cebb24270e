import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import { validateRequest } from "../validators/request-validator.ts";
import { validRequest } from "./valid-request.ts";

const spec = await loadSpec();
const guardduty = await loadServiceSpec(GUARDDUTY);

describe.each([...spec.operations.values()].map((op) => [op.name, op] as const))("valid requests for %s", (_name, operation) => {
  test.prop([validRequest(operation)], { numRuns: 1000 })("pass the request validator", (request) => {
    expect(validateRequest(operation, request)).toEqual([]);
  });
});

describe.each([...guardduty.operations.values()].map((op) => [op.name, op] as const))("valid GuardDuty requests for %s", (_name, operation) => {
  test.prop([validRequest(operation)], { numRuns: 200 })("pass the request validator, a value for each URI label of the path", (request) => {
    expect(validateRequest(operation, request)).toEqual([]);
    expect(Object.keys(request.labels ?? {})).toEqual(operation.labels.map((l) => l.name));
    for (const value of Object.values(request.labels ?? {})) expect(value).not.toBe("");
  });
});

describe("valid requests", () => {
  test.prop([validRequest(spec.operations.get("ListInvitations")!)], { numRuns: 200 })("send query members in the query string and no body", (request) => {
    expect(request.body).toBeUndefined();
    expect(Object.keys(request.query).every((name) => ["MaxResults", "NextToken"].includes(name))).toBe(true);
  });

  test.prop([validRequest(spec.operations.get("InviteMembers")!)], { numRuns: 200 })("send a JSON body with the required AccountIds", (request) => {
    expect(JSON.parse(request.body!)).toHaveProperty("AccountIds", expect.any(Array));
  });

  test("cover the values a schema allows, not only the smallest", () => {
    const samples = fc.sample(validRequest(spec.operations.get("InviteMembers")!), { numRuns: 200, seed: 1 });
    const lengths = new Set(samples.map((r) => (JSON.parse(r.body!) as { AccountIds: string[] }).AccountIds.length));
    expect(lengths.size).toBeGreaterThan(3);
  });
});
