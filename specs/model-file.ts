/**
 * Any botocore rest-json model as a service the suite certifies for protocol and shapes (`certify --model FILE
 * --operations A,B`): the file (a service-2.json, gzipped or not) is read within bounds, the operations are picked, a
 * descriptor is made from the model's metadata, the spec is made in memory by the converter the built-in services'
 * files are made by, and the statements of its documentation are extracted (there are no reference pages), so the run
 * traces its checks to that model. What the suite cannot read of an operation is said, never guessed.
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { errorStatus, type ServiceModel, shapeOf } from "./botocore-model.ts";
import type { ServiceCheckTexts } from "./check-texts.ts";
import { specOfDocument } from "./load-spec.ts";
import { extractFamily } from "./model-family.ts";
import { endpointVariableOf, type ModelFile, type ProtocolOnlyService } from "./service-descriptor.ts";
import type { Spec } from "./spec-model.ts";
import { extractStatements } from "./statements.ts";
import { toOpenApi } from "./to-openapi.ts";

/** A model file the suite cannot certify from, or operations it cannot take from it: the message says which and why. */
export class ModelFileError extends Error {
  override name = "ModelFileError";
}

/** The largest model file read, and the largest JSON a gzipped one may inflate to: botocore's largest model is a few MiB. */
export const MAX_MODEL_BYTES = 64 * 1024 * 1024;

/** A model file as read: the model, the file's sha256, and the botocore release it sits in, where it sits in one. */
export interface ReadModelFile {
  model: ServiceModel;
  sha256: string;
  /** sha256 of its JSON (the file inflated, where it is gzipped). */
  jsonSha256: string;
  botocoreVersion: string | undefined;
}

/** Reads a botocore model file (service-2.json, or .json.gz), bounded; throws ModelFileError saying what is wrong with it. */
export function readModelFile(path: string): ReadModelFile {
  const bytes = boundedRead(path);
  let json: Buffer;
  try {
    json = path.endsWith(".gz") || (bytes[0] === 0x1f && bytes[1] === 0x8b) ? gunzipSync(bytes, { maxOutputLength: MAX_MODEL_BYTES }) : bytes;
  } catch (error) {
    throw new ModelFileError(`${path} does not inflate as gzip within ${MAX_MODEL_BYTES / 1024 / 1024} MiB: ${(error as Error).message}`);
  }
  const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");
  return { model: parseModel(json, path), sha256: sha256(bytes), jsonSha256: sha256(json), botocoreVersion: botocoreAbove(path) };
}

/** A botocore service model from its JSON; throws ModelFileError when it is not JSON or not shaped as one. */
export function parseModel(json: Buffer, path: string): ServiceModel {
  let model: ServiceModel;
  try {
    model = JSON.parse(json.toString("utf8")) as ServiceModel;
  } catch (error) {
    throw new ModelFileError(`${path} is not a botocore service model: ${(error as Error).message}`);
  }
  const object = (value: unknown): boolean => typeof value === "object" && value !== null && !Array.isArray(value);
  if (!object(model) || !object(model.operations) || !object(model.shapes) || !object(model.metadata))
    throw new ModelFileError(`${path} is not a botocore service model: it lacks metadata, operations or shapes`);
  return model;
}

