/** A service's committed statements of its documentation (Security Hub's specs/statements.json), once per process. */
import { readFileSync } from "node:fs";
import { specFile, type ServiceDescriptor } from "./service-descriptor.ts";
import type { Statement } from "./statements.ts";

const cached = new Map<string, readonly Statement[]>();

export function loadStatements(service: ServiceDescriptor): readonly Statement[] {
  let statements = cached.get(service.name);
  if (!statements) cached.set(service.name, (statements = JSON.parse(readFileSync(specFile(service, "statements"), "utf8")) as Statement[]));
  return statements;
}
