// Whether a clone's compiled dist/ is as new as every file it was built from, so a command may run it instead of the
// sources through tsx (half a second less to start). tools/build.mjs writes the list, last, into the folder it moves
// into place; a file changed, missing or newer than the build, or no list at all, means the sources run.
import { readFileSync, statSync } from "node:fs";

/** The list of a build's inputs, inside the built folder. */
export const BUILD_INPUTS = ".build-inputs.json";

/**
 * @param {string} root the clone's directory, ending in `/`
 * @param {string} built the built folder's name under it
 * @returns {boolean}
 */
export function compiledIsCurrent(root, built = "dist") {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${root}${built}/${BUILD_INPUTS}`, "utf8"));
  } catch {
    return false;
  }
  if (typeof manifest?.builtAt !== "number" || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
  for (const input of manifest.inputs) {
    const stat = statSync(`${root}${input}`, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs >= manifest.builtAt) return false;
  }
  return true;
}
