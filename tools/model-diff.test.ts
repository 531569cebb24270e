import { describe, expect, it } from "vitest";
import { readServiceModel } from "../specs/botocore-model.ts";
import { diffFamilies, formatDifferences } from "./model-diff.ts";

/** Two small models: the vendored one, and a newer one changed in each way a model can change. */
const vendored = readServiceModel(new URL("./model-fixtures/vendored.service-2.json", import.meta.url));
const newer = readServiceModel(new URL("./model-fixtures/botocore/data/securityhub/2018-10-26/service-2.json", import.meta.url));

describe("the differences between two models, for the family's operations", () => {
  it("name operations, errors, shapes, members, required members, constraints and metadata, and nothing outside the family", () => {
    expect(formatDifferences(diffFamilies(vendored, newer))).toEqual([
      "operations:",
      "  CreateMembers: errors added: AccessDeniedException (403)",
      "  GetInvitationsCount: operation removed",
      "  ListMembers: operation added",
      "shapes:",
      "  AccessDeniedException: shape added (AccessDeniedException object)",
      "  AccountDetails (CreateMembers): member Email: now required",
      "  AccountDetailsList (CreateMembers): size none → 1–50",
      "  AccountId (CreateMembers): pattern none → ^\\d{12}$",
      "  Boolean (EnableSecurityHub): shape removed (boolean)",
      "  ControlFindingGenerator (EnableSecurityHub): shape added (string, values STANDARD_CONTROL, SECURITY_CONTROL)",
      "  EnableSecurityHubRequest (EnableSecurityHub): member added: ControlFindingGenerator (string, values STANDARD_CONTROL, SECURITY_CONTROL; optional); member removed: EnableDefaultStandards",
      "  GetInvitationsCountRequest (GetInvitationsCount): shape removed (GetInvitationsCountRequest object)",
      "  GetInvitationsCountResponse (GetInvitationsCount): shape removed (GetInvitationsCountResponse object)",
      "  Integer (GetInvitationsCount): shape removed (integer)",
      "  ListMembersRequest (ListMembers): shape added (ListMembersRequest object)",
      "  ListMembersResponse (ListMembers): shape added (ListMembersResponse object)",
      "  MaxResults (ListMembers): shape added (integer, range 1–50)",
      "metadata:",
      '  protocols: added: ["rest-json"]',
      "documentation: 2 sentence(s) differ in 1 place(s) (--docs lists them)",
    ]);
  });

  it("list the documentation sentence by sentence when asked", () => {
    expect(formatDifferences(diffFamilies(vendored, newer), { documentation: true }).slice(-4)).toEqual([
      "documentation:",
      "  EnableSecurityHub:",
      "    - Enables Security Hub for your account.",
      "    + Enables Security Hub CSPM for your account.",
    ]);
  });

  it("are none between a model and itself, and run the other way round when the models are swapped", () => {
    expect(diffFamilies(newer, structuredClone(newer))).toEqual([]);
    expect(formatDifferences(diffFamilies(newer, vendored))).toContain("  AccountDetailsList (CreateMembers): size 1–50 → none");
  });
});
