/**
 * `npm run mutation -- [--service NAME] [--runs N] [--seed S] [--fail-fast] [--only NAME,…] [--jobs N]`: certifies every
 * variant of a service's catalogue (Security Hub's by default) and prints the matrix, `mutation score: killed K/N; false alarms F/V` and how many enforced statements
 * a killed variant proves, naming each other one with why. Exit 1 unless every faulty variant is killed, no tolerant
 * one raises an alarm, and every statement a variant claims to break its run proved.
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { attachNegativeNumbers } from "./negative-numbers.ts";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import { matchesPattern } from "../checks/traceability.ts";
import { certifyVariants, mutationScore, proofOfRows, type MutationRow } from "../variants/mutation.ts";
import { defaultSeed, RUN_DEFAULTS, runsPerScenario } from "../conformance/run-config.ts";
import { loadServiceSpec } from "../specs/load-spec.ts";
import { SERVICES } from "../specs/services/index.ts";
import { catalogueOf, variantNamesInWords } from "../variants/index.ts";
import type { AnyVariant } from "../variants/variant.ts";

/** Faulty variants certified at once: their runs mostly wait (settle, retries), so two per core keep the cores busy. */
const DEFAULT_JOBS = 2 * availableParallelism();

/** The services with a variant catalogue. */
const CATALOGUED = SERVICES.filter((s) => catalogueOf(s.name) !== undefined).map((s) => s.name);

const USAGE = `usage: ${invocation("mutation")} [--service NAME] [--runs N] [--seed S] [--fail-fast] [--only NAME,…] [--jobs N]
  certifies every variant of the service's catalogue (or the --only ones; * stands for any run of characters)
  --service NAME  ${CATALOGUED.join(" or ")} (default securityhub); Security Hub's catalogue: ${variantNamesInWords()}
  --jobs N        faulty variants certified at once (default ${DEFAULT_JOBS}, two per core); tolerant ones run one at a time`;
let values: { service?: string; runs?: string; seed?: string; "fail-fast"?: boolean; only?: string; jobs?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    args: attachNegativeNumbers(process.argv.slice(2)),
    options: {
      service: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      "fail-fast": { type: "boolean" },
      only: { type: "string" },
      jobs: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (error) {
  exitWithUsageError("mutation", (error as Error).message, USAGE);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(values.runs ?? RUN_DEFAULTS.runs);
const seed = Number(values.seed ?? defaultSeed());
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed) || seed < 0) {
  exitWithUsageError("mutation", "--runs and --seed take whole numbers", USAGE);
}
const jobs = Number(values.jobs ?? DEFAULT_JOBS);
if (!Number.isInteger(jobs) || jobs < 1) exitWithUsageError("mutation", "--jobs takes a whole number of 1 or more", USAGE);
const service = SERVICES.find((s) => s.name === (values.service ?? "securityhub"));
const catalogue = service && catalogueOf(service.name);
if (!service || !catalogue) exitWithUsageError("mutation", `--service takes ${CATALOGUED.join(" or ")}, got ${JSON.stringify(values.service)}`, USAGE);
const ALL_VARIANTS = [...catalogue.faulty, ...catalogue.tolerant];
const only = values.only?.split(",").map((s) => s.trim());
const variants = ALL_VARIANTS.filter((v) => !only || only.some((name) => matchesPattern(name, v.name)));
const unknown = only?.filter((name) => !ALL_VARIANTS.some((v) => matchesPattern(name, v.name))) ?? [];
if (unknown.length > 0) {
  exitWithUsageError("mutation", `no variant named ${unknown.join(", ")}`, USAGE);
}

const spec = await loadServiceSpec(service);
const failFast = values["fail-fast"] === true;
console.log(
  `certifying ${variants.length} variants of ${service.title} (seed ${seed}, ${runsPerScenario(runs)}${failFast ? ", fail-fast" : ""}, ${jobs} faulty at a time)\n`,
);
const width = Math.max(34, ...variants.map((v) => v.name.length + 1));
console.log(`${"variant".padEnd(width)} ${"kind".padEnd(9)} ${"expected".padEnd(10)} ${"verdict".padEnd(10)} ${"caught by".padEnd(44)} seconds`);
const rows = await certifyVariants(spec, variants, { runs, seed, failFast, jobs }, printRow);
const score = mutationScore(rows);
// A variant's handler that throws is answered 500 and told here once, not as a warning with its stack per request.
const crashing = rows.filter((row) => row.handlerFaults > 0);
// The service's own 500 error, as the emulator answers a handler that threw.
const internalError = [...spec.errors].find(([, status]) => status === 500)?.[0] ?? "an internal error";
if (crashing.length > 0)
  console.log(`\nhandlers that threw (answered 500 ${internalError}): ${crashing.map((row) => `${row.variant} ${row.handlerFaults} times`).join(", ")}`);
console.log(`\nmutation score: killed ${score.killed}/${score.faulty}; false alarms ${score.falseAlarms}/${score.tolerant}`);
const claimsHeld = printStatementProof(rows);
process.exit(score.killed === score.faulty && score.falseAlarms === 0 && claimsHeld ? 0 : 1);

function printRow(row: MutationRow, variant: AnyVariant): void {
  const unproven = row.claimed.filter((id) => !row.proven.includes(id));
  const ok = row.verdict === row.expected && unproven.length === 0;
  const caught = row.caughtBy
    ? `${row.caughtBy}${row.kind === "faulty" && !row.expectedCheckFound ? ` (named: ${variant.caughtBy})` : ""}`
    : (row.error ?? "-");
  console.log(
    `${ok ? " " : "✗"}${row.variant.padEnd(width - 1)} ${row.kind.padEnd(9)} ${row.expected.padEnd(10)} ${row.verdict.padEnd(10)} ${caught.padEnd(44)} ${row.seconds.toFixed(1).padStart(6)}`,
  );
  if (unproven.length > 0) console.log(`   claims it did not prove (no failure of ${variant.caughtBy} on their operations): ${unproven.join(", ")}`);
}

/**
 * "statements proven by a killed variant: P of E", and each enforced statement not proven with why; for a run of
 * some variants only, the statements they claim. Whether every claim of the run was proved.
 */
function printStatementProof(rows: readonly MutationRow[]): boolean {
  const proof = proofOfRows(spec.service, rows, variants, catalogue!.unproven);
  const broken = proof.unproven.filter((u) => u.reason.startsWith("claimed by"));
  const whole = catalogue!.faulty.every((v) => variants.includes(v));
  if (whole) {
    console.log(`statements proven by a killed variant: ${proof.proven.size} of ${proof.enforced} enforced`);
    if (proof.unproven.length > 0) console.log(`not proven:\n${proof.unproven.map((u) => `  ${u.statement.id}: ${u.reason}`).join("\n")}`);
  } else {
    const claimed = proof.proven.size + broken.length;
    console.log(
      `statements proven by the variants run: ${proof.proven.size} of the ${claimed} they claim (${proof.enforced} enforced; run every variant for the whole count)`,
    );
    if (broken.length > 0) console.log(`not proven:\n${broken.map((u) => `  ${u.statement.id}: ${u.reason}`).join("\n")}`);
  }
  return broken.length === 0;
}
