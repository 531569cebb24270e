/** Family 3: a success is the documented status with a JSON body valid against the response schema. */
import { detachedPrefix, type Exchange } from "../client/exchange.ts";
import { validateResponse } from "../validators/response-validator.ts";
import type { CheckContext } from "./check-context.ts";
import { finding, type CheckDefinition, type Finding } from "./finding.ts";
import { isObject, viewResponse } from "./response-view.ts";

export const SUCCESS_STATUS: CheckDefinition = {
  id: "success-shapes/success-status",
  family: "success-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "\"If the action is successful, the service sends back an HTTP 200 response.\"",
};
export const SUCCESS_BODY_JSON: CheckDefinition = {
  id: "success-shapes/json-body",
  family: "success-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "Response Syntax: \"HTTP/1.1 200 Content-type: application/json\" followed by a JSON object; an operation whose output has no members may send an empty body.",
};
export const SUCCESS_CONTENT_TYPE: CheckDefinition = {
  id: "success-shapes/content-type",
  family: "success-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "Response Syntax: \"Content-type: application/json\".",
};
export const SUCCESS_SCHEMA: CheckDefinition = {
  id: "success-shapes/schema",
  family: "success-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "The output shape of the AWS model (member names and types, e.g. UnprocessedAccounts: Array of Result objects with AccountId and ProcessingResult strings).",
};
export const UNKNOWN_MEMBERS: CheckDefinition = {
  id: "success-shapes/unknown-members",
  family: "success-shapes",
  source: "aws-convention",
  severity: "warning",
  rule: "Members the model does not declare are ignored by AWS clients: allowed, but likely a misspelt or misplaced member.",
};

export function checkSuccessShape(context: CheckContext, exchange: Exchange): Finding[] {
  const { operation } = context;
  const view = viewResponse(exchange);
  if (view.status < 200 || view.status >= 300) return [];
  const findings: Finding[] = [];
  const add = (check: CheckDefinition, title: string, facts: Record<string, unknown>, discriminator = ""): void =>
    void findings.push(finding(check, { operation: operation.name, title, facts, discriminator }));

  if (view.status !== operation.success.status) {
    add(SUCCESS_STATUS, `${operation.name} succeeded with ${view.status}, not ${operation.success.status}`, { status: view.status }, String(view.status));
  }
  const outputMembers = Object.keys((operation.success.schema?.properties as object | undefined) ?? {});
  if (view.empty) {
    if (outputMembers.length > 0) add(SUCCESS_BODY_JSON, `${operation.name} succeeded with an empty body; its output has ${outputMembers.join(", ")}`, { status: view.status });
    return findings;
  }
  if (view.mediaType !== "application/json") {
    add(SUCCESS_CONTENT_TYPE, `${operation.name}'s success has Content-Type ${view.headers["content-type"] ?? "(none)"}, not application/json`, { contentType: view.headers["content-type"] });
  }
  if (!view.isJson || !isObject(view.json)) {
    add(SUCCESS_BODY_JSON, `${operation.name}'s success body is not a JSON object`, { body: detachedPrefix(exchange.response.body, 200) });
    return findings;
  }
  const validation = validateResponse(operation, operation.success.status, view.json);
  if (validation.errors.length > 0) {
    add(SUCCESS_SCHEMA, `${operation.name}'s success body does not match the model: ${validation.errors.slice(0, 3).join("; ")}`, { errors: validation.errors });
  }
  if (validation.unknownMembers.length > 0) {
    add(UNKNOWN_MEMBERS, `${operation.name}'s success body has members the model does not declare: ${validation.unknownMembers.join(", ")}`, { members: validation.unknownMembers }, validation.unknownMembers.join(","));
  }
  return findings;
}
