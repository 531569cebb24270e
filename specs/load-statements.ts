/**
 * A service's statements of its documentation: those committed beside a built-in service's model (Security Hub's
 * specs/statements.json), read once per process, or those of the model file a service was made from at run time.
 */
import { readFileSync } from "node:fs";
import { isBuiltIn, type Service, specFile } from "./service-descriptor.ts";
import type { Statement } from "./statements.ts";

const cached = new Map<string, readonly Statement[]>();

export function loadStatements(service: Service): readonly Statement[] {
  if (service.modelFile) return service.modelFile.statements;
  if (!isBuiltIn(service)) throw new Error(`${service.title} was made neither from a model file nor from the suite's files: it has no statements`);
  let statements = cached.get(service.name);
  if (!statements) cached.set(service.name, (statements = JSON.parse(readFileSync(specFile(service, "statements"), "utf8")) as Statement[]));
  return statements;
}
