/** Requests every part of which the operation's schemas accept. */
import fc from "fast-check";
import { serializeInput, type ApiRequest } from "../protocol/api-request.ts";
import type { OperationSpec, Parameter } from "../specs/spec-model.ts";
import { arbitraryFromSchema, type SchemaArbitraryOptions } from "./schema-arbitrary.ts";

/**
 * The input members of an operation (body, query, URI label and header members alike, by wire name), as values its
 * schemas accept. A label is never empty (restJson1 has no empty label: its path would lose a segment), and a header
 * value is visible ASCII without blanks at its ends, which HTTP would trim.
 */
export function validInput(operation: OperationSpec, options: SchemaArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const body = operation.body
    ? (arbitraryFromSchema(operation.body.schema, { nullOptionals: true, ...options }) as fc.Arbitrary<Record<string, unknown>>)
    : fc.constant({});
  const bound = (parameters: readonly Parameter[], value: (p: Parameter) => fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> =>
    fc.record(Object.fromEntries(parameters.map((p) => [p.name, value(p)])), { requiredKeys: parameters.filter((p) => p.required).map((p) => p.name) });
  const query = bound(operation.query, (p) => arbitraryFromSchema(p.schema, options));
  // Only the parts an operation has: an operation without labels or headers draws exactly what it always drew.
  const others = [
    ...(operation.labels.length > 0 ? [bound(operation.labels, (p) => arbitraryFromSchema(p.schema, options).filter((v) => String(v) !== ""))] : []),
    ...(operation.headers.length > 0 ? [bound(operation.headers, (p) => arbitraryFromSchema(p.schema, options).filter(isHeaderText))] : []),
  ];
  return fc.tuple(body, query, ...others).map((parts) => Object.assign({}, ...parts) as Record<string, unknown>);
}

export function validRequest(operation: OperationSpec, options: SchemaArbitraryOptions = {}): fc.Arbitrary<ApiRequest> {
  return validInput(operation, options).map((input) => serializeInput(operation, input));
}

function isHeaderText(value: unknown): boolean {
  const text = Array.isArray(value) ? value.join(", ") : String(value);
  return /^(?:[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?)?$/.test(text);
}
