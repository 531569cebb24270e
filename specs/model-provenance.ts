/**
 * Where a service's vendored AWS model came from: `specs/sources/<service>-members.provenance.json`, written with the
 * extract by `npm run spec:vendor` and read here, at run time, from the sources or from dist/ (the build copies it
 * beside the compiled module). Certificates, certificate.md and `--version` name the model from it, and nothing else
 * states those facts.
 */
import { readFileSync } from "node:fs";
import { type BuiltInService, specFile } from "./service-descriptor.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";

export interface ModelProvenance {
  /** botocore's name for the service (its folder under botocore/data). */
  service: string;
  serviceId: string;
  apiVersion: string;
  /** The botocore release the model was taken from. */
  botocoreVersion: string;
  /** The model's file inside that release, e.g. `botocore/data/securityhub/2018-10-26/service-2.json.gz`. */
  sourceFile: string;
  /** sha256 of that file as botocore ships it, and of the model's JSON (the file decompressed, where it is gzipped). */
  sourceSha256: string;
  sourceJsonSha256: string;
  /** The day (UTC, YYYY-MM-DD) the extract was taken. */
  vendoredOn: string;
  /** The extract beside this file, and its sha256: the extract is exactly what was taken. */
  extractFile: string;
  extractSha256: string;
}

/** Security Hub's provenance, the one the suite reads unless told another service. */
export const PROVENANCE_PATH = specFile(SECURITY_HUB, "provenance");

const cached = new Map<string, ModelProvenance>();

export function modelProvenance(service: BuiltInService = SECURITY_HUB): ModelProvenance {
  let provenance = cached.get(service.name);
  if (!provenance) cached.set(service.name, (provenance = JSON.parse(readFileSync(specFile(service, "provenance"), "utf8")) as ModelProvenance));
  return provenance;
}

/** What a certificate says of the model it judged by. */
export type ModelName = Pick<ModelProvenance, "service" | "apiVersion" | "botocoreVersion" | "vendoredOn" | "sourceFile" | "sourceSha256">;

export function modelName(of: BuiltInService = SECURITY_HUB): ModelName {
  const { service, apiVersion, botocoreVersion, vendoredOn, sourceFile, sourceSha256 } = modelProvenance(of);
  return { service, apiVersion, botocoreVersion, vendoredOn, sourceFile, sourceSha256 };
}

/** The model in one line, for people: "securityhub 2018-10-26, from botocore 1.43.11 (vendored 2026-12-07)". */
export function modelLine(model: Pick<ModelName, "service" | "apiVersion" | "botocoreVersion" | "vendoredOn">): string {
  return `${model.service} ${model.apiVersion}, from botocore ${model.botocoreVersion} (vendored ${model.vendoredOn})`;
}
