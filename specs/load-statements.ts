/** A service's committed statements of the documentation (Security Hub's specs/statements.json unless told another), once per process. */
import { readFileSync } from "node:fs";
import { specFile, type ServiceDescriptor } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";
import type { Statement } from "./statements.ts";

const cached = new Map<string, readonly Statement[]>();

export function loadStatements(service: ServiceDescriptor = SECURITY_HUB): readonly Statement[] {
  let statements = cached.get(service.name);
  if (!statements) cached.set(service.name, (statements = JSON.parse(readFileSync(specFile(service, "statements"), "utf8")) as Statement[]));
  return statements;
}
