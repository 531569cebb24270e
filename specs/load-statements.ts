/** A service's committed statements of the documentation (Security Hub's specs/statements.json unless told another), once per process. */
import { readFileSync } from "node:fs";
import { type BuiltInService, isBuiltIn, specFile } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";
import type { Spec } from "./spec-model.ts";
import type { Statement } from "./statements.ts";

const cached = new Map<string, readonly Statement[]>();

export function loadStatements(service: BuiltInService = SECURITY_HUB): readonly Statement[] {
  let statements = cached.get(service.name);
  if (!statements) cached.set(service.name, (statements = JSON.parse(readFileSync(specFile(service, "statements"), "utf8")) as Statement[]));
  return statements;
}

/** The statements of a spec's documentation: those of the model file it was made from, else its service's committed ones. */
export function specStatements(spec: Spec): readonly Statement[] {
  if (spec.modelFile) return spec.modelFile.statements;
  if (!isBuiltIn(spec.service)) throw new Error(`${spec.service.title}'s spec was made neither from a model file nor from the suite's files`);
  return loadStatements(spec.service);
}
