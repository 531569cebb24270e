/** Family 2: an error response is named as AWS clients read it, documented, consistent with its status, and JSON with a message. */
import { MAX_JSON_DEPTH } from "../protocol/json-depth.ts";
import { detachedPrefix } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import type { ExchangeInput } from "./check-context.ts";
import { COMMON_ERRORS } from "./common-errors.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { isObject, viewResponse, type ResponseView } from "./response-view.ts";

const RESTJSON = "restJson1 (aws.protocols#restJson1)";

/** The error view of an answer: undefined for anything but an error status. */
function errorView({ exchange }: ExchangeInput): ResponseView | undefined {
  const view = viewResponse(exchange);
  return view.status >= 400 ? view : undefined;
}

/**
 * How an error name reads for the operation: documented for it (or one of AWS's common errors), defined by the
 * service for other operations only, or unknown to both; with the statuses it may come with.
 */
function errorStanding({ context }: ExchangeInput, type: string): { standing: "documented" | "service-wide" | "unknown"; statuses: readonly number[] } {
  const documented = context.operation.errors.filter((e) => e.name === type).map((e) => e.status);
  if (documented.length > 0) return { standing: "documented", statuses: documented };
  const common = COMMON_ERRORS[type];
  if (common) return { standing: "documented", statuses: common };
  const serviceWide = context.serviceErrors.get(type);
  return serviceWide === undefined ? { standing: "unknown", statuses: [] } : { standing: "service-wide", statuses: [serviceWide] };
}

export const ERROR_NAMED = defineCheck({
  id: "error-shapes/named",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: `${RESTJSON}: an error is identified by the X-Amzn-Errortype header, else a body "code", else a body "__type"; without one, clients cannot tell which error it is.`,
  statements: [],
  run(input: ExchangeInput) {
    const view = errorView(input);
    if (!view) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    const named = identifyError(view.headers, view.json).type !== undefined;
    return judged(name, [
      !named && {
        title: `${name}'s ${view.status} error names no error type (no X-Amzn-Errortype header, body code or __type)`,
        facts: { status: view.status },
      },
    ]);
  },
});

export const ERROR_DOCUMENTED = defineCheck({
  id: "error-shapes/documented-type",
  family: "error-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "The documentation lists the errors of the operation; any other must be an error the service's model defines or one of AWS's Common Errors, or no AWS client can tell what it means.",
  statements: ["*.model.errors.*"],
  run(input: ExchangeInput) {
    const view = errorView(input);
    const type = view && identifyError(view.headers, view.json).type;
    if (!view || type === undefined) return NOT_APPLICABLE;
    const { operation } = input.context;
    const unknown = errorStanding(input, type).standing === "unknown";
    return judged(operation.name, [
      unknown && {
        title: `${operation.name} answered ${type}, an error neither the service's model nor AWS's common errors define`,
        facts: { status: view.status, errorType: type, documented: operation.errors.map((e) => e.name) },
        discriminator: type,
      },
    ]);
  },
});

export const ERROR_SERVICE_WIDE = defineCheck({
  id: "error-shapes/service-wide-type",
  family: "error-shapes",
  source: "aws-model",
  severity: "warning",
  rule: "The AWS model lists errors per operation, but AWS SDKs deserialise any error of the service by name, and the per-operation lists are known to be incomplete: an error the service defines for other operations is worth a look, not a failure.",
  statements: [],
  run(input: ExchangeInput) {
    const view = errorView(input);
    const type = view && identifyError(view.headers, view.json).type;
    if (!view || type === undefined) return NOT_APPLICABLE;
    const { operation } = input.context;
    const serviceWide = errorStanding(input, type).standing === "service-wide";
    return judged(operation.name, [
      serviceWide && {
        title: `${operation.name} answered ${type}, an error its own list leaves out but the service defines for other operations`,
        facts: { status: view.status, errorType: type, documented: operation.errors.map((e) => e.name) },
        discriminator: type,
      },
    ]);
  },
});

export const ERROR_STATUS_MATCHES = defineCheck({
  id: "error-shapes/status-matches-type",
  family: "error-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "The AWS model gives each error its HTTP status; the response's status must be that one.",
  statements: ["*.model.errors.*"],
  run(input: ExchangeInput) {
    const view = errorView(input);
    const type = view && identifyError(view.headers, view.json).type;
    if (!view || type === undefined) return NOT_APPLICABLE;
    const { operation } = input.context;
    const { standing, statuses } = errorStanding(input, type);
    if (standing === "unknown") return NOT_APPLICABLE;
    return judged(operation.name, [
      !statuses.includes(view.status) && {
        title: `${operation.name} answered ${type} with status ${view.status}; the model gives it ${statuses.join(" or ")}`,
        facts: { status: view.status, errorType: type, expectedStatus: statuses },
        discriminator: type,
      },
    ]);
  },
});

export const ERROR_BODY_JSON = defineCheck({
  id: "error-shapes/json-body",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: `${RESTJSON}: error bodies are JSON objects carrying the error's members (Code, Message).`,
  statements: [],
  run(input: ExchangeInput) {
    const view = errorView(input);
    if (!view) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    const object = view.isJson && isObject(view.json);
    return judged(name, [
      !object && {
        title: view.tooDeep
          ? `${name}'s ${view.status} error body nests deeper than ${MAX_JSON_DEPTH} levels, deeper than any documented answer; it was not read`
          : `${name}'s ${view.status} error body is not a JSON object`,
        facts: { status: view.status, body: detachedPrefix(input.exchange.response.body, 200) },
      },
    ]);
  },
});

export const ERROR_MESSAGE = defineCheck({
  id: "error-shapes/message",
  family: "error-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "Every error shape of the model has a message member; clients read `message`, else `Message`.",
  statements: [],
  run(input: ExchangeInput) {
    const view = errorView(input);
    // A body that is no JSON object is error-shapes/json-body's: it has no members to look for.
    if (!view?.isJson || !isObject(view.json)) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    const identity = identifyError(view.headers, view.json);
    const blank = identity.message === undefined || identity.message.trim() === "";
    return judged(name, [
      blank && {
        title: `${name}'s ${view.status} ${identity.type ?? "error"} has no non-blank message`,
        facts: { status: view.status, errorType: identity.type },
      },
    ]);
  },
});

export const ERROR_CONTENT_TYPE = defineCheck({
  id: "error-shapes/content-type",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: `${RESTJSON}: error responses have Content-Type application/json.`,
  statements: [],
  run(input: ExchangeInput) {
    const view = errorView(input);
    if (!view) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    return judged(name, [
      view.mediaType !== "application/json" && {
        title: `${name}'s ${view.status} error has Content-Type ${view.headers["content-type"] ?? "(none)"}, not application/json`,
        facts: { status: view.status, contentType: view.headers["content-type"] },
      },
    ]);
  },
});

export const ERROR_SHAPE_CHECKS = [
  ERROR_CONTENT_TYPE,
  ERROR_BODY_JSON,
  ERROR_NAMED,
  ERROR_SERVICE_WIDE,
  ERROR_DOCUMENTED,
  ERROR_STATUS_MATCHES,
  ERROR_MESSAGE,
] as const;
