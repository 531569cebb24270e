/**
 * The copies of a service's AWS model (Security Hub's unless told another) a machine holds, in the botocore
 * installations it has: the one the `python3` on PATH imports, Debian's python3-botocore, the copy the Google Cloud SDK
 * bundles, or a file or folder named on the command line. Used by `npm run spec:vendor` and `npm run spec:check`, never
 * by a run or a test of the suite: a clean clone in CI may have none of them.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { ServiceModel } from "../specs/botocore-model.ts";
import type { BuiltInService } from "../specs/service-descriptor.ts";
import { SECURITY_HUB } from "../specs/services/index.ts";

/** Where botocore keeps a service's model: `data/<name>/<apiVersion>/`. */
export type BotocoreService = Pick<BuiltInService, "name" | "model">;

/** Where botocore is often installed besides the Python on PATH. */
export const KNOWN_BOTOCORE_DIRECTORIES = [
  { where: "Debian's python3-botocore", directory: "/usr/lib/python3/dist-packages/botocore" },
  { where: "the Google Cloud SDK's botocore", directory: "/usr/lib/google-cloud-sdk/lib/third_party/botocore" },
];

export interface InstalledModel {
  /** How it was found, for people: "python3's botocore (pyenv)". */
  where: string;
  /** The model file: service-2.json or service-2.json.gz. */
  path: string;
  /** The botocore release holding it, when the file is inside one. */
  botocoreVersion: string | undefined;
}

export interface ReadModel extends InstalledModel {
  model: ServiceModel;
  /** The file's path inside its botocore release, e.g. `botocore/data/securityhub/2018-10-26/service-2.json.gz`. */
  sourceFile: string;
  sha256: string;
  jsonSha256: string;
}

/** The service's model in a botocore folder, if it has one. */
export function modelInBotocore(directory: string, where: string, service: BotocoreService = SECURITY_HUB): InstalledModel | undefined {
  const folder = join(directory, "data", service.name, service.model.apiVersion);
  const path = ["service-2.json.gz", "service-2.json"].map((name) => join(folder, name)).find((candidate) => existsSync(candidate));
  return path ? { where, path, botocoreVersion: botocoreVersionAt(directory) } : undefined;
}

/** `__version__` of the botocore package in `directory`, read from its __init__.py (no Python needed). */
export function botocoreVersionAt(directory: string): string | undefined {
  const init = join(directory, "__init__.py");
  if (!existsSync(init)) return undefined;
  return /^__version__\s*=\s*['"]([^'"]+)['"]/m.exec(readFileSync(init, "utf8"))?.[1];
}

/** The botocore folder the `python` command imports, or undefined when it has none (or there is no such command). */
export function pythonBotocore(python: string): string | undefined {
  const ran = spawnSync(python, ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"], { encoding: "utf8", timeout: 20_000 });
  const directory = ran.status === 0 ? ran.stdout.trim() : "";
  return directory && existsSync(directory) ? directory : undefined;
}

export interface Search {
  /** The Python whose botocore is looked at; undefined: none. */
  python: string | undefined;
  directories: readonly { where: string; directory: string }[];
}

export const MACHINE_SEARCH: Search = { python: "python3", directories: KNOWN_BOTOCORE_DIRECTORIES };

/** Every model of the service the search finds, each file once. */
export function installedModels(search: Search = MACHINE_SEARCH, service: BotocoreService = SECURITY_HUB): InstalledModel[] {
  const found: InstalledModel[] = [];
  const python = search.python ? pythonBotocore(search.python) : undefined;
  if (python) {
    const model = modelInBotocore(python, `${search.python}'s botocore`, service);
    if (model) found.push(model);
  }
  for (const { where, directory } of search.directories) {
    const model = existsSync(directory) ? modelInBotocore(directory, where, service) : undefined;
    if (model) found.push(model);
  }
  const seen = new Set<string>();
  return found.filter((model) => {
    const real = realpathSync(model.path);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** A model named on the command line: a service-2.json(.gz), or a botocore folder holding the service's. */
export function namedModel(path: string, service: BotocoreService = SECURITY_HUB): InstalledModel {
  if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
  if (statSync(path).isDirectory()) {
    const model = modelInBotocore(path, path, service);
    if (!model) throw new Error(`${path} holds no data/${service.name}/${service.model.apiVersion}/service-2.json(.gz): is it a botocore folder?`);
    return model;
  }
  return { where: path, path, botocoreVersion: botocoreAbove(path) };
}

/** The version of the botocore release a model file sits in (…/botocore/data/<service>/<version>/file), if any. */
function botocoreAbove(path: string): string | undefined {
  let directory = dirname(path);
  for (let up = 0; up < 4; up++) {
    if (basename(directory) === "botocore") return botocoreVersionAt(directory);
    directory = dirname(directory);
  }
  return undefined;
}

/** Reads a found model: its JSON (decompressed where gzipped) and the hashes its provenance records. */
export function readInstalledModel(found: InstalledModel): ReadModel {
  const bytes = readFileSync(found.path);
  const json = found.path.endsWith(".gz") ? gunzipSync(bytes) : bytes;
  let model: ServiceModel;
  try {
    model = JSON.parse(json.toString("utf8")) as ServiceModel;
  } catch (error) {
    throw new Error(`${found.path} is not a botocore service model: ${(error as Error).message}`);
  }
  if (typeof model.operations !== "object" || typeof model.shapes !== "object" || typeof model.metadata !== "object")
    throw new Error(`${found.path} is not a botocore service model: it lacks metadata, operations or shapes`);
  const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");
  const slashed = found.path.replace(/\\/g, "/");
  const at = slashed.lastIndexOf("botocore/data/");
  return {
    ...found,
    model,
    sourceFile: at === -1 ? basename(slashed) : slashed.slice(at),
    sha256: sha256(bytes),
    jsonSha256: sha256(json),
  };
}

/** Compares dotted release numbers (1.43.11 > 1.34.22): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string): number[] => version.split(".").map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
