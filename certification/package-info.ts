/** The suite's own name and version, for the certificate: read from the package.json above this module. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface PackageInfo {
  name: string;
  version: string;
  /** The directory holding package.json. */
  root: string;
}

let cached: PackageInfo | undefined;

/** Walks up from this module, so the answer is the same from the TypeScript sources and from the compiled dist/. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, "package.json"))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error("securityhub-conformance: no package.json above the installed modules");
    directory = parent;
  }
  const { name, version } = JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as { name: string; version: string };
  cached = { name, version, root: directory };
  return cached;
}