function boundedRead(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new ModelFileError(`cannot read the model file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ModelFileError(`${path} is not a file: name a botocore service-2.json or service-2.json.gz`);
    if (stat.size > MAX_MODEL_BYTES) throw new ModelFileError(`${path} is ${stat.size} bytes, more than any AWS model (at most ${MAX_MODEL_BYTES} read)`);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof ModelFileError) throw error;
    throw new ModelFileError(`cannot read the model file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** `__version__` of the botocore package in `directory`, read from its __init__.py (no Python needed). */
export function botocoreVersionAt(directory: string): string | undefined {
  try {
    return /^__version__\s*=\s*['"]([^'"]+)['"]/m.exec(readText(join(directory, "__init__.py")))?.[1];
  } catch {
    return undefined;
  }
}

/** The version of the botocore release a model file sits in (…/botocore/data/<service>/<version>/file), if any. */
export function botocoreAbove(path: string): string | undefined {
  let directory = dirname(path);
  for (let up = 0; up < 4; up++) {
    if (basename(directory) === "botocore") return botocoreVersionAt(directory);
    directory = dirname(directory);
  }
  return undefined;
}

function readText(path: string): string {
  const fd = openSync(path, "r");
  try {
    const bytes = Buffer.alloc(Math.min(fstatSync(fd).size, 1024 * 1024));
    return bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Whether the model speaks botocore's rest-json (Smithy's restJson1), the only protocol the suite sends and judges. */
function speaksRestJson(model: ServiceModel): boolean {
  const { protocol, protocols } = model.metadata as ServiceModel["metadata"] & { protocols?: unknown };
  return protocol === "rest-json" || (Array.isArray(protocols) && protocols.includes("rest-json"));
}

/**
 * Errors that may refuse a call for the state it meets where the suite knows nothing of the service's state: every
 * error the model gives a client status other than 400 (an input error) and 429 (throttling, retried) — nothing to
 * find (404), a conflict (409), no access (403), a quota (402). An implementation may check them before the input.
 */
export function stateErrorsOf(model: ServiceModel): string[] {
  return Object.entries(model.shapes)
    .filter(([, shape]) => {
      const status = errorStatus(shape);
      return shape.exception === true && status >= 401 && status < 500 && status !== 429;
    })
    .map(([name]) => name)
    .sort();
}

/** A protocol-only descriptor of a model's service, from its metadata: its signing name, endpoint prefix, service id and title. */
export function protocolServiceOf(model: ServiceModel, path: string, operations: readonly string[]): ProtocolOnlyService {
  const { metadata } = model;
  const signingName = metadata.signingName ?? metadata.endpointPrefix;
  return {
    name: signingName,
    title: metadata.serviceFullName,
    operations,
    referencePages: {},
    endpoint: { signingName, variable: endpointVariableOf(metadata.serviceId), prefix: metadata.endpointPrefix },
    stateErrors: stateErrorsOf(model),
    protocolOnly: `${metadata.serviceFullName} is certified from the model file ${path}: the suite plays no member-invitation family of it, so it certifies protocol and shapes`,
  };
}

/** An operation the suite cannot take from the model, and why. */
export interface LeftOut {
  operation: string;
  why: string;
}

/**
 * What the layers above the spec cannot do with one operation's spec (draw its inputs, say), or undefined: asked of
 * each operation, so that one the suite cannot play is left out, or named, rather than failing the run.
 */
export type OperationProblem = (spec: Spec) => string | undefined;

/**
 * Why the suite cannot certify an operation of the model (a payload body, a recursive shape, a query part in its URI,
 * what `problem` finds), or undefined.
 */
export function unsupportedBy(model: ServiceModel, operation: string, problem: OperationProblem = () => undefined): string | undefined {
  try {
    const document = toOpenApi(extractFamily(model, [operation]), {});
    return problem(specOfDocument(document, "", protocolServiceOf(model, "", [operation])));
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The spec of a model file's operations (`operations` in any order, as the model names them; all it has when absent,
 * less those the suite cannot read, said in `modelFile.leftOut`). Throws ModelFileError for a file it cannot read, a
 * protocol other than rest-json, an operation the model lacks or one named that the suite cannot read.
 */
export function modelFileSpec(path: string, asked: readonly string[] | undefined, problem?: OperationProblem): Spec {
  const read = readModelFile(path);
  const { model } = read;
  if (!speaksRestJson(model))
    throw new ModelFileError(
      `${path} is a model of the ${String(model.metadata.protocol)} protocol: the suite sends and judges rest-json (restJson1) only, so it cannot certify ${model.metadata.serviceFullName ?? "this service"}`,
    );
  const all = Object.keys(model.operations);
  if (asked !== undefined) {
    const unknown = asked.filter((name) => !all.includes(name));
    if (unknown.length > 0)
      throw new ModelFileError(`${path} has no operation ${unknown.map((n) => JSON.stringify(n)).join(", ")}: ${suggest(unknown[0]!, all)}`);
    if (asked.length === 0) throw new ModelFileError("--operations names no operation");
  }
  const candidates = asked === undefined ? all : all.filter((name) => asked.includes(name));
  const leftOut: LeftOut[] = candidates.flatMap((operation) => {
    const why = unsupportedBy(model, operation, problem);
    return why === undefined ? [] : [{ operation, why }];
  });
  if (asked !== undefined && leftOut.length > 0)
    throw new ModelFileError(
      `the suite cannot certify ${leftOut.map((l) => `${l.operation} (${l.why})`).join("; ")}: leave ${leftOut.length > 1 ? "them" : "it"} out of --operations`,
    );
  const operations = candidates.filter((name) => !leftOut.some((l) => l.operation === name));
  if (operations.length === 0)
    throw new ModelFileError(
      `the suite can certify none of the operations of ${path}: ${leftOut
        .slice(0, 3)
        .map((l) => `${l.operation} (${l.why})`)
        .join("; ")}`,
    );
  let spec: Spec;
  try {
    const extract = extractFamily(model, operations);
    const document = toOpenApi(extract, {});
    const statements = extractStatements(extract, {}, model.metadata.serviceFullName);
    const modelFile: ModelFile = {
      path,
      sha256: read.sha256,
      botocoreVersion: read.botocoreVersion,
      operations,
      leftOut,
      statements,
      checkTexts: checkTextsOf(extract),
    };
    const text = `${JSON.stringify(document, null, 2)}\n`;
    spec = specOfDocument(document, createHash("sha256").update(text).digest("hex"), { ...protocolServiceOf(model, path, operations), modelFile });
  } catch (error) {
    throw new ModelFileError(`the suite cannot certify these operations of ${path} together: ${(error as Error).message}`);
  }
  // AWS clients know every error of the service by name, whichever operation the model lists it for.
  const errors = new Map(Object.entries(model.shapes).flatMap(([name, shape]) => (shape.exception ? [[name, errorStatus(shape)] as const] : [])));
  return { ...spec, errors: new Map([...errors, ...spec.errors]) };
}

/**
 * What a model says for the checks beyond their service-neutral patterns: the syntax of a structure nested in an input
 * (`AccountDetail.model.*.syntax`) is enforced as the input's own is, of one nested in an output as the output's is —
 * as the built-in services' texts say it by hand. Its other statements are beyond protocol and shapes.
 */
export function checkTextsOf(model: ServiceModel): ServiceCheckTexts {
  const nested = (direction: "input" | "output"): string[] => {
    const found = new Set<string>();
    const visit = (name: string): void => {
      const shape = shapeOf(model, name);
      if (shape.type === "structure") {
        if (found.has(name)) return;
        found.add(name);
      }
      for (const ref of [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value]) if (ref) visit(ref.shape);
    };
    for (const operation of Object.values(model.operations)) {
      const top = operation[direction];
      if (top) for (const ref of Object.values(shapeOf(model, top.shape).members ?? {})) visit(ref.shape);
    }
    const topLevel = new Set(Object.values(model.operations).flatMap((o) => [o.input?.shape, o.output?.shape]));
    return [...found]
      .filter((name) => !topLevel.has(name))
      .sort()
      .map((name) => `${name}.model.*.syntax`);
  };
  const inputs = nested("input");
  const outputs = nested("output");
  return {
    checks: {
      "status-codes/no-5xx-for-valid-input": { statements: inputs },
      "status-codes/model-constraint-enforced": { statements: inputs },
      "success-shapes/schema": { statements: outputs },
    },
    untested: [],
  };
}

/** A hint for an operation name the model lacks: the names it has that differ only in case, else how many it has. */
function suggest(name: string, all: readonly string[]): string {
  const close = all.filter((other) => other.toLowerCase() === name.toLowerCase());
  if (close.length > 0) return `did you mean ${close.join(" or ")}?`;
  return `it has ${all.length} operations (${all.slice(0, 5).join(", ")}${all.length > 5 ? " …" : ""})`;
}
