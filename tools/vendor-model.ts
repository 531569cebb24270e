/**
 * `npm run spec:vendor -- [--service NAME] [--from PATH] [--date YYYY-MM-DD]`: takes a service's member-invitation family
 * (Security Hub's unless `--service` names another: `guardduty`) out of its botocore model (the newest the machine
 * holds, or the service-2.json(.gz) or botocore folder `--from` names) and writes it to the extract its descriptor
 * names (specs/sources/<service>-members.service-2.json), with where it came from beside it
 * (<service>-members.provenance.json). The same model gives the same extract, byte for byte. Then
 * `npm run spec:generate` derives the OpenAPI document and the statements from it.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractFamily, missingOperations, renderExtract } from "../specs/model-family.ts";
import type { ModelProvenance } from "../specs/model-provenance.ts";
import { type BuiltInService, specFile } from "../specs/service-descriptor.ts";
import { SECURITY_HUB, serviceNamed } from "../specs/services/index.ts";
import { compareVersions, installedModels, MACHINE_SEARCH, namedModel, readInstalledModel, type InstalledModel, type Search } from "./installed-botocore.ts";

export interface VendorOptions {
  /** The service whose family is taken; Security Hub by default. */
  service?: BuiltInService;
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
  const service = options.service ?? SECURITY_HUB;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`--date ${options.date}: give the day as YYYY-MM-DD`);
  let chosen: InstalledModel | undefined;
  if (options.from) chosen = namedModel(options.from, service);
  else {
    const found = installedModels(options.search, service).filter((model) => model.botocoreVersion !== undefined);
    chosen = found.sort((a, b) => compareVersions(b.botocoreVersion!, a.botocoreVersion!))[0];
    if (!chosen) throw new Error(`found no botocore holding the ${service.title} model on this machine: name one with --from PATH`);
  }
  const source = readInstalledModel(chosen);
  if (!source.botocoreVersion)
    throw new Error(`${source.path} is not inside a botocore release, so its version is unknown: name the model inside its botocore folder`);
  const missing = missingOperations(source.model, service.operations);
  if (missing.length > 0) throw new Error(`${source.path} lacks ${missing.join(", ")}: it is not a ${service.title} model the suite can use`);
  const extract = renderExtract(extractFamily(source.model, service.operations));
  const provenance: ModelProvenance = {
    service: service.name,
    serviceId: source.model.metadata.serviceId,
    apiVersion: source.model.metadata.apiVersion,
    botocoreVersion: source.botocoreVersion,
    sourceFile: source.sourceFile,
    sourceSha256: source.sha256,
    sourceJsonSha256: source.jsonSha256,
    vendoredOn: options.date,
    extractFile: basename(fileURLToPath(specFile(service, "extract"))),
    extractSha256: createHash("sha256").update(extract).digest("hex"),
  };
  writeFileSync(options.modelPath, extract);
  writeFileSync(options.provenancePath, `${JSON.stringify(provenance, null, 2)}\n`);
  return { source, provenance };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { values } = parseArgs({ options: { service: { type: "string" }, from: { type: "string" }, date: { type: "string" } } });
    const service = serviceNamed(values.service ?? SECURITY_HUB.name);
    const { source, provenance } = vendorModel({
      service,
      from: values.from,
      date: values.date ?? new Date().toISOString().slice(0, 10),
      search: MACHINE_SEARCH,
      modelPath: specFile(service, "extract"),
      provenancePath: specFile(service, "provenance"),
    });
    console.log(`wrote specs/sources/${provenance.extractFile} from botocore ${provenance.botocoreVersion} (${source.where}: ${source.path})`);
    console.log(`wrote specs/sources/${basename(fileURLToPath(specFile(service, "provenance")))}`);
    console.log("now run `npm run spec:generate`, and follow what changed through the checks (npm test says where)");
  } catch (error) {
    console.error(`spec:vendor: ${(error as Error).message}\nusage: npm run spec:vendor -- [--service NAME] [--from PATH] [--date YYYY-MM-DD]`);
    process.exit(2);
  }
}
