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

/** A query value read as the type its schema declares; text that is not of that type stays text. */
export function readQueryValue(schema: JsonSchema | undefined, text: string): unknown {
  if (schema?.type === "integer" && /^-?\d+$/.test(text)) return Number(text);
  if (schema?.type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}
