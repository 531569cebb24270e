import { describe, expect, it } from "vitest";
import { loadSpec } from "../specs/load-spec.ts";
import { operationOf } from "../specs/spec-model.ts";
import { responseSchema, validateResponse } from "./response-validator.ts";

const spec = await loadSpec();
const invite = operationOf(spec, "InviteMembers");

describe("validateResponse", () => {
  it.each([
    ["an empty success body", 200, {}, { documented: true, errors: [], unknownMembers: [] }],
    [
      "a listed unprocessed account",
      200,
      { UnprocessedAccounts: [{ AccountId: "1", ProcessingResult: "not a member" }] },
      { documented: true, errors: [], unknownMembers: [] },
    ],
    ["an unknown member", 200, { UnprocessedAccounts: [], Extra: true }, { documented: true, errors: [], unknownMembers: ["/Extra"] }],
    [
      "an unknown member inside an entry",
      200,
      { UnprocessedAccounts: [{ AccountId: "1", Email: "x" }] },
      { documented: true, errors: [], unknownMembers: ["/UnprocessedAccounts/0/Email"] },
    ],
    [
      "a blank ProcessingResult",
      200,
      { UnprocessedAccounts: [{ AccountId: "1", ProcessingResult: " " }] },
      { documented: true, errors: ['/UnprocessedAccounts/0/ProcessingResult must match pattern ".*\\S.*"'], unknownMembers: [] },
    ],
    [
      "UnprocessedAccounts as an object",
      200,
      { UnprocessedAccounts: {} },
      { documented: true, errors: ["/UnprocessedAccounts must be array"], unknownMembers: [] },
    ],
    ["a documented error", 400, { Code: "InvalidInputException", Message: "bad" }, { documented: true, errors: [], unknownMembers: [] }],
    ["an error with a lowercase message member", 404, { message: "gone" }, { documented: true, errors: [], unknownMembers: ["/message"] }],
    ["an undocumented status", 409, {}, { documented: false, errors: [], unknownMembers: [] }],
  ])("%s", (_name, status, body, expected) => {
    expect(validateResponse(invite, status, body)).toEqual(expected);
  });

  it("returns the same schema object for a status every time, so it is compiled once", () => {
    expect(responseSchema(invite, 400)).toBe(responseSchema(invite, 400));
    expect(responseSchema(invite, 200)).toBe(invite.success.schema);
  });
});
