/** Validates a wire-level request against its operation's input schema and names each broken rule. */
import { MAX_JSON_DEPTH, nestsDeeperThan } from "../protocol/json-depth.ts";
import type { ErrorObject } from "ajv";
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec, Parameter } from "../specs/spec-model.ts";
import { compile } from "./ajv-instance.ts";
import { withoutNullMembers } from "./null-members.ts";
import { parsesAsQueryValue, readQueryValue, type ApiRequest } from "../protocol/api-request.ts";
import type { RequestRule, RequestViolation } from "./request-rules.ts";

/** The schema of an operation's query, labels or headers as one object, by the parameter list it is of. */
const parameterSchemas = new WeakMap<readonly Parameter[], JsonSchema>();
// An operation with no body members still takes a JSON object (AWS clients send `{}`). One object, so it compiles once.
const ANY_OBJECT: JsonSchema = { type: "object" };

/** What a request carries, as the validator reads it: its labels, query and headers as text by wire name, and its body. */
export type RequestParts = Pick<ApiRequest, "labels" | "query" | "headers" | "body">;

export function validateRequest(operation: OperationSpec, request: RequestParts): RequestViolation[] {
  return checkRequest(operation, request).violations;
}

/** The violations, and the body parsed (undefined when absent or not JSON), so a server parses it once. */
export function checkRequest(operation: OperationSpec, request: RequestParts): { violations: RequestViolation[]; body: unknown } {
  const body = checkBody(operation, request.body);
  const query = validateParameters(operation.query, request.query);
  const parameters =
    operation.labels.length + operation.headers.length === 0
      ? query
      : [...validateParameters(operation.labels, request.labels ?? {}), ...query, ...validateParameters(operation.headers, request.headers ?? {})];
  return { violations: parameters.length === 0 ? body.violations : [...parameters, ...body.violations], body: body.parsed };
}

function checkBody(operation: OperationSpec, body: string | undefined): { violations: RequestViolation[]; parsed: unknown } {
  if (body === undefined || body === "") {
    if (!operation.body?.required) return { violations: [], parsed: undefined };
    return { violations: [{ rule: "missing-required", at: "", message: "the operation requires a JSON body" }], parsed: undefined };
  }
  if (nestsDeeperThan(body))
    return { violations: [{ rule: "not-json", at: "", message: `the body nests deeper than ${MAX_JSON_DEPTH} levels` }], parsed: undefined };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { violations: [{ rule: "not-json", at: "", message: "the body is not JSON" }], parsed: undefined };
  }
  const schema = operation.body?.schema ?? ANY_OBJECT;
  // restJson1: a null member is unset. The text test spares the walk for the bodies (nearly all) without one.
  if (body.includes("null")) parsed = withoutNullMembers(schema, parsed);
  const validate = compile(schema);
  return { violations: validate(parsed) ? [] : (validate.errors ?? []).map(toViolation), parsed };
}

/** Members bound outside the body (query, labels or headers), each read from its text as restJson1 reads it. */
function validateParameters(parameters: readonly Parameter[], values: Record<string, string>): RequestViolation[] {
  if (parameters.length === 0) return [];
  let schema = parameterSchemas.get(parameters);
  if (!schema) {
    schema = {
      type: "object",
      properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
      required: parameters.filter((p) => p.required).map((p) => p.name),
    };
    parameterSchemas.set(parameters, schema);
  }
  const malformed: RequestViolation[] = [];
  const typed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(values)) {
    const parameter = parameters.find((p) => p.name === name);
    if (parameter && !parsesAsQueryValue(parameter.schema, text))
      malformed.push({ rule: "malformed-value", at: `/${name}`, message: `${name} ${JSON.stringify(text)} is not ${describeType(parameter.schema)}` });
    else typed[name] = readQueryValue(parameter?.schema, text);
  }
  const validate = compile(schema);
  const broken = new Set(malformed.map((v) => v.at));
  // A malformed value is left out of the typed query: its member is not missing, and its one violation is the malformed value.
  const rest = validate(typed) ? [] : (validate.errors ?? []).map(toViolation).filter((v) => !broken.has(v.at));
  return [...malformed, ...rest];
}

function describeType(schema: JsonSchema): string {
  return schema.type === "boolean" ? "true or false" : `a whole number of ${schema.format === "int64" ? 64 : 32} bits`;
}

const RULE_OF_KEYWORD: Record<string, RequestRule> = {
  required: "missing-required",
  pattern: "pattern-violation",
  minLength: "length-violation",
  maxLength: "length-violation",
  minimum: "out-of-range",
  maximum: "out-of-range",
  minItems: "size-violation",
  maxItems: "size-violation",
  minProperties: "size-violation",
  maxProperties: "size-violation",
  enum: "enum-violation",
  format: "format-violation",
};

function toViolation(error: ErrorObject): RequestViolation {
  const at = error.instancePath;
  if (error.keyword === "type") {
    const rule: RequestRule = at === "" ? "not-an-object" : /\/\d+$/.test(at) ? "wrong-item-type" : "wrong-type";
    return { rule, at, message: `${at || "the body"} ${error.message}` };
  }
  if (error.keyword === "required") {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    return { rule: "missing-required", at: `${at}/${missing}`, message: `${missing} is required` };
  }
  return { rule: RULE_OF_KEYWORD[error.keyword] ?? "wrong-type", at, message: `${at} ${error.message}` };
}
