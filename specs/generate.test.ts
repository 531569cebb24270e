import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readServiceModel } from "./botocore-model.ts";
import { readReferencePages, renderOpenApi, renderStatements, SPEC_PATH, STATEMENTS_PATH } from "./render.ts";
import { specFile } from "./service-descriptor.ts";
import { BUILT_IN_SERVICES } from "./services/index.ts";

describe.each(BUILT_IN_SERVICES.map((service) => [service.name, service] as const))("the committed documents of %s", (_name, service) => {
  const model = readServiceModel(specFile(service, "extract"));

  it("are exactly what the generator makes from the AWS model and the reference pages (run `npm run spec:generate` if this fails)", () => {
    expect(readFileSync(specFile(service, "openApi"), "utf8")).toBe(renderOpenApi(model, service));
    expect(readFileSync(specFile(service, "statements"), "utf8")).toBe(renderStatements(model, readReferencePages(service), service));
  });
});

describe("the committed OpenAPI document", () => {
  it("changes when the model changes, so the staleness check can fail", () => {
    const model = readServiceModel();
    model.operations.InviteMembers!.http.requestUri = "/members/invitations";
    expect(renderOpenApi(model)).not.toBe(readFileSync(SPEC_PATH, "utf8"));
  });

  it("refuses a model that binds two operations to one method and path", () => {
    const model = readServiceModel();
    model.operations.DeclineInvitations!.http.requestUri = "/members/invite";
    expect(() => renderOpenApi(model)).toThrow("two operations bind POST /members/invite");
  });
});

describe("the committed statements of the documentation", () => {
  it("are exactly what the generator takes from the model and the reference pages (run `npm run spec:generate` if this fails)", () => {
    expect(readFileSync(STATEMENTS_PATH, "utf8")).toBe(renderStatements(readServiceModel(), readReferencePages()));
  });

  it("change when a page changes, so the staleness check can fail", () => {
    const pages = readReferencePages();
    pages.InviteMembers = pages.InviteMembers!.replace("Before you can use this action", "Before you use this action");
    expect(renderStatements(readServiceModel(), pages)).not.toBe(readFileSync(STATEMENTS_PATH, "utf8"));
  });
});
