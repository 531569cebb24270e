import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeFromOpenApi } from "./describe-openapi.ts";
import { compareDescriptions } from "./operation-description.ts";
import { parseReferencePage, ReferencePageError } from "./reference-page.ts";
import { SPEC_PATH } from "./render.ts";

const readPage = (operation: string): string => readFileSync(new URL(`./sources/${operation}.reference-page.txt`, import.meta.url), "utf8");
const PAGES = { InviteMembers: readPage("InviteMembers"), DeclineInvitations: readPage("DeclineInvitations") };
const document = JSON.parse(readFileSync(SPEC_PATH, "utf8"));
const differences = (page: string): string[] => {
  const fromPage = parseReferencePage(page);
  return compareDescriptions(fromPage, describeFromOpenApi(document, fromPage.name));
};

describe.each(Object.entries(PAGES))("the %s reference page", (name, page) => {
  it("yields the documented facts", () => {
    const description = parseReferencePage(page);
    expect(description).toMatchObject({
      name,
      method: "POST",
      requestSkeleton: { AccountIds: ["string"] },
      requestMembers: [{ name: "AccountIds", type: "array of string", pattern: ".*\\S.*", required: true }],
      successStatus: 200,
      responseSkeleton: { UnprocessedAccounts: [{ AccountId: "string", ProcessingResult: "string" }] },
      responseMembers: [{ name: "UnprocessedAccounts", type: "array of Result" }],
    });
    expect(description.errors).toMatchObject({
      InvalidInputException: 400,
      InvalidAccessException: 401,
      ResourceNotFoundException: 404,
      InternalException: 500,
    });
  });

  it("agrees with the OpenAPI document generated from the AWS model", () => {
    expect(differences(page)).toEqual([]);
  });

  it.each([
    ["path", (p: string) => p.replace(/^POST \/(\S+)/m, "POST /$1s"), /path: page says/],
    ["method", (p: string) => p.replace(/^POST \//m, "PUT /"), /method: page says "PUT"/],
    ["error status", (p: string) => p.replace("HTTP Status Code: 404", "HTTP Status Code: 403"), /errors: page says .*"ResourceNotFoundException":403/],
    ["a removed error", (p: string) => p.replace(/InternalException\n\nInternal server error\.\n\nHTTP Status Code: 500\n\n/, ""), /errors: /],
    ["required flag", (p: string) => p.replace("Required: Yes", "Required: No"), /request member AccountIds: .*"required":false/],
    ["pattern", (p: string) => p.replace("Pattern: .*\\S.*", "Pattern: ^\\d{12}$"), /request member AccountIds: .*\^\\\\d\{12\}\$/],
    ["member type", (p: string) => p.replace("Type: Array of strings", "Type: String"), /request member AccountIds: .*"type":"string"/],
    ["response member name", (p: string) => p.replace('"ProcessingResult"', '"Result"'), /response syntax: /],
    ["success status", (p: string) => p.replace("HTTP/1.1 200", "HTTP/1.1 201"), /success status: page says 201/],
  ])("disagrees with the model when the page's %s is doctored", (_what, doctor, expected) => {
    const doctored = doctor(page);
    expect(doctored).not.toBe(page);
    expect(differences(doctored).join("\n")).toMatch(expected);
  });
});

describe("parseReferencePage on text that is not a reference page", () => {
  it.each([
    ["no title", "Request Syntax\nPOST /x HTTP/1.1\n"],
    ["no request syntax", "Foo - AWS Security Hub\nResponse Syntax\nHTTP/1.1 200\n"],
    [
      "a broken syntax block",
      "Foo - AWS Security Hub\nRequest Syntax\nPOST /x HTTP/1.1 Content-type: application/json { nope\nResponse Syntax\nHTTP/1.1 200\n",
    ],
  ])("reports %s", (_what, text) => {
    expect(() => parseReferencePage(text)).toThrow(ReferencePageError);
  });
});
