import { describe, expect, it } from "vitest";
import { loadServiceSpec, loadSpec } from "../../specs/load-spec.ts";
import { GUARDDUTY } from "../../specs/services/index.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { familyOf } from "../family.ts";
import { freshAccountAdmits } from "./valid-input.ts";

const spec = await loadSpec();
const CALLER = "111111111111";

describe("a fresh account with Security Hub on", () => {
  it.each<[string, string, Record<string, unknown>, boolean]>([
    ["reads a page of the largest size", "ListMembers", { MaxResults: 50, OnlyAssociated: false }, true],
    ["reads with nothing set", "ListInvitations", {}, true],
    ["sends a NextToken it was never handed (open)", "ListInvitations", { NextToken: "abc" }, false],
    ["names well-formed ids of others", "InviteMembers", { AccountIds: ["222222222222", "333333333333"] }, true],
    ["names an id that is not 12 digits (open)", "GetMembers", { AccountIds: ["12345"] }, false],
    ["names no id at all (open)", "DeclineInvitations", { AccountIds: [] }, false],
    ["names an id twice (open)", "DeleteMembers", { AccountIds: ["222222222222", "222222222222"] }, false],
    ["names itself (open)", "DeleteInvitations", { AccountIds: [CALLER] }, false],
    ["creates members by id only", "CreateMembers", { AccountDetails: [{ AccountId: "222222222222" }] }, true],
    ["creates a member with an Email (open: a service may check it)", "CreateMembers", { AccountDetails: [{ AccountId: "222222222222", Email: "a" }] }, false],
    ["accepts an invitation it never had (open)", "AcceptAdministratorInvitation", { AdministratorId: "222222222222", InvitationId: "x" }, false],
    ["disassociates accounts that are no members (open)", "DisassociateMembers", { AccountIds: ["222222222222"] }, false],
  ])("%s: admitted %s", (_, operation, input, admitted) => {
    expect(freshAccountAdmits(operationOf(spec, operation), familyOf(spec), CALLER, input)).toBe(admitted);
  });
});

describe("a fresh account with a GuardDuty detector", async () => {
  const guardduty = await loadServiceSpec(GUARDDUTY);
  const features = (...names: string[]) => ({ enable: true, features: names.map((name) => ({ name, status: "ENABLED" })) });
  it.each<[string, Record<string, unknown>, boolean]>([
    ["creates a detector with one kind of runtime monitoring", features("RUNTIME_MONITORING", "S3_DATA_EVENTS"), true],
    // "Specifying both EKS Runtime Monitoring (EKS_RUNTIME_MONITORING) and Runtime Monitoring (RUNTIME_MONITORING) will cause an error."
    ["creates a detector with both kinds (open: its documentation calls it an error)", features("EKS_RUNTIME_MONITORING", "RUNTIME_MONITORING"), false],
  ])("%s: admitted %s", (_, input, admitted) => {
    expect(freshAccountAdmits(operationOf(guardduty, "CreateDetector"), familyOf(guardduty), CALLER, input)).toBe(admitted);
  });
});
