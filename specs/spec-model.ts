/** The operations of the spec as the rest of the suite sees them: typed, dereferenced, looked up by AWS name. */
import type { JsonSchema } from "./shape-schema.ts";

export interface QueryParameter {
  /** Name on the wire (`MaxResults`). */
  name: string;
  /** The input member it binds. */
  member: string;
  required: boolean;
  schema: JsonSchema;
}

export interface ErrorResponse {
  name: string;
  status: number;
  schema: JsonSchema;
}

export interface OperationSpec {
  name: string;
  method: "GET" | "POST" | "DELETE" | "PUT" | "PATCH";
  path: string;
  summary: string | undefined;
  query: QueryParameter[];
  /** Present when the operation has body members. */
  body: { required: boolean; schema: JsonSchema } | undefined;
  success: { status: number; schema: JsonSchema | undefined };
  errors: ErrorResponse[];
  /** JSON pointer (`*` = every array item) to the request's account ids, e.g. `/AccountIds/*`. */
  accountIds: string | undefined;
  /** JSON pointer to the response's UnprocessedAccounts list, e.g. `/UnprocessedAccounts`. */
  unprocessedAccounts: string | undefined;
  /** The API reference page that documents the operation, when the suite holds one (its rules are the contract). */
  referencePage: string | undefined;
}

export interface Spec {
  title: string;
  apiVersion: string;
  signingName: string;
  /** sha256 of the committed spec text: certificates name the contract they were judged against. */
  hash: string;
  operations: ReadonlyMap<string, OperationSpec>;
  /** Every error the model defines, for any of its operations, with its status: AWS clients know them all by name. */
  errors: ReadonlyMap<string, number>;
}

export function operationOf(spec: Spec, name: string): OperationSpec {
  const operation = spec.operations.get(name);
  if (!operation) throw new Error(`the spec has no operation ${name} (it has ${[...spec.operations.keys()].join(", ")})`);
  return operation;
}
