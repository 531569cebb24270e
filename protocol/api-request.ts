/** A request as it goes on the wire, before signing: the operation names the method and path. */
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec } from "../specs/spec-model.ts";

export interface ApiRequest {
  operation: string;
  /** Query string members by wire name, already rendered as text. */
  query: Record<string, string>;
  /** The body text; undefined sends no body. */
  body: string | undefined;
}

/**
 * restJson1 serialization of an operation's input: members bound to the query string go there as text,
 * the others form the JSON body. An operation with body members always sends a body, `{}` at least.
 */
export function serializeInput(operation: OperationSpec, input: Record<string, unknown>): ApiRequest {
  const query: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  for (const [member, value] of Object.entries(input)) {
    const parameter = operation.query.find((p) => p.member === member);
    if (parameter) query[parameter.name] = String(value);
    else body[member] = value;
  }
  const hasBody = operation.body !== undefined || Object.keys(body).length > 0;
  return { operation: operation.name, query, body: hasBody ? JSON.stringify(body) : undefined };
}

/**
 * A query value read as the type its schema declares; text that does not parse as that type stays text. As
 * restJson1 reads them (Smithy's malformed-request tests): an integer is decimal digits within its width (int32
 * unless the schema says int64), a boolean exactly `true` or `false`.
 */
export function readQueryValue(schema: JsonSchema | undefined, text: string): unknown {
  if (schema?.type === "integer" && /^-?\d{1,19}$/.test(text)) {
    const bits = schema.format === "int64" ? 64n : 32n;
    const value = BigInt(text);
    if (value >= -(2n ** (bits - 1n)) && value < 2n ** (bits - 1n)) return Number(value);
  }
  if (schema?.type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}

/** Whether a query value parses as the type its schema declares (a string member parses as anything). */
export function parsesAsQueryValue(schema: JsonSchema | undefined, text: string): boolean {
  return (schema?.type !== "integer" && schema?.type !== "boolean") || typeof readQueryValue(schema, text) !== "string";
}
