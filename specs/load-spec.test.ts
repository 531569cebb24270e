import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import SwaggerParser from "@apidevtools/swagger-parser";
import { dereferenceLocal } from "./dereference.ts";
import { loadServiceSpec, loadSpec } from "./load-spec.ts";
import { loadStatements } from "./load-statements.ts";
import { assertValidOpenApi } from "./openapi-validity.ts";
import { specFile } from "./service-descriptor.ts";
import { BUILT_IN_SERVICES, GUARDDUTY } from "./services/index.ts";
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
      ["MaxResults", { type: "integer", format: "int32", minimum: 1, maximum: 50 }],
      ["NextToken", { type: "string" }],
    ]);
  });

  it("leaves response members optional and objects open", async () => {
    const schema = operationOf(await loadSpec(), "GetMembers").success.schema!;
    expect(schema.required).toBeUndefined();
    expect(schema.additionalProperties).toBeUndefined();
  });

  it("rejects a document it cannot read with a readable error", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "spec-")), "broken.json");
    writeFileSync(path, '{"openapi": "3.1.0", "paths": {');
    await expect(loadSpec(path)).rejects.toThrow(/broken\.json is not an OpenAPI document the suite can read: .*JSON/);
    writeFileSync(path, JSON.stringify({ openapi: "3.1.0", paths: { "/a": { $ref: "#/components/missing" } } }));
    await expect(loadSpec(path)).rejects.toThrow(/the reference #\/components\/missing points at nothing/);
  });
});

describe("GuardDuty's spec", () => {
  it.each([
    ["CreateDetector", "POST", "/detector", []],
    ["ListDetectors", "GET", "/detector", []],
    ["DeleteDetector", "DELETE", "/detector/{DetectorId}", ["DetectorId"]],
    ["CreateMembers", "POST", "/detector/{DetectorId}/member", ["DetectorId"]],
    ["InviteMembers", "POST", "/detector/{DetectorId}/member/invite", ["DetectorId"]],
    ["DeclineInvitations", "POST", "/invitation/decline", []],
    ["DeleteInvitations", "POST", "/invitation/delete", []],
    ["ListInvitations", "GET", "/invitation", []],
    ["GetInvitationsCount", "GET", "/invitation/count", []],
    ["AcceptAdministratorInvitation", "POST", "/detector/{DetectorId}/administrator", ["DetectorId"]],
    ["GetAdministratorAccount", "GET", "/detector/{DetectorId}/administrator", ["DetectorId"]],
    ["DisassociateFromAdministratorAccount", "POST", "/detector/{DetectorId}/administrator/disassociate", ["DetectorId"]],
    ["GetMembers", "POST", "/detector/{DetectorId}/member/get", ["DetectorId"]],
    ["ListMembers", "GET", "/detector/{DetectorId}/member", ["DetectorId"]],
    ["DisassociateMembers", "POST", "/detector/{DetectorId}/member/disassociate", ["DetectorId"]],
    ["DeleteMembers", "POST", "/detector/{DetectorId}/member/delete", ["DetectorId"]],
  ])("binds %s to %s %s, its labels %j", async (name, method, path, labels) => {
    const operation = operationOf(await loadServiceSpec(GUARDDUTY), name);
    expect([operation.method, operation.path, operation.labels.map((l) => l.name)]).toEqual([method, path, labels]);
    expect(operation.errors.map((e) => `${e.status} ${e.name}`)).toEqual(["400 BadRequestException", "500 InternalServerErrorException"]);
  });

  it("names the whole family, signs for guardduty, and keys body, query and answer members by their camelCase wire names", async () => {
    const spec = await loadServiceSpec(GUARDDUTY);
    expect(spec.operations.size).toBe(GUARDDUTY.operations.length);
    expect([spec.signingName, spec.title]).toEqual(["guardduty", "Amazon GuardDuty — member-invitation family"]);
    const invite = operationOf(spec, "InviteMembers");
    expect(invite.body?.members).toEqual([
      { name: "accountIds", member: "AccountIds" },
      { name: "disableEmailNotification", member: "DisableEmailNotification" },
      { name: "message", member: "Message" },
    ]);
    expect([invite.accountIds, invite.unprocessedAccounts, invite.referencePage]).toEqual(["/accountIds/*", "/unprocessedAccounts", undefined]);
    expect(operationOf(spec, "ListMembers").query.map((p) => [p.name, p.member])).toEqual([
      ["maxResults", "MaxResults"],
      ["nextToken", "NextToken"],
      ["onlyAssociated", "OnlyAssociated"],
    ]);
    expect(Object.keys(operationOf(spec, "GetMembers").success.schema!.properties as object)).toEqual(["members", "unprocessedAccounts"]);
    expect(operationOf(spec, "CreateMembers").accountIds).toBe("/accountDetails/*/accountId");
  });

  it("is read once per process", () => {
    expect(loadServiceSpec(GUARDDUTY)).toBe(loadServiceSpec(GUARDDUTY));
  });
});

describe.each(BUILT_IN_SERVICES.map((service) => [service.name, service] as const))("the committed %s document", (name, service) => {
  const document = JSON.parse(readFileSync(specFile(service, "openApi"), "utf8")) as Record<string, unknown>;

  it("is valid OpenAPI 3.1 (swagger-parser), so a run need not validate it again", async () => {
    await expect(assertValidOpenApi(document, `specs/${name}.openapi.json`)).resolves.toBeUndefined();
  });

  it("reads dereferenced exactly as swagger-parser dereferences it", async () => {
    expect(dereferenceLocal(document)).toEqual(await SwaggerParser.dereference(structuredClone(document) as never));
  });

  it("lets a success carry no content where the service's documentation says so, though its model marks the output required", async () => {
    const guardduty = operationOf(await loadServiceSpec(GUARDDUTY), "GetAdministratorAccount").success;
    expect(guardduty).toMatchObject({ status: 200, mayBeEmpty: true });
    expect(guardduty.schema?.required).toBeUndefined();
    expect(guardduty.schema?.properties).toHaveProperty("administrator");
    // The statement that says so is GuardDuty's own.
    const said = GUARDDUTY.successMayBeEmpty!.map((e) => e.statement);
    expect(
      loadStatements(GUARDDUTY)
        .filter((s) => said.includes(s.id))
        .map((s) => s.text),
    ).toEqual([expect.stringContaining("success (HTTP 200) but no content")]);
    // Security Hub's documentation says nothing of the kind: its answers are held to the model.
    expect(operationOf(await loadSpec(), "GetAdministratorAccount").success.mayBeEmpty).toBeUndefined();
  });
});

describe("the generator's validation", () => {
  it("refuses a document that is not valid OpenAPI", async () => {
    await expect(
      assertValidOpenApi({ openapi: "3.1.0", info: { title: "x" }, paths: { "/a": { get: { responses: "nope" } } } }, "broken.json"),
    ).rejects.toThrow(/broken\.json is not a valid OpenAPI document/);
  });
});
