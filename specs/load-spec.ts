/**
 * Loads a committed OpenAPI document, dereferenced, once per process. It is validated where it is made
 * (`npm run spec:generate`) and by the tests, not on every run: validating OpenAPI costs a run more than a tenth of a second.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dereferenceLocal } from "./dereference.ts";
import { EXT } from "./extensions.ts";
import { SPEC_PATH } from "./render.ts";
import { type BuiltInService, hasFamily, type Service, type ServiceDescriptor, specFile } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";
import type { JsonSchema } from "./shape-schema.ts";
import type { BodyMember, ErrorResponse, OperationSpec, Parameter, Spec, UriLabel } from "./spec-model.ts";

const cached = new Map<string, Promise<Spec>>();

/**
 * A spec: Security Hub's by default, or the document at `path`, whose reference pages are `service`'s. Rejects with a
 * readable error when the document cannot be read as one.
 */
export function loadSpec<S extends Service = ServiceDescriptor>(path: URL | string = SPEC_PATH, service: S = SECURITY_HUB as Service as S): Promise<Spec<S>> {
  if (path === SPEC_PATH) return loadServiceSpec(SECURITY_HUB) as Promise<Spec> as Promise<Spec<S>>;
  return readSpec(path, service);
}

/** A service's committed spec, read once per process. */
export function loadServiceSpec<S extends BuiltInService>(service: S): Promise<Spec<S>> {
  let spec = cached.get(service.name);
  if (!spec) cached.set(service.name, (spec = readSpec<Service>(specFile(service, "openApi"), service)));
  return spec as Promise<Spec<S>>;
}

async function readSpec<S extends Service>(path: URL | string, service: S): Promise<Spec<S>> {
  const text = readFileSync(path, "utf8");
  try {
    return specOf(text, service);
  } catch (error) {
    throw new Error(`${String(path)} is not an OpenAPI document the suite can read: ${(error as Error).message}`);
  }
}

function specOf<S extends Service>(text: string, service: S): Spec<S> {
  return specOfDocument(JSON.parse(text) as Record<string, any>, createHash("sha256").update(text).digest("hex"), service);
}

/** The spec of an OpenAPI document the suite made (its text's sha256 given), whose service is `service`. */
export function specOfDocument<S extends Service>(made: Record<string, any>, hash: string, service: S): Spec<S> {
  const document = dereferenceLocal(made);
  if (typeof document.paths !== "object" || document.paths === null) throw new Error("it has no paths");
  const operations = new Map<string, OperationSpec>();
  for (const [path, item] of Object.entries<Record<string, any>>(document.paths)) {
    for (const [method, op] of Object.entries<Record<string, any>>(item)) {
      const operation = toOperationSpec(path, method, op, service);
      operations.set(operation.name, operation);
    }
  }
  const about = document.info[EXT.service] as { serviceId: string; endpointPrefix: string; signingName: string; apiVersion: string };
  const errors = new Map<string, number>();
  for (const operation of operations.values()) for (const error of operation.errors) errors.set(error.name, error.status);
  return {
    service,
    title: document.info.title,
    apiVersion: about.apiVersion,
    serviceId: about.serviceId,
    endpointPrefix: about.endpointPrefix,
    signingName: about.signingName,
    hash,
    operations,
    errors,
  };
}

function toOperationSpec(path: string, method: string, op: Record<string, any>, service: Service): OperationSpec {
  const parameters = (op.parameters ?? []) as Record<string, any>[];
  const parameterOf = (p: Record<string, any>): Parameter => ({
    name: p.name,
    member: p[EXT.member] ?? p.name,
    required: Boolean(p.required),
    schema: p.schema as JsonSchema,
  });
  const bound = (where: string): Parameter[] => parameters.filter((p) => p.in === where).map(parameterOf);
  const labels: UriLabel[] = parameters.filter((p) => p.in === "path").map((p) => ({ ...parameterOf(p), required: true, greedy: p[EXT.greedy] === true }));
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
  const body = op.requestBody ? requestBody(op.requestBody) : undefined;
  const name: string = op[EXT.operation] ?? op.operationId;
  if (service.successMayBeEmpty?.some((s) => s.operation === name)) success = mayBeEmpty(success);
  return {
    name,
    method: method.toUpperCase() as OperationSpec["method"],
    path,
    summary: op.summary,
    labels,
    query: bound("query"),
    headers: bound("header"),
    body,
    success,
    errors,
    accountIds: op[EXT.accountIds],
    unprocessedAccounts: op[EXT.unprocessedAccounts],
    unprocessedEntry:
      op[EXT.unprocessedAccounts] && hasFamily(service) ? { accountId: service.names.accountId, reason: service.unprocessed.reason } : undefined,
    referencePage: service.referencePages[name]?.url,
  };
}

/** A success whose documentation allows no content: nothing of its output is required. */
function mayBeEmpty(success: OperationSpec["success"]): OperationSpec["success"] {
  if (!success.schema) return { ...success, mayBeEmpty: true };
  const { required: _required, ...schema } = success.schema;
  return { ...success, schema, mayBeEmpty: true };
}

function requestBody(requestBody: Record<string, any>): NonNullable<OperationSpec["body"]> {
  const schema = requestBody.content["application/json"].schema as JsonSchema;
  const renamed = (requestBody[EXT.members] ?? {}) as Record<string, string>;
  const members: BodyMember[] = Object.keys((schema.properties as Record<string, unknown> | undefined) ?? {}).map((name) => ({
    name,
    member: renamed[name] ?? name,
  }));
  return { required: Boolean(requestBody.required), schema, members };
}
