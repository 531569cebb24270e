import { describe, expect, it } from "vitest";
import { loadExampleSpec } from "../specs/example-model.fixture.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import { operationOf } from "../specs/spec-model.ts";
import { validateRequest } from "./request-validator.ts";

const spec = await loadSpec();
const rules = (operation: string, query: Record<string, string>, body: string | undefined): string[] =>
  validateRequest(operationOf(spec, operation), { query, body }).map((v) => `${v.rule} ${v.at}`);

describe("validateRequest", () => {
  it.each([
    ["a valid invite", "InviteMembers", {}, '{"AccountIds":["111111111111"]}', []],
    ["unknown extra members", "InviteMembers", {}, '{"AccountIds":["111111111111"],"Extra":1}', []],
    ["an empty list (the model sets no minimum)", "InviteMembers", {}, '{"AccountIds":[]}', []],
    ["no AccountIds", "InviteMembers", {}, "{}", ["missing-required /AccountIds"]],
    ["no body at all", "DeclineInvitations", {}, undefined, ["missing-required "]],
    ["AccountIds as a string", "InviteMembers", {}, '{"AccountIds":"111111111111"}', ["wrong-type /AccountIds"]],
    ["a number among the ids", "DeclineInvitations", {}, '{"AccountIds":["111111111111",7]}', ["wrong-item-type /AccountIds/1"]],
    ["a blank id", "InviteMembers", {}, '{"AccountIds":["  "]}', ["pattern-violation /AccountIds/0"]],
    ["a body that is a list", "InviteMembers", {}, '["111111111111"]', ["not-an-object "]],
    ["a body that is not JSON", "InviteMembers", {}, "{AccountIds:", ["not-json "]],
    ["MaxResults in range", "ListInvitations", { MaxResults: "50" }, undefined, []],
    ["MaxResults of 0", "ListInvitations", { MaxResults: "0" }, undefined, ["out-of-range /MaxResults"]],
    ["MaxResults of 51", "ListInvitations", { MaxResults: "51" }, undefined, ["out-of-range /MaxResults"]],
    ["MaxResults that is no number", "ListInvitations", { MaxResults: "ten" }, undefined, ["malformed-value /MaxResults"]],
    ["MaxResults with an exponent", "ListInvitations", { MaxResults: "1e3" }, undefined, ["malformed-value /MaxResults"]],
    ["MaxResults with a fraction", "ListInvitations", { MaxResults: "1.5" }, undefined, ["malformed-value /MaxResults"]],
    ["MaxResults empty", "ListInvitations", { MaxResults: "" }, undefined, ["malformed-value /MaxResults"]],
    ["MaxResults beyond 32 bits (malformed, not out of range)", "ListInvitations", { MaxResults: "2147483648" }, undefined, ["malformed-value /MaxResults"]],
    ["MaxResults at the edge of 32 bits (a number, out of range)", "ListInvitations", { MaxResults: "2147483647" }, undefined, ["out-of-range /MaxResults"]],
    ["OnlyAssociated that is no boolean", "ListMembers", { OnlyAssociated: "yes" }, undefined, ["malformed-value /OnlyAssociated"]],
    ["OnlyAssociated in capitals (Smithy's string coercion)", "ListMembers", { OnlyAssociated: "TRUE" }, undefined, ["malformed-value /OnlyAssociated"]],
    ["OnlyAssociated false", "ListMembers", { OnlyAssociated: "false" }, undefined, []],
    ["a member without its AccountId", "CreateMembers", {}, '{"AccountDetails":[{"Email":"a@b.c"}]}', ["missing-required /AccountDetails/0/AccountId"]],
    ["an empty tag map", "EnableSecurityHub", {}, '{"Tags":{}}', ["size-violation /Tags"]],
    ["an operation without body members given {}", "DisassociateFromAdministratorAccount", {}, "{}", []],
  ] as const)("%s", (_name, operation, query, body, expected) => {
    expect(rules(operation, query, body)).toEqual(expected);
  });
});

const example = await loadExampleSpec();
const guardduty = await loadServiceSpec(GUARDDUTY);

describe("validateRequest on members outside the body", () => {
  it.each<[string, string, Parameters<typeof validateRequest>[1], string[]]>([
    ["a GuardDuty invite with its detector", "InviteMembers", { labels: { DetectorId: "d1" }, query: {}, body: '{"accountIds":["111111111111"]}' }, []],
    [
      "a detector id longer than 300",
      "InviteMembers",
      { labels: { DetectorId: "d".repeat(301) }, query: {}, body: '{"accountIds":["111111111111"]}' },
      ["length-violation /DetectorId"],
    ],
    ["no detector id", "InviteMembers", { query: {}, body: '{"accountIds":["111111111111"]}' }, ["missing-required /DetectorId"]],
    [
      "the model's name where the wire's is camelCase",
      "InviteMembers",
      { labels: { DetectorId: "d1" }, query: {}, body: '{"AccountIds":["111111111111"]}' },
      ["missing-required /accountIds"],
    ],
    [
      "maxResults of 51, by its wire name",
      "ListMembers",
      { labels: { DetectorId: "d1" }, query: { maxResults: "51" }, body: undefined },
      ["out-of-range /maxResults"],
    ],
  ])("of GuardDuty: %s", (_what, operation, request, expected) => {
    expect(validateRequest(operationOf(guardduty, operation), request).map((v) => `${v.rule} ${v.at}`)).toEqual(expected);
  });

  it("reads a header member from its text, as a query member", () => {
    const list = operationOf(example, "ListThings");
    expect(validateRequest(list, { query: { verbose: "yes" }, headers: { "X-Example-Token": "t" }, body: undefined }).map((v) => `${v.rule} ${v.at}`)).toEqual([
      "malformed-value /verbose",
    ]);
    expect(validateRequest(list, { query: {}, headers: { "X-Example-Token": "" }, body: undefined }).map((v) => `${v.rule} ${v.at}`)).toEqual([
      "length-violation /X-Example-Token",
    ]);
  });
});
