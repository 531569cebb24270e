/**
 * A small rest-json model binding members every way the converter knows, for the tests of the layers that send,
 * route and read them: URI labels (one greedy), query and header members whose wire names differ from their model
 * names, body members and nested members in camelCase, a list of account structures, one account structure, and an
 * unprocessed list.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ServiceModel } from "./botocore-model.ts";
import { loadSpec } from "./load-spec.ts";
import type { Spec } from "./spec-model.ts";
import { toOpenApi, type ConversionNames } from "./to-openapi.ts";

export const EXAMPLE_MODEL = {
  metadata: {
    apiVersion: "2020-01-01",
    endpointPrefix: "api.example",
    protocol: "rest-json",
    serviceFullName: "Example Service",
    serviceId: "Example Service",
    signatureVersion: "v4",
    signingName: "example",
  },
  operations: {
    PutPart: {
      name: "PutPart",
      http: { method: "PUT", requestUri: "/things/{ThingId}/parts/{Key+}" },
      input: { shape: "PutPartRequest" },
      output: { shape: "PutPartResponse" },
      errors: [{ shape: "BadRequestException" }],
    },
    ListThings: {
      name: "ListThings",
      http: { method: "GET", requestUri: "/things" },
      input: { shape: "ListThingsRequest" },
      output: { shape: "ListThingsResponse" },
      errors: [{ shape: "BadRequestException" }],
    },
    GetThing: { name: "GetThing", http: { method: "GET", requestUri: "/things/{ThingId}" }, input: { shape: "GetThingRequest" }, errors: [] },
    CreateMembers: {
      name: "CreateMembers",
      http: { method: "POST", requestUri: "/things/{ThingId}/members" },
      input: { shape: "CreateMembersRequest" },
      output: { shape: "CreateMembersResponse" },
    },
    CreateMember: { name: "CreateMember", http: { method: "POST", requestUri: "/member" }, input: { shape: "CreateMemberRequest" } },
  },
  shapes: {
    PutPartRequest: {
      type: "structure",
      required: ["ThingId", "Key", "Colour"],
      members: {
        ThingId: { shape: "Id", location: "uri", locationName: "ThingId" },
        Key: { shape: "Key", location: "uri", locationName: "Key" },
        Colour: { shape: "Colour", locationName: "colour" },
        Size: { shape: "Size" },
      },
    },
    PutPartResponse: { type: "structure", members: { Etag: { shape: "Id", locationName: "etag" } } },
    ListThingsRequest: {
      type: "structure",
      members: {
        MaxResults: { shape: "MaxResults", location: "querystring", locationName: "maxResults" },
        Verbose: { shape: "Flag", location: "querystring", locationName: "verbose" },
        Token: { shape: "Id", location: "header", locationName: "X-Example-Token" },
      },
    },
    ListThingsResponse: { type: "structure", members: { Things: { shape: "Ids", locationName: "things" } } },
    GetThingRequest: { type: "structure", required: ["ThingId"], members: { ThingId: { shape: "Id", location: "uri", locationName: "ThingId" } } },
    CreateMembersRequest: {
      type: "structure",
      required: ["ThingId", "Accounts"],
      members: { ThingId: { shape: "Id", location: "uri", locationName: "ThingId" }, Accounts: { shape: "AccountList", locationName: "accounts" } },
    },
    CreateMembersResponse: { type: "structure", members: { Unprocessed: { shape: "UnprocessedList", locationName: "unprocessed" } } },
    CreateMemberRequest: { type: "structure", required: ["Account"], members: { Account: { shape: "Account", locationName: "account" } } },
    AccountList: { type: "list", member: { shape: "Account" }, min: 1, max: 10 },
    Account: {
      type: "structure",
      required: ["AccountId"],
      members: { AccountId: { shape: "AccountId", locationName: "accountId" }, Email: { shape: "Id", locationName: "email" } },
    },
    UnprocessedList: { type: "list", member: { shape: "Unprocessed" } },
    Unprocessed: {
      type: "structure",
      members: { AccountId: { shape: "AccountId", locationName: "accountId" }, Reason: { shape: "Id", locationName: "reason" } },
    },
    Ids: { type: "list", member: { shape: "Id" } },
    Id: { type: "string", min: 1, max: 64 },
    Key: { type: "string", min: 1 },
    AccountId: { type: "string", min: 12, max: 12 },
    Colour: { type: "string", enum: ["RED", "GREEN"] },
    Size: { type: "integer", min: 1, max: 9 },
    MaxResults: { type: "integer", min: 1, max: 25 },
    Flag: { type: "boolean" },
    BadRequestException: {
      type: "structure",
      members: { Message: { shape: "Id", locationName: "message" } },
      error: { httpStatusCode: 400, senderFault: true },
      exception: true,
    },
  },
} as unknown as ServiceModel;

export const EXAMPLE_NAMES: ConversionNames = {
  model: { apiVersion: "2020-01-01", extract: "sources/example.json", provenance: "", openApi: "", statements: "" },
  names: { accountIds: "accountIds", accountId: "accountId" },
  unprocessed: { list: "unprocessed", reason: ["reason"] },
};

/** The example model's spec, as the suite loads a committed one. */
export async function loadExampleSpec(): Promise<Spec> {
  const directory = mkdtempSync(join(tmpdir(), "example-spec-"));
  try {
    const path = join(directory, "example.openapi.json");
    writeFileSync(path, JSON.stringify(toOpenApi(EXAMPLE_MODEL, EXAMPLE_NAMES)));
    return await loadSpec(path);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
