/**
 * `npm run spec:vendor -- [--from PATH] [--date YYYY-MM-DD]`: takes the member-invitation family out of a botocore
 * Security Hub model (the newest the machine holds, or the service-2.json(.gz) or botocore folder `--from` names) and
 * writes it to specs/sources/securityhub-members.service-2.json, with where it came from beside it
 * (securityhub-members.provenance.json). The same model gives the same extract, byte for byte. Then
 * `npm run spec:generate` derives the OpenAPI document and the statements from it.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_PATH } from "../specs/botocore-model.ts";
import { extractFamily, missingOperations, renderExtract } from "../specs/model-family.ts";
import { PROVENANCE_PATH, type ModelProvenance } from "../specs/model-provenance.ts";
import { compareVersions, installedModels, namedModel, readInstalledModel, SERVICE, type InstalledModel } from "./installed-botocore.ts";

function fail(message: string): never {
  console.error(`spec:vendor: ${message}`);
  process.exit(2);
}

let values: { from?: string | undefined; date?: string | undefined };
try {
  ({ values } = parseArgs({ options: { from: { type: "string" }, date: { type: "string" } } }));
} catch (error) {
  fail(`${(error as Error).message}\nusage: npm run spec:vendor -- [--from PATH] [--date YYYY-MM-DD]`);
}
const date = values.date ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date ${date}: give the day as YYYY-MM-DD`);

let chosen: InstalledModel;
if (values.from) {
  try {
    chosen = namedModel(values.from);
  } catch (error) {
    fail((error as Error).message);
  }
} else {
  const found = installedModels().filter((model) => model.botocoreVersion !== undefined);
  const newest = found.sort((a, b) => compareVersions(b.botocoreVersion!, a.botocoreVersion!))[0];
  if (!newest) fail("found no botocore holding the Security Hub model on this machine: name one with --from PATH");
  chosen = newest;
}
const source = readInstalledModel(chosen);
if (!source.botocoreVersion) fail(`${source.path} is not inside a botocore release, so its version is unknown: name the model inside its botocore folder`);
const missing = missingOperations(source.model);
if (missing.length > 0) fail(`${source.path} lacks ${missing.join(", ")}: it is not a Security Hub model the suite can use`);

const extract = renderExtract(extractFamily(source.model));
const provenance: ModelProvenance = {
  service: SERVICE,
  serviceId: source.model.metadata.serviceId,
  apiVersion: source.model.metadata.apiVersion,
  botocoreVersion: source.botocoreVersion,
  sourceFile: source.sourceFile,
  sourceSha256: source.sha256,
  sourceJsonSha256: source.jsonSha256,
  vendoredOn: date,
  extractFile: basename(fileURLToPath(DEFAULT_MODEL_PATH)),
  extractSha256: createHash("sha256").update(extract).digest("hex"),
};
writeFileSync(DEFAULT_MODEL_PATH, extract);
writeFileSync(PROVENANCE_PATH, `${JSON.stringify(provenance, null, 2)}\n`);
console.log(`wrote specs/sources/${provenance.extractFile} from botocore ${provenance.botocoreVersion} (${source.where}: ${source.path})`);
console.log(`wrote specs/sources/${basename(fileURLToPath(PROVENANCE_PATH))}`);
console.log("now run `npm run spec:generate`, and follow what changed through the checks (npm test says where)");
