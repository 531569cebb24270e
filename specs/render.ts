import { readFileSync } from "node:fs";
import type { ServiceModel } from "./botocore-model.ts";
import { type BuiltInService, specFile } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";
import { extractStatements, type Statement } from "./statements.ts";
import { toOpenApi } from "./to-openapi.ts";

/** Security Hub's OpenAPI document and statements, which the suite reads unless told another service. */
export const SPEC_PATH = specFile(SECURITY_HUB, "openApi");
export const STATEMENTS_PATH = specFile(SECURITY_HUB, "statements");

/** The exact text of the committed spec for a service's model: stable key order, two-space indent, final newline. */
export function renderOpenApi(model: ServiceModel, service: BuiltInService = SECURITY_HUB): string {
  return `${JSON.stringify(toOpenApi(model, service), null, 2)}\n`;
}

/** The reference pages the suite holds of a service, by operation, as captured (specs/sources/). */
export function readReferencePages(service: BuiltInService = SECURITY_HUB, directory = new URL("./sources/", import.meta.url)): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.referencePages).map(([operation, page]) => [operation, readFileSync(new URL(page.file, directory), "utf8")]),
  );
}

/** The exact text of the committed statements for a model and the reference pages: one statement per line. */
export function renderStatements(model: ServiceModel, pages: Readonly<Record<string, string>>, service: BuiltInService = SECURITY_HUB): string {
  const statements: Statement[] = extractStatements(model, pages, service.title);
  return `[\n${statements.map((s) => `  ${JSON.stringify(s)}`).join(",\n")}\n]\n`;
}
