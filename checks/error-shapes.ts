/** Family 2: an error response is named as AWS clients read it, documented, consistent with its status, and JSON with a message. */
import { detachedPrefix, type Exchange } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import type { CheckContext } from "./check-context.ts";
import { COMMON_ERRORS } from "./common-errors.ts";
import { finding, type CheckDefinition, type Finding } from "./finding.ts";
import { isObject, viewResponse } from "./response-view.ts";

const RESTJSON = "restJson1 (aws.protocols#restJson1)";
export const ERROR_NAMED: CheckDefinition = {
  id: "error-shapes/named",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: `${RESTJSON}: an error is identified by the X-Amzn-Errortype header, else a body "code", else a body "__type"; without one, clients cannot tell which error it is.`,
};
export const ERROR_DOCUMENTED: CheckDefinition = {
  id: "error-shapes/documented-type",
  family: "error-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "The API reference's Errors section lists the errors of the operation; any other must be an error the service's model defines or one of AWS's Common Errors, or no AWS client can tell what it means.",
};
export const ERROR_SERVICE_WIDE: CheckDefinition = {
  id: "error-shapes/service-wide-type",
  family: "error-shapes",
  source: "aws-model",
  severity: "warning",
  rule: "The AWS model lists errors per operation, but AWS SDKs deserialise any error of the service by name, and the per-operation lists are known to be incomplete: an error the service defines for other operations is worth a look, not a failure.",
};
export const ERROR_STATUS_MATCHES: CheckDefinition = {
  id: "error-shapes/status-matches-type",
  family: "error-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "The AWS model gives each error its HTTP status (e.g. InvalidInputException \"HTTP Status Code: 400\"); the response's status must be that one.",
};
export const ERROR_BODY_JSON: CheckDefinition = {
  id: "error-shapes/json-body",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: `${RESTJSON}: error bodies are JSON objects carrying the error's members (Code, Message).`,
};
export const ERROR_MESSAGE: CheckDefinition = {
  id: "error-shapes/message",
  family: "error-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "Every error shape of the model has a Message member (a NonEmptyString, pattern .*\\S.*); clients read `message`, else `Message`.",
};
export const ERROR_CONTENT_TYPE: CheckDefinition = {
  id: "error-shapes/content-type",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: `${RESTJSON}: error responses have Content-Type application/json.`,
};

export function checkErrorShape(context: CheckContext, exchange: Exchange): Finding[] {
  const { operation, serviceErrors } = context;
  const view = viewResponse(exchange);
  if (view.status < 400) return [];
  const findings: Finding[] = [];
  const add = (check: CheckDefinition, title: string, facts: Record<string, unknown>, discriminator = ""): void =>
    void findings.push(finding(check, { operation: operation.name, title, facts: { status: view.status, ...facts }, discriminator }));
  if (view.mediaType !== "application/json") {
    add(ERROR_CONTENT_TYPE, `${operation.name}'s ${view.status} error has Content-Type ${view.headers["content-type"] ?? "(none)"}, not application/json`, { contentType: view.headers["content-type"] });
  }
  if (!view.isJson || !isObject(view.json)) {
    add(ERROR_BODY_JSON, `${operation.name}'s ${view.status} error body is not a JSON object`, { body: detachedPrefix(exchange.response.body, 200) });
  }
  const identity = identifyError(view.headers, view.json);
  if (identity.type === undefined) {
    add(ERROR_NAMED, `${operation.name}'s ${view.status} error names no error type (no X-Amzn-Errortype header, body code or __type)`, {});
  } else {
    const type = identity.type;
    const documented = operation.errors.filter((e) => e.name === type).map((e) => e.status);
    const common = COMMON_ERRORS[type];
    const serviceWide = serviceErrors.get(type);
    let statuses: readonly number[] | undefined = documented.length > 0 ? documented : common;
    if (statuses === undefined && serviceWide !== undefined) {
      statuses = [serviceWide];
      add(ERROR_SERVICE_WIDE, `${operation.name} answered ${type}, an error its own list leaves out but the service defines for other operations`, { errorType: type, documented: operation.errors.map((e) => e.name) }, type);
    }
    if (statuses === undefined) {
      add(ERROR_DOCUMENTED, `${operation.name} answered ${type}, an error neither the service's model nor AWS's common errors define`, { errorType: type, documented: operation.errors.map((e) => e.name) }, type);
    } else if (!statuses.includes(view.status)) {
      add(ERROR_STATUS_MATCHES, `${operation.name} answered ${type} with status ${view.status}; the model gives it ${statuses.join(" or ")}`, { errorType: type, expectedStatus: statuses }, type);
    }
  }
  if (view.isJson && isObject(view.json) && (identity.message === undefined || identity.message.trim() === "")) {
    add(ERROR_MESSAGE, `${operation.name}'s ${view.status} ${identity.type ?? "error"} has no non-blank message`, { errorType: identity.type });
  }
  return findings;
}
