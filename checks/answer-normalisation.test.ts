/** Each normaliser keeps what two correct implementations must share and drops what they may choose (issue 13). */
import { describe, expect, it } from "vitest";
import type { Exchange } from "../client/exchange.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import { operationOf } from "../specs/spec-model.ts";
import { compareTraces, divergingAspect } from "./trace-comparison.ts";
import {
  accountRole,
  documentedMembers,
  errorTypeOf,
  normaliseAnswer,
  observedEffects,
  requestKey,
  unprocessedRoles,
  withRoles,
  type AccountRoles,
} from "./answer-normalisation.ts";

const spec = await loadSpec();
const SH = spec.service;
/** A case's shift undone: roles need only some shift of the ids (conformance/fresh-ids.ts has the one cases use). */
const shiftedBy =
  (offset: bigint): AccountRoles["generatedFrom"] =>
  (id) =>
    ((BigInt(id) - offset + 10n ** 12n) % 10n ** 12n).toString().padStart(12, "0");
const ROLES: AccountRoles = { standing: ["111111111111", "222222222222"], generatedFrom: shiftedBy(1000n) };

function exchange(operation: string, status: number, body: unknown, headers: Record<string, string> = {}, request = "{}"): Exchange {
  return {
    account: "111111111111",
    operation,
    request: { method: "POST", path: "/members/invite", headers: { authorization: "[redacted]" }, body: request },
    response: { status, headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) },
    durationMs: 1,
  };
}

describe("accountRole", () => {
  it.each([
    ["a played account, by position", "222222222222", "account#1"],
    ["a fresh id, by the id generated before the offset", "000000001007", "fresh#000000000007"],
    ["a fresh id that wrapped around", "000000000007", "fresh#999999999007"],
    ["something that is not an account id", "abc", "abc"],
  ])("%s", (_name, id, role) => expect(accountRole(id, ROLES)).toBe(role));

  it("leaves ids as they are where nothing shifts them (real accounts)", () => {
    expect(accountRole("000000001007", { standing: [], generatedFrom: undefined })).toBe("000000001007");
  });
});

describe("withRoles and requestKey", () => {
  it("replaces account ids by roles and issued ids (invitation ids, tokens) by placeholders", () => {
    expect(withRoles({ AccountIds: ["111111111111", "000000001001"], InvitationId: "abc-123", NextToken: "t" }, ROLES, SH)).toEqual({
      AccountIds: ["account#0", "fresh#000000000001"],
      InvitationId: "<InvitationId>",
      NextToken: "<NextToken>",
    });
  });

  it("makes the same request on two offsets the same key", () => {
    const a = exchange("InviteMembers", 200, {}, {}, '{"AccountIds":["000000001005"]}');
    const b = { ...exchange("InviteMembers", 200, {}, {}, '{"AccountIds":["000000002005"]}'), account: "222222222222" };
    expect(requestKey(a, ROLES, SH)).toBe(requestKey({ ...b, account: "111111111111" }, { ...ROLES, generatedFrom: shiftedBy(2000n) }, SH));
    expect(requestKey(a, ROLES, SH)).not.toBe(requestKey(b, { ...ROLES, generatedFrom: shiftedBy(2000n) }, SH));
  });
});

