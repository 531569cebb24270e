/** Family 3: a success is the documented status with a JSON body valid against the response schema. */
import { MAX_JSON_DEPTH } from "../protocol/json-depth.ts";
import { detachedPrefix } from "../client/exchange.ts";
import { validateResponse, type ResponseValidation } from "../validators/response-validator.ts";
import type { ExchangeInput } from "./check-context.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { isObject, viewResponse, type ResponseView } from "./response-view.ts";

/** The success view of an answer: undefined for anything but a 2xx. */
function successView({ exchange }: ExchangeInput): ResponseView | undefined {
  const view = viewResponse(exchange);
  return view.status >= 200 && view.status < 300 ? view : undefined;
}

/** The output members the model gives the operation. */
function outputMembers({ context }: ExchangeInput): string[] {
  return Object.keys((context.operation.success.schema?.properties as object | undefined) ?? {});
}

/** The body validated against the output schema, once per exchange; undefined when it is not a JSON object. */
const validations = new WeakMap<object, ResponseValidation>();
function validation(input: ExchangeInput): ResponseValidation | undefined {
  const view = successView(input);
  if (!view || view.empty || !view.isJson || !isObject(view.json)) return undefined;
  let result = validations.get(input.exchange);
  if (!result) {
    result = validateResponse(input.context.operation, input.context.operation.success.status, view.json);
    validations.set(input.exchange, result);
  }
  return result;
}

export const SUCCESS_STATUS = defineCheck({
  id: "success-shapes/success-status",
  family: "success-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "A success answers with the status the AWS model binds the operation to (200 where it names none).",
  statements: ["*.model.http"],
  run(input: ExchangeInput) {
    const view = successView(input);
    if (!view) return NOT_APPLICABLE;
    const { operation } = input.context;
    return judged(operation.name, [
      view.status !== operation.success.status && {
        title: `${operation.name} succeeded with ${view.status}, not ${operation.success.status}`,
        facts: { status: view.status },
        discriminator: String(view.status),
      },
    ]);
  },
});

export const SUCCESS_BODY_JSON = defineCheck({
  id: "success-shapes/json-body",
  family: "success-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "A success's body is a JSON object; an operation whose output has no members may send an empty body.",
  statements: [],
  run(input: ExchangeInput) {
    const view = successView(input);
    if (!view) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    const members = outputMembers(input);
    if (view.empty)
      return judged(name, [
        members.length > 0 &&
          !input.context.operation.success.mayBeEmpty && {
            title: `${name} succeeded with an empty body; its output has ${members.join(", ")}`,
            facts: { status: view.status },
          },
      ]);
    const object = view.isJson && isObject(view.json);
    return judged(name, [
      !object && {
        title: view.tooDeep
          ? `${name}'s success body nests deeper than ${MAX_JSON_DEPTH} levels, deeper than any documented answer; it was not read`
          : `${name}'s success body is not a JSON object`,
        facts: { body: detachedPrefix(input.exchange.response.body, 200) },
      },
    ]);
  },
});

export const SUCCESS_CONTENT_TYPE = defineCheck({
  id: "success-shapes/content-type",
  family: "success-shapes",
  source: "reference-page",
  severity: "failure",
  rule: "restJson1: a success's JSON body comes with Content-Type application/json.",
  statements: [],
  run(input: ExchangeInput) {
    const view = successView(input);
    // An empty body has no media type to be wrong about.
    if (!view || view.empty) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    return judged(name, [
      view.mediaType !== "application/json" && {
        title: `${name}'s success has Content-Type ${view.headers["content-type"] ?? "(none)"}, not application/json`,
        facts: { contentType: view.headers["content-type"] },
      },
    ]);
  },
});

export const SUCCESS_SCHEMA = defineCheck({
  id: "success-shapes/schema",
  family: "success-shapes",
  source: "aws-model",
  severity: "failure",
  rule: "The output shape of the AWS model (member names and types).",
  statements: ["*.model.output.*.syntax"],
  run(input: ExchangeInput) {
    const result = validation(input);
    if (!result) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    return judged(name, [
      result.errors.length > 0 && {
        title: `${name}'s success body does not match the model: ${result.errors.slice(0, 3).join("; ")}`,
        facts: { errors: result.errors },
      },
    ]);
  },
});

export const UNKNOWN_MEMBERS = defineCheck({
  id: "success-shapes/unknown-members",
  family: "success-shapes",
  source: "aws-convention",
  severity: "warning",
  rule: "Members the model does not declare are ignored by AWS clients: allowed, but likely a misspelt or misplaced member.",
  statements: [],
  run(input: ExchangeInput) {
    const result = validation(input);
    if (!result) return NOT_APPLICABLE;
    const name = input.context.operation.name;
    const unknown = result.unknownMembers;
    return judged(name, [
      unknown.length > 0 && {
        title: `${name}'s success body has members the model does not declare: ${unknown.join(", ")}`,
        facts: { members: unknown },
        discriminator: unknown.join(","),
      },
    ]);
  },
});

export const SUCCESS_SHAPE_CHECKS = [SUCCESS_STATUS, SUCCESS_BODY_JSON, SUCCESS_CONTENT_TYPE, SUCCESS_SCHEMA, UNKNOWN_MEMBERS] as const;
