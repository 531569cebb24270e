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
import {
  compareVersions,
  installedModels,
  MACHINE_SEARCH,
  namedModel,
  readInstalledModel,
  SERVICE,
  type InstalledModel,
  type Search,
} from "./installed-botocore.ts";

export interface VendorOptions {
  /** A service-2.json(.gz) or botocore folder; else the newest model the search finds. */
  from: string | undefined;
  /** The day recorded as taken, YYYY-MM-DD. */
  date: string;
  search: Search;
  /** Where the extract and its provenance are written. */
  modelPath: string | URL;
  provenancePath: string | URL;
}

/** Writes the extract and its provenance; throws with a readable message when there is no usable model. */
export function vendorModel(options: VendorOptions): { source: InstalledModel; provenance: ModelProvenance } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`--date ${options.date}: give the day as YYYY-MM-DD`);
  let chosen: InstalledModel | undefined;
  if (options.from) chosen = namedModel(options.from);
  else {
    const found = installedModels(options.search).filter((model) => model.botocoreVersion !== undefined);
    chosen = found.sort((a, b) => compareVersions(b.botocoreVersion!, a.botocoreVersion!))[0];
    if (!chosen) throw new Error("found no botocore holding the Security Hub model on this machine: name one with --from PATH");
  }
  const source = readInstalledModel(chosen);
  if (!source.botocoreVersion)
    throw new Error(`${source.path} is not inside a botocore release, so its version is unknown: name the model inside its botocore folder`);
  const missing = missingOperations(source.model);
  if (missing.length > 0) throw new Error(`${source.path} lacks ${missing.join(", ")}: it is not a Security Hub model the suite can use`);
  const extract = renderExtract(extractFamily(source.model));
  const provenance: ModelProvenance = {
    service: SERVICE,
    serviceId: source.model.metadata.serviceId,
    apiVersion: source.model.metadata.apiVersion,
    botocoreVersion: source.botocoreVersion,
    sourceFile: source.sourceFile,
    sourceSha256: source.sha256,
    sourceJsonSha256: source.jsonSha256,
    vendoredOn: options.date,
    extractFile: basename(fileURLToPath(DEFAULT_MODEL_PATH)),
    extractSha256: createHash("sha256").update(extract).digest("hex"),
  };
  writeFileSync(options.modelPath, extract);
  writeFileSync(options.provenancePath, `${JSON.stringify(provenance, null, 2)}\n`);
  return { source, provenance };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values } = parseArgs({ options: { from: { type: "string" }, date: { type: "string" } } });
    const { source, provenance } = vendorModel({
      from: values.from,
      date: values.date ?? new Date().toISOString().slice(0, 10),
      search: MACHINE_SEARCH,
      modelPath: DEFAULT_MODEL_PATH,
      provenancePath: PROVENANCE_PATH,
    });
    console.log(`wrote specs/sources/${provenance.extractFile} from botocore ${provenance.botocoreVersion} (${source.where}: ${source.path})`);
    console.log(`wrote specs/sources/${basename(fileURLToPath(PROVENANCE_PATH))}`);
    console.log("now run `npm run spec:generate`, and follow what changed through the checks (npm test says where)");
  } catch (error) {
    console.error(`spec:vendor: ${(error as Error).message}\nusage: npm run spec:vendor -- [--from PATH] [--date YYYY-MM-DD]`);
    process.exit(2);
  }
}
