import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "./load-spec.ts";
import { operationOf } from "./spec-model.ts";

const FAMILY = [
  "EnableSecurityHub",
  "DisableSecurityHub",
  "CreateMembers",
  "InviteMembers",
  "DeclineInvitations",
  "DeleteInvitations",
  "ListInvitations",
  "GetInvitationsCount",
  "AcceptAdministratorInvitation",
  "GetAdministratorAccount",
  "DisassociateFromAdministratorAccount",
  "GetMembers",
  "ListMembers",
  "DisassociateMembers",
  "DeleteMembers",
];

describe("loadSpec", () => {
  it("holds the 15 operations of the member-invitation family", async () => {
    const spec = await loadSpec();
    expect([...spec.operations.keys()].sort()).toEqual([...FAMILY].sort());
    expect(spec.signingName).toBe("securityhub");
    expect(spec.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    [
      "InviteMembers",
      "POST",
      "/members/invite",
      {
        400: "InvalidInputException",
        401: "InvalidAccessException",
        404: "ResourceNotFoundException",
        429: "LimitExceededException",
        500: "InternalException",
      },
    ],
    [
      "DeclineInvitations",
      "POST",
      "/invitations/decline",
      { 400: "InvalidInputException", 401: "InvalidAccessException", 404: "ResourceNotFoundException", 500: "InternalException" },
    ],
    [
      "EnableSecurityHub",
      "POST",
      "/accounts",
      {
        401: "InvalidAccessException",
        403: "AccessDeniedException",
        409: "ResourceConflictException",
        429: "LimitExceededException",
        500: "InternalException",
      },
    ],
  ])("binds %s to %s %s with its documented errors", async (name, method, path, errors) => {
    const operation = operationOf(await loadSpec(), name);
    expect([operation.method, operation.path, operation.success.status]).toEqual([method, path, 200]);
    expect(Object.fromEntries(operation.errors.map((e) => [e.status, e.name]))).toEqual(errors);
  });

  it("marks where account ids and UnprocessedAccounts live", async () => {
    const spec = await loadSpec();
    const pointers = Object.fromEntries(
      [...spec.operations.values()].filter((op) => op.accountIds).map((op) => [op.name, [op.accountIds, op.unprocessedAccounts]]),
    );
    expect(pointers).toEqual({
      CreateMembers: ["/AccountDetails/*/AccountId", "/UnprocessedAccounts"],
      InviteMembers: ["/AccountIds/*", "/UnprocessedAccounts"],
      DeclineInvitations: ["/AccountIds/*", "/UnprocessedAccounts"],
      DeleteInvitations: ["/AccountIds/*", "/UnprocessedAccounts"],
      GetMembers: ["/AccountIds/*", "/UnprocessedAccounts"],
      DisassociateMembers: ["/AccountIds/*", undefined],
      DeleteMembers: ["/AccountIds/*", "/UnprocessedAccounts"],
    });
  });

  it("binds query members as parameters, not body", async () => {
    const list = operationOf(await loadSpec(), "ListInvitations");
    expect(list.body).toBeUndefined();
    expect(list.query.map((p) => [p.name, p.schema])).toEqual([
      ["MaxResults", { type: "integer", minimum: 1, maximum: 50 }],
      ["NextToken", { type: "string" }],
    ]);
  });

  it("leaves response members optional and objects open", async () => {
    const schema = operationOf(await loadSpec(), "GetMembers").success.schema!;
    expect(schema.required).toBeUndefined();
    expect(schema.additionalProperties).toBeUndefined();
  });

  it("rejects a document that is not valid OpenAPI with a readable error", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "spec-")), "broken.json");
    writeFileSync(path, JSON.stringify({ openapi: "3.1.0", info: { title: "x" }, paths: { "/a": { get: { responses: "nope" } } } }));
    await expect(loadSpec(path)).rejects.toThrow(/broken\.json is not a valid OpenAPI document/);
  });
});
