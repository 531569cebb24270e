/**
 * `npm run spec:check -- [--model PATH] [--fail-on-newer] [--docs]`: compares the vendored AWS model
 * (specs/sources/securityhub-members.service-2.json, taken from the botocore release its provenance names) with the
 * Security Hub models this machine holds (python3's botocore, Debian's python3-botocore, the Google Cloud SDK's), or
 * with the service-2.json(.gz) or botocore folder `--model` names, and prints what differs for the family's 15
 * operations. It exits 0 whatever it finds, and when it finds nothing to compare with: CI machines need have no
 * botocore. With `--fail-on-newer` it exits 1 when a newer model (a later botocore release, or one of unknown
 * release) differs from the vendored one: run `npm run spec:vendor` then. A bad option or an unreadable
 * `--model` exits 2.
 */
import { parseArgs } from "node:util";
import { DEFAULT_MODEL_PATH, readServiceModel, type ServiceModel } from "../specs/botocore-model.ts";
import { modelProvenance, type ModelProvenance } from "../specs/model-provenance.ts";
import { compareVersions, installedModels, MACHINE_SEARCH, namedModel, readInstalledModel, type InstalledModel, type Search } from "./installed-botocore.ts";
import { diffFamilies, formatDifferences } from "./model-diff.ts";

export const USAGE = "usage: npm run spec:check -- [--model PATH] [--fail-on-newer] [--docs]";

export interface CheckModelContext {
  /** The vendored model and its provenance. */
  vendored: { model: ServiceModel; provenance: Pick<ModelProvenance, "botocoreVersion" | "sourceSha256" | "vendoredOn"> };
  /** Where to look when no `--model` is given. */
  search: Search;
  log: (line: string) => void;
}

/** Runs the check and answers its exit code: 0 (nothing newer differs, or not asked to fail), 1 (`--fail-on-newer` and a newer model differs), 2 (usage). */
export function checkModel(args: readonly string[], context: CheckModelContext): number {
  const { log, vendored } = context;
  let values: { model?: string | undefined; "fail-on-newer"?: boolean | undefined; docs?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { model: { type: "string" }, "fail-on-newer": { type: "boolean" }, docs: { type: "boolean" } },
    }));
  } catch (error) {
    log(`spec:check: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let candidates: InstalledModel[];
  try {
    candidates = values.model ? [namedModel(values.model)] : installedModels(context.search);
  } catch (error) {
    log(`spec:check: ${(error as Error).message}`);
    return 2;
  }
  const ours = vendored.provenance.botocoreVersion;
  log(`vendored: the model of botocore ${ours} (taken ${vendored.provenance.vendoredOn})`);
  if (candidates.length === 0) {
    log("found no other Security Hub model to compare it with (no botocore for python3, none in the usual places; name one with --model PATH)");
    return 0;
  }
  let newerDiffers = false;
  for (const candidate of candidates) {
    let found: ReturnType<typeof readInstalledModel>;
    try {
      found = readInstalledModel(candidate);
    } catch (error) {
      if (values.model) {
        log(`spec:check: ${(error as Error).message}`);
        return 2;
      }
      log(`skipped ${candidate.path}: ${(error as Error).message}`);
      continue;
    }
    const release = found.botocoreVersion ? `botocore ${found.botocoreVersion}` : "a model of unknown botocore release";
    const order = found.botocoreVersion === undefined ? undefined : compareVersions(found.botocoreVersion, ours);
    const heading = `${release} at ${found.path}${found.where === found.path ? "" : ` (${found.where})`}`;
    const older = order !== undefined && order < 0;
    // An older model found on the machine says nothing new; one named with --model is compared all the same.
    if (older && !values.model) {
      log(`${heading}: older than the vendored model, not compared`);
      continue;
    }
    if (found.sha256 === vendored.provenance.sourceSha256) {
      log(`${heading}: the very file the vendored model was taken from`);
      continue;
    }
    const differences = diffFamilies(vendored.model, found.model);
    if (differences.length === 0) {
      log(`${heading}: the family's operations are the same as in the vendored model`);
      continue;
    }
    const age = older ? "older, and" : order === 0 ? "the same release, yet" : order === undefined ? "of unknown release, and" : "newer, and";
    log(`${heading}: ${age} it differs from the vendored model for the family's operations:`);
    for (const line of formatDifferences(differences, { documentation: values.docs })) log(`  ${line}`);
    newerDiffers ||= !older;
  }
  if (newerDiffers) log("to take the newer model: npm run spec:vendor -- --from PATH, then npm run spec:generate");
  return newerDiffers && values["fail-on-newer"] ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const context: CheckModelContext = {
    vendored: { model: readServiceModel(DEFAULT_MODEL_PATH), provenance: modelProvenance() },
    search: MACHINE_SEARCH,
    log: (line) => console.log(line),
  };
  process.exit(checkModel(process.argv.slice(2), context));
}