describe("answer normalisers", () => {
  const invite = operationOf(spec, "InviteMembers");
  it("errorTypeOf reads the type as clients do, dropping the message", () => {
    expect(errorTypeOf(exchange("InviteMembers", 400, { __type: "com.amazonaws.securityhub#InvalidInputException", message: "x" }))).toBe(
      "InvalidInputException",
    );
  });

  it("unprocessedRoles is the set of ids, without order or ProcessingResult texts", () => {
    const a = exchange("InviteMembers", 200, {
      UnprocessedAccounts: [
        { AccountId: "000000001002", ProcessingResult: "A" },
        { AccountId: "111111111111", ProcessingResult: "B" },
      ],
    });
    const b = exchange("InviteMembers", 200, {
      UnprocessedAccounts: [
        { AccountId: "111111111111", ProcessingResult: "other" },
        { AccountId: "000000001002", ProcessingResult: "texts" },
      ],
    });
    expect(unprocessedRoles(invite, a, ROLES)).toEqual(["account#0", "fresh#000000000002"]);
    expect(unprocessedRoles(invite, b, ROLES)).toEqual(unprocessedRoles(invite, a, ROLES));
  });

  it("documentedMembers keeps the documented members present, not undeclared ones", () => {
    expect(documentedMembers(invite, exchange("InviteMembers", 200, { UnprocessedAccounts: [], RequestId: "r" }))).toEqual(["UnprocessedAccounts"]);
    expect(documentedMembers(invite, exchange("InviteMembers", 200, {}))).toEqual([]);
  });

  it("observedEffects keeps who is listed with which status, without timestamps or invitation ids", () => {
    const listing = (id: string, at: string) =>
      exchange("ListInvitations", 200, { Invitations: [{ AccountId: "111111111111", InvitationId: id, InvitedAt: at, MemberStatus: "Invited" }] });
    expect(observedEffects(listing("i-1", "2024-01-01T00:00:00Z"), ROLES, SH)).toEqual(["account#0:Invited"]);
    expect(observedEffects(listing("i-2", "2025-02-02T00:00:00Z"), ROLES, SH)).toEqual(observedEffects(listing("i-1", "2024-01-01T00:00:00Z"), ROLES, SH));
    expect(observedEffects(exchange("GetInvitationsCount", 200, { InvitationsCount: 2 }), ROLES, SH)).toEqual(["count:2"]);
    expect(observedEffects(exchange("InviteMembers", 200, {}), ROLES, SH)).toBeUndefined();
  });

  it("observedEffects leaves out a page asked for in small pieces or continued by a token: which items it holds is the order's choice", () => {
    const page = (path: string) => ({
      ...exchange("ListMembers", 200, { Members: [{ AccountId: "111111111111", MemberStatus: "Enabled" }] }),
      request: { method: "GET", path, headers: {}, body: undefined },
    });
    expect(observedEffects(page("/members?MaxResults=50"), ROLES, SH)).toEqual(["account#0:Enabled"]);
    expect(observedEffects(page("/members?MaxResults=2"), ROLES, SH)).toBeUndefined();
    expect(observedEffects(page("/members?MaxResults=50&NextToken=abc"), ROLES, SH)).toBeUndefined();
  });

  it("reads another service's answers by its own names (GuardDuty's camelCase, its page size and token)", () => {
    const page = (path: string) => ({
      ...exchange("ListMembers", 200, { members: [{ accountId: "111111111111", relationshipStatus: "Enabled" }] }),
      request: { method: "GET", path, headers: {}, body: undefined },
    });
    expect(observedEffects(page("/detector/d/member?maxResults=50"), ROLES, GUARDDUTY)).toEqual(["account#0:Enabled"]);
    expect(observedEffects(page("/detector/d/member?maxResults=50&nextToken=abc"), ROLES, GUARDDUTY)).toBeUndefined();
    expect(observedEffects(exchange("GetInvitationsCount", 200, { invitationsCount: 2 }), ROLES, GUARDDUTY)).toEqual(["count:2"]);
    expect(withRoles({ invitationId: "i-1", administratorId: "111111111111" }, ROLES, GUARDDUTY)).toEqual({
      invitationId: "<invitationId>",
      administratorId: "account#0",
    });
  });

  it("normaliseAnswer drops request ids and messages", () => {
    const a = exchange("InviteMembers", 400, { Code: "InvalidInputException", Message: "one" }, { "x-amzn-requestid": "r-1" });
    const b = exchange("InviteMembers", 400, { code: "InvalidInputException", message: "two" }, { "x-amzn-requestid": "r-2" });
    expect(normaliseAnswer(invite, a, ROLES, SH)).toEqual(normaliseAnswer(invite, b, ROLES, SH));
  });
});

describe("compareTraces", () => {
  const call = (request: string, status: number, extra = {}) => ({ request, operation: request.split(" ")[0]!, answer: { status, ...extra }, shown: "" });
  it.each([
    ["status", { status: 200 }, { status: 400, errorType: "InvalidInputException" }],
    ["error-type", { status: 400, errorType: "A" }, { status: 400, errorType: "B" }],
    ["unprocessed-accounts", { status: 200, unprocessed: ["a"] }, { status: 200, unprocessed: [] }],
    ["output-members", { status: 200, members: ["UnprocessedAccounts"] }, { status: 200, members: [] }],
    ["effects", { status: 200, effects: ["a:Invited"] }, { status: 200, effects: [] }],
  ])("tells a divergence of %s", (aspect, reference, target) => {
    expect(divergingAspect(reference, target)).toBe(aspect);
  });

  it("pairs calls by request, whatever order they were answered in", () => {
    expect(compareTraces([call("A x", 200), call("B y", 200)], [call("B y", 200), call("A x", 200)])).toEqual([]);
  });

  it("reports a call made on one side only when no answer diverged", () => {
    expect(compareTraces([call("A x", 200)], [call("A x", 200), call("B y", 200)]).map((d) => d.aspect)).toEqual(["calls"]);
    expect(compareTraces([call("A x", 200)], [call("A x", 400), call("B y", 200)]).map((d) => d.aspect)).toEqual(["status"]);
  });
});
