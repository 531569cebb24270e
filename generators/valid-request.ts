/** Requests every part of which the operation's schemas accept. */
import fc from "fast-check";
import { serializeInput, type ApiRequest } from "../protocol/api-request.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import { arbitraryFromSchema, type SchemaArbitraryOptions } from "./schema-arbitrary.ts";

/** The input members of an operation (body and query members alike), as values its schemas accept. */
export function validInput(operation: OperationSpec, options: SchemaArbitraryOptions = {}): fc.Arbitrary<Record<string, unknown>> {
  const body = operation.body
    ? (arbitraryFromSchema(operation.body.schema, { nullOptionals: true, ...options }) as fc.Arbitrary<Record<string, unknown>>)
    : fc.constant({});
  const query = fc.record(Object.fromEntries(operation.query.map((p) => [p.member, arbitraryFromSchema(p.schema, options)])), {
    requiredKeys: operation.query.filter((p) => p.required).map((p) => p.member),
  });
  return fc.tuple(body, query).map(([b, q]) => ({ ...b, ...q }));
}

export function validRequest(operation: OperationSpec, options: SchemaArbitraryOptions = {}): fc.Arbitrary<ApiRequest> {
  return validInput(operation, options).map((input) => serializeInput(operation, input));
}
