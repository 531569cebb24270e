/** A request as it goes on the wire, before signing: the operation names the method and the path template. */
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec } from "../specs/spec-model.ts";

export interface ApiRequest {
  operation: string;
  /** URI label values by label name, as text, not yet percent-encoded (the client fills the path template with them). */
  labels?: Record<string, string>;
  /** Query string members by wire name, already rendered as text. */
  query: Record<string, string>;
  /** Header members by header name as the model spells it, as text. */
  headers?: Record<string, string>;
  /** The body text; undefined sends no body. */
  body: string | undefined;
}

/**
 * restJson1 serialization of an operation's input, whose members are keyed by wire name (see specs/spec-model.ts):
 * URI labels, query and header members go where the model binds them, as text; the others form the JSON body. An
 * operation with body members always sends a body, `{}` at least. `labels` and `headers` are there only when the
 * operation binds any.
 */
export function serializeInput(operation: OperationSpec, input: Record<string, unknown>): ApiRequest {
  const labels: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (operation.query.some((p) => p.name === name)) query[name] = String(value);
    else if (operation.labels.some((l) => l.name === name)) labels[name] = String(value);
    else if (operation.headers.some((h) => h.name === name)) headers[name] = headerText(value);
    else body[name] = value;
  }
  const hasBody = operation.body !== undefined || Object.keys(body).length > 0;
  return {
    operation: operation.name,
    ...(operation.labels.length > 0 ? { labels } : {}),
    query,
    ...(operation.headers.length > 0 ? { headers } : {}),
    body: hasBody ? JSON.stringify(body) : undefined,
  };
}

/** A header member's text: a list's items joined by commas (Smithy's RestJsonInputAndOutputWithStringHeaders), anything else as text. */
function headerText(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(", ") : String(value);
}

/**
 * A query, label or header value read as the type its schema declares; text that does not parse as that type stays
 * text. As restJson1 reads them (Smithy's malformed-request tests): an integer is decimal digits within its width
 * (int32 unless the schema says int64), a boolean exactly `true` or `false`.
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
