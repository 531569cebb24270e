/**
 * Writes specs/securityhub.openapi.json from the AWS model and specs/statements.json from the model and the
 * reference pages; `--check` exits 1 when a committed file is stale.
 * Usage: tsx specs/generate.ts [--check] [--model PATH]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_PATH, readServiceModel } from "./botocore-model.ts";
import { assertValidOpenApi } from "./openapi-validity.ts";
import { readReferencePages, renderOpenApi, renderStatements, SPEC_PATH, STATEMENTS_PATH } from "./render.ts";

const { values } = parseArgs({ options: { check: { type: "boolean" }, model: { type: "string" } } });
const model = readServiceModel(values.model ?? DEFAULT_MODEL_PATH);
const outputs = [
  { path: SPEC_PATH, text: renderOpenApi(model) },
  { path: STATEMENTS_PATH, text: renderStatements(model, readReferencePages()) },
];
// Runs read the document without validating it again: it must be valid when it is written.
await assertValidOpenApi(JSON.parse(outputs[0]!.text), "the generated specs/securityhub.openapi.json");
let stale = false;
for (const { path, text } of outputs) {
  const name = `specs/${path.pathname.split("/").pop()}`;
  if (values.check) {
    const fresh = readFileSync(path, "utf8") === text;
    if (!fresh) console.error(`${name} is stale: run \`npm run spec:generate\` and commit the result.`);
    else console.log(`${name} is up to date.`);
    stale ||= !fresh;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${name}`);
  }
}
process.exit(stale ? 1 : 0);
