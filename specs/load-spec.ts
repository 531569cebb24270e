/**
 * Loads the committed OpenAPI document, dereferenced, once per process. It is validated where it is made
 * (`npm run spec:generate`) and by the tests, not on every run: validating OpenAPI costs a run more than a tenth of a second.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dereferenceLocal } from "./dereference.ts";
import { EXT } from "./extensions.ts";
import { REFERENCE_PAGES } from "./reference-pages.ts";
import { SPEC_PATH } from "./render.ts";
import type { JsonSchema } from "./shape-schema.ts";
import type { ErrorResponse, OperationSpec, QueryParameter, Spec } from "./spec-model.ts";

let cached: Promise<Spec> | undefined;

/** The suite's spec. Rejects with a readable error when the document cannot be read as one. */
export function loadSpec(path: URL | string = SPEC_PATH): Promise<Spec> {
  if (path === SPEC_PATH) return (cached ??= readSpec(path));
  return readSpec(path);
}

async function readSpec(path: URL | string): Promise<Spec> {
  const text = readFileSync(path, "utf8");
  try {
    return specOf(text);
  } catch (error) {
    throw new Error(`${String(path)} is not an OpenAPI document the suite can read: ${(error as Error).message}`);
  }
}

function specOf(text: string): Spec {
  const document = dereferenceLocal(JSON.parse(text) as Record<string, any>);
  if (typeof document.paths !== "object" || document.paths === null) throw new Error("it has no paths");
  const operations = new Map<string, OperationSpec>();
  for (const [path, item] of Object.entries<Record<string, any>>(document.paths)) {
    for (const [method, op] of Object.entries<Record<string, any>>(item)) {
      const operation = toOperationSpec(path, method, op);
      operations.set(operation.name, operation);
    }
  }
  const service = document.info[EXT.service] as { signingName: string; apiVersion: string };
  const errors = new Map<string, number>();
  for (const operation of operations.values()) for (const error of operation.errors) errors.set(error.name, error.status);
  return {
    title: document.info.title,
    apiVersion: service.apiVersion,
    signingName: service.signingName,
    hash: createHash("sha256").update(text).digest("hex"),
    operations,
    errors,
  };
}

function toOperationSpec(path: string, method: string, op: Record<string, any>): OperationSpec {
  const query: QueryParameter[] = (op.parameters ?? []).map((p: Record<string, any>) => ({
    name: p.name,
    member: p[EXT.member] ?? p.name,
    required: Boolean(p.required),
    schema: p.schema as JsonSchema,
  }));
  const errors: ErrorResponse[] = [];
  let success: OperationSpec["success"] | undefined;
  for (const [status, response] of Object.entries<Record<string, any>>(op.responses)) {
    const schema = response.content?.["application/json"]?.schema as JsonSchema | undefined;
    const names = response[EXT.errors] as string[] | undefined;
    if (!names) {
      success = { status: Number(status), schema };
      continue;
    }
    const alternatives = (schema?.anyOf as JsonSchema[] | undefined) ?? names.map(() => schema ?? {});
    for (const [i, name] of names.entries()) errors.push({ name, status: Number(status), schema: alternatives[i] ?? {} });
  }
  if (!success) throw new Error(`operation ${op.operationId} documents no success response`);
  const body = op.requestBody
    ? { required: Boolean(op.requestBody.required), schema: op.requestBody.content["application/json"].schema as JsonSchema }
    : undefined;
  return {
    name: op[EXT.operation] ?? op.operationId,
    method: method.toUpperCase() as OperationSpec["method"],
    path,
    summary: op.summary,
    query,
    body,
    success,
    errors,
    accountIds: op[EXT.accountIds],
    unprocessedAccounts: op[EXT.unprocessedAccounts],
    referencePage: REFERENCE_PAGES[op[EXT.operation] ?? op.operationId],
  };
}
