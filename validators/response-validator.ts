/** Validates a response body against the schema the operation documents for its status. */
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import { compile } from "./ajv-instance.ts";
import { withoutNullMembers } from "./null-members.ts";
import { unknownMembers } from "./unknown-members.ts";

export interface ResponseValidation {
  /** Whether the operation documents this status at all. */
  documented: boolean;
  /** Schema violations, as readable lines (`/UnprocessedAccounts/0/AccountId must be string`). */
  errors: string[];
  /** Members the schema does not declare (allowed, but worth a warning). */
  unknownMembers: string[];
}

const EMPTY_BODY: JsonSchema = {};
const schemasByStatus = new WeakMap<OperationSpec, Map<number, JsonSchema | undefined>>();

/** The documented schema for a status: the success body, or the error shapes answered with it. */
export function responseSchema(operation: OperationSpec, status: number): JsonSchema | undefined {
  let byStatus = schemasByStatus.get(operation);
  if (!byStatus) schemasByStatus.set(operation, (byStatus = new Map()));
  if (!byStatus.has(status)) byStatus.set(status, documentedSchema(operation, status));
  return byStatus.get(status);
}

// Built once per operation and status: the compiled-validator cache is keyed by schema object.
function documentedSchema(operation: OperationSpec, status: number): JsonSchema | undefined {
  if (status === operation.success.status) return operation.success.schema ?? EMPTY_BODY;
  const errors = operation.errors.filter((e) => e.status === status);
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0]!.schema : { anyOf: errors.map((e) => e.schema) };
}

export function validateResponse(operation: OperationSpec, status: number, body: unknown): ResponseValidation {
  const schema = responseSchema(operation, status);
  if (!schema) return { documented: false, errors: [], unknownMembers: [] };
  // restJson1: AWS clients read a null member as unset, so it is no wrong type.
  const value = withoutNullMembers(schema, body);
  const validate = compile(schema);
  const errors = validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "the body"} ${e.message}`);
  return { documented: true, errors, unknownMembers: unknownMembers(schema, value) };
}
