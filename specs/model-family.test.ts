import { describe, expect, it } from "vitest";
import type { ServiceModel } from "./botocore-model.ts";
import { extractFamily, missingOperations } from "./model-family.ts";

/** A service model with one family operation, one other operation, and shapes reached in every way a shape can be. */
const MODEL = {
  metadata: {
    apiVersion: "2018-10-26",
    endpointPrefix: "securityhub",
    protocol: "rest-json",
    serviceFullName: "AWS SecurityHub",
    serviceId: "SecurityHub",
    signatureVersion: "v4",
    signingName: "securityhub",
  },
  operations: {
    GetFindings: { name: "GetFindings", http: { method: "POST", requestUri: "/findings" }, input: { shape: "GetFindingsRequest" } },
    CreateMembers: {
      name: "CreateMembers",
      http: { method: "POST", requestUri: "/members" },
      input: { shape: "CreateMembersRequest" },
      output: { shape: "CreateMembersResponse" },
      errors: [{ shape: "AccessDeniedException" }],
    },
  },
  shapes: {
    GetFindingsRequest: { type: "structure", members: { Filters: { shape: "Filters" } } },
    Filters: { type: "string" },
    CreateMembersRequest: { type: "structure", members: { AccountDetails: { shape: "AccountDetailsList" }, Tags: { shape: "TagMap" } } },
    AccountDetailsList: { type: "list", member: { shape: "AccountDetails" }, min: 1, max: 50 },
    AccountDetails: { type: "structure", members: { AccountId: { shape: "AccountId" } } },
    AccountId: { type: "string" },
    TagMap: { type: "map", key: { shape: "TagKey" }, value: { shape: "TagValue" } },
    TagKey: { type: "string" },
    TagValue: { type: "string" },
    CreateMembersResponse: { type: "structure", members: {} },
    AccessDeniedException: { type: "structure", members: { Message: { shape: "NonEmptyString" } }, error: { httpStatusCode: 403 }, exception: true },
    NonEmptyString: { type: "string", pattern: ".*\\S.*" },
  },
} as unknown as ServiceModel;

describe("the family's extract of a service model", () => {
  it("keeps the family's operations and every shape their inputs, outputs and errors reach, by name, with the metadata", () => {
    const extract = extractFamily(MODEL);
    expect(Object.keys(extract.operations)).toEqual(["CreateMembers"]);
    expect(Object.keys(extract.shapes)).toEqual([
      "AccessDeniedException",
      "AccountDetails",
      "AccountDetailsList",
      "AccountId",
      "CreateMembersRequest",
      "CreateMembersResponse",
      "NonEmptyString",
      "TagKey",
      "TagMap",
      "TagValue",
    ]);
    expect(extract.shapes.AccountDetailsList).toEqual(MODEL.shapes.AccountDetailsList);
    expect(extract.metadata).toEqual(MODEL.metadata);
  });

  it("names the family operations a model lacks", () => {
    expect(missingOperations(MODEL)).toHaveLength(14);
    expect(missingOperations(MODEL)).not.toContain("CreateMembers");
  });

  it("refuses a model whose family refers to a shape it does not have", () => {
    const broken = structuredClone(MODEL);
    delete (broken.shapes as Record<string, unknown>).AccountId;
    expect(() => extractFamily(broken)).toThrow("the model has no shape named AccountId");
  });
});
