import { readFileSync } from "node:fs";
import type { ServiceModel } from "./botocore-model.ts";
import { extractStatements, type Statement } from "./statements.ts";
import { toOpenApi } from "./to-openapi.ts";

export const SPEC_PATH = new URL("./securityhub.openapi.json", import.meta.url);
export const STATEMENTS_PATH = new URL("./statements.json", import.meta.url);

/** The exact text of the committed spec for a model: stable key order, two-space indent, final newline. */
export function renderOpenApi(model: ServiceModel): string {
  return `${JSON.stringify(toOpenApi(model, "specs/sources/securityhub-members.service-2.json"), null, 2)}\n`;
}

/** The reference pages the suite holds, by operation, as captured (specs/sources/). */
export function readReferencePages(directory = new URL("./sources/", import.meta.url)): Record<string, string> {
  const read = (operation: string): string => readFileSync(new URL(`${operation}.reference-page.txt`, directory), "utf8");
  return { InviteMembers: read("InviteMembers"), DeclineInvitations: read("DeclineInvitations") };
}

/** The exact text of the committed statements for a model and the reference pages: one statement per line. */
export function renderStatements(model: ServiceModel, pages: Readonly<Record<string, string>>): string {
  const statements: Statement[] = extractStatements(model, pages);
  return `[\n${statements.map((s) => `  ${JSON.stringify(s)}`).join(",\n")}\n]\n`;
}
