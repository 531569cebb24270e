import type { ServiceModel } from "./botocore-model.ts";
import { toOpenApi } from "./to-openapi.ts";

export const SPEC_PATH = new URL("./securityhub.openapi.json", import.meta.url);

/** The exact text of the committed spec for a model: stable key order, two-space indent, final newline. */
export function renderOpenApi(model: ServiceModel): string {
  return `${JSON.stringify(toOpenApi(model, "specs/sources/securityhub-members.service-2.json"), null, 2)}\n`;
}
