/**
 * `npm run mutation -- [--runs N] [--seed S] [--fail-fast]`: certifies every variant of the catalogue and
 * prints the matrix and `mutation score: killed K/N; false alarms F/V`. Exit 1 unless every faulty variant
 * is killed and no tolerant one raises an alarm.
 */
import { parseArgs } from "node:util";
import { attachNegativeNumbers } from "./negative-numbers.ts";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import { certifyVariant, mutationScore, type MutationRow } from "../variants/mutation.ts";
import { defaultSeed, RUN_DEFAULTS, runsPerScenario } from "../conformance/run-config.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { ALL_VARIANTS } from "../variants/index.ts";

const USAGE = `usage: ${invocation("mutation")} [--runs N] [--seed S] [--fail-fast] [--only NAME,…]
  certifies every variant of the catalogue (or the --only ones): ${ALL_VARIANTS.map((v) => v.name).join(", ")}`;
let values: { runs?: string; seed?: string; "fail-fast"?: boolean; only?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    args: attachNegativeNumbers(process.argv.slice(2)),
    options: {
      runs: { type: "string" },
      seed: { type: "string" },
      "fail-fast": { type: "boolean" },
      only: { type: "string" },
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
const only = values.only?.split(",").map((s) => s.trim());
const variants = ALL_VARIANTS.filter((v) => !only || only.includes(v.name));
const unknown = only?.filter((name) => !ALL_VARIANTS.some((v) => v.name === name)) ?? [];
if (unknown.length > 0) {
  exitWithUsageError("mutation", `no variant named ${unknown.join(", ")}`, USAGE);
}

const spec = await loadSpec();
console.log(`certifying ${variants.length} variants (seed ${seed}, ${runsPerScenario(runs)}${values["fail-fast"] ? ", fail-fast" : ""})\n`);
console.log(`${"variant".padEnd(34)} ${"kind".padEnd(9)} ${"expected".padEnd(10)} ${"verdict".padEnd(10)} ${"caught by".padEnd(44)} seconds`);
const rows: MutationRow[] = [];
for (const variant of variants) {
  const row = await certifyVariant(spec, variant, { runs, seed, failFast: values["fail-fast"] === true });
  rows.push(row);
  const ok = row.verdict === row.expected;
  const caught = row.caughtBy
    ? `${row.caughtBy}${row.kind === "faulty" && !row.expectedCheckFound ? ` (named: ${variant.caughtBy})` : ""}`
    : (row.error ?? "-");
  console.log(
    `${ok ? " " : "✗"}${row.variant.padEnd(33)} ${row.kind.padEnd(9)} ${row.expected.padEnd(10)} ${row.verdict.padEnd(10)} ${caught.padEnd(44)} ${row.seconds.toFixed(1).padStart(6)}`,
  );
}
const score = mutationScore(rows);
// A variant's handler that throws is answered 500 and told here once, not as a warning with its stack per request.
const crashing = rows.filter((row) => row.handlerFaults > 0);
if (crashing.length > 0)
  console.log(`\nhandlers that threw (answered 500 InternalException): ${crashing.map((row) => `${row.variant} ${row.handlerFaults} times`).join(", ")}`);
console.log(`\nmutation score: killed ${score.killed}/${score.faulty}; false alarms ${score.falseAlarms}/${score.tolerant}`);
process.exit(score.killed === score.faulty && score.falseAlarms === 0 ? 0 : 1);
