/**
 * Writes each service's OpenAPI document (specs/securityhub.openapi.json, specs/guardduty.openapi.json,
 * specs/macie2.openapi.json) from its AWS model, and its statements (specs/statements.json, specs/<service>.statements.json) from the model and the reference
 * pages the suite holds; `--check` exits 1 when a committed file is stale.
 * Usage: tsx specs/generate.ts [--check] [--service NAME] [--model PATH]   (--model: that service's model, Security Hub's by default)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { readServiceModel } from "./botocore-model.ts";
import { assertValidOpenApi } from "./openapi-validity.ts";
import { readReferencePages, renderOpenApi, renderStatements } from "./render.ts";
import { specFile } from "./service-descriptor.ts";
import type { BuiltInService } from "./service-descriptor.ts";
import { BUILT_IN_SERVICES, SECURITY_HUB, serviceNamed } from "./services/index.ts";

const USAGE = "usage: npm run spec:generate -- [--check] [--service NAME] [--model PATH]";
let values: { check?: boolean; service?: string; model?: string };
let services: readonly BuiltInService[];
try {
  values = parseArgs({ options: { check: { type: "boolean" }, service: { type: "string" }, model: { type: "string" } } }).values;
  services = values.service ? [serviceNamed(values.service)] : values.model ? [SECURITY_HUB] : BUILT_IN_SERVICES;
} catch (error) {
  console.error(`spec:generate: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const root = fileURLToPath(new URL("..", import.meta.url));
let stale = false;
for (const service of services) {
  const model = readServiceModel(values.model ?? specFile(service, "extract"));
  const outputs = [
    { path: specFile(service, "openApi"), text: renderOpenApi(model, service) },
    { path: specFile(service, "statements"), text: renderStatements(model, readReferencePages(service), service) },
  ];
  const name = (path: URL): string => relative(root, fileURLToPath(path));
  // Runs read the document without validating it again: it must be valid when it is written.
  await assertValidOpenApi(JSON.parse(outputs[0]!.text), `the generated ${name(outputs[0]!.path)}`);
  for (const { path, text } of outputs) {
    if (values.check) {
      const fresh = readFileSync(path, "utf8") === text;
      if (!fresh) console.error(`${name(path)} is stale: run \`npm run spec:generate\` and commit the result.`);
      else console.log(`${name(path)} is up to date.`);
      stale ||= !fresh;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${name(path)}`);
    }
  }
}
process.exit(stale ? 1 : 0);
