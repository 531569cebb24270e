import { describe, expect, it } from "vitest";
import { loadSpec } from "../specs/load-spec.ts";
import { operationOf } from "../specs/spec-model.ts";
import { validateRequest } from "./request-validator.ts";
import { validateResponse } from "./response-validator.ts";

const spec = await loadSpec();
const body = (value: unknown): { query: Record<string, string>; body: string } => ({ query: {}, body: JSON.stringify(value) });

describe("an explicit JSON null member is unset (restJson1)", () => {
  it("makes a null required member a missing one", () => {
    expect(validateRequest(operationOf(spec, "InviteMembers"), body({ AccountIds: null })).map((v) => v.rule)).toEqual(["missing-required"]);
  });

  it("accepts a null optional member", () => {
    expect(validateRequest(operationOf(spec, "CreateMembers"), body({ AccountDetails: [{ AccountId: "111111111111", Email: null }] }))).toEqual([]);
    expect(validateRequest(operationOf(spec, "EnableSecurityHub"), body({ Tags: null, EnableDefaultStandards: null }))).toEqual([]);
  });

  it("keeps a null list item, which is still malformed", () => {
    expect(validateRequest(operationOf(spec, "InviteMembers"), body({ AccountIds: [null] })).map((v) => v.rule)).toEqual(["wrong-item-type"]);
  });

  it("reads a null member of an answer as absent", () => {
    expect(validateResponse(operationOf(spec, "ListInvitations"), 200, { Invitations: [], NextToken: null }).errors).toEqual([]);
    expect(validateResponse(operationOf(spec, "InviteMembers"), 200, { UnprocessedAccounts: null }).errors).toEqual([]);
  });
});
