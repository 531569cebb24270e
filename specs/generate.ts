/**
 * Writes specs/securityhub.openapi.json from the AWS model; `--check` exits 1 when the committed file is stale.
 * Usage: tsx specs/generate.ts [--check] [--model PATH]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_PATH, readServiceModel } from "./botocore-model.ts";
import { renderOpenApi, SPEC_PATH } from "./render.ts";

const { values } = parseArgs({ options: { check: { type: "boolean" }, model: { type: "string" } } });
const modelPath = values.model ?? DEFAULT_MODEL_PATH;
const text = renderOpenApi(readServiceModel(modelPath));
if (values.check) {
  const committed = readFileSync(SPEC_PATH, "utf8");
  if (committed !== text) {
    console.error("specs/securityhub.openapi.json is stale: run `npm run spec:generate` and commit the result.");
    process.exit(1);
  }
  console.log("specs/securityhub.openapi.json is up to date.");
} else {
  writeFileSync(SPEC_PATH, text);
  console.log(`wrote ${SPEC_PATH.pathname}`);
}
