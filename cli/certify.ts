/**
 * `npm run certify -- [options]`: certifies a target (the embedded reference emulator by default) with the
 * conformance suites, writes the reports and the certificate, and gates on a baseline.
 * Exit 0 certified, 1 findings (or regressions against a baseline), 2 usage error, target unreachable, or a run
 * that is incomplete (a scenario could not run or did not report).
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createVitest, type Vitest } from "vitest/node";
import { TargetError } from "../client/target-errors.ts";
import { RUN_CONFIG_VARIABLE, type RunConfig } from "../conformance/run-config.ts";
import { selected } from "../conformance/run-config.ts";
import { scenariosFor, SUITE_OF_PREFIX } from "../conformance/scenarios/index.ts";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { buildCertificate, compareWithBaseline, runFails, type Certificate } from "../reports/certificate.ts";
import { describeMissing, missingScenarios } from "../reports/run-completeness.ts";
import { formatSummaryTable } from "../reports/summary-table.ts";
import { readBaseline, writeCertificate } from "../reports/write-reports.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { SUITE_FILES } from "../suites/suite-files.ts";
import { cleanUpRealAccounts } from "./cleanup.ts";
import { CERTIFY_USAGE, HelpRequested, parseCertifyOptions, UsageError, type CertifyOptions } from "./certify-options.ts";
import { dryRunPlan } from "./dry-run-plan.ts";
import { preflight, PreflightError } from "./preflight.ts";
import { preflightFailure } from "./preflight-message.ts";
import { ProgressReporter } from "./progress-reporter.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };

function exit(code: 0 | 1 | 2 | 130, message?: string): never {
  if (message) (code === 0 ? console.log : console.error)(message);
  process.exit(code);
}

let options: CertifyOptions;
try {
  options = parseCertifyOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof HelpRequested) exit(0, CERTIFY_USAGE);
  if (error instanceof UsageError) exit(2, `certify: ${error.message}\n${CERTIFY_USAGE}`);
  throw error;
}
const baseline = (() => {
  try {
    return options.baseline === undefined ? undefined : readBaseline(options.baseline);
  } catch (error) {
    return exit(2, `certify: ${(error as Error).message}`);
  }
})();

const spec = await loadSpec();
let emulator: RunningEmulator | undefined;
let endpoint = options.endpoint;
if (endpoint === undefined && !options.dryRun) {
  emulator = await startEmulator();
  endpoint = emulator.url;
}
const config: RunConfig & { endpoint: string } = { ...options, endpoint: endpoint ?? "a free port on 127.0.0.1" };
const scenarios = scenariosFor(spec, config);
if (options.dryRun) exit(0, dryRunPlan(config, scenarios, options.endpoint === undefined));

console.log(`certifying ${emulator ? `the embedded reference emulator at ${config.endpoint}` : config.endpoint}${config.realAccount ? " with REAL AWS ACCOUNTS" : ""}`);
try {
  await preflight(spec, config);
} catch (error) {
  await emulator?.close();
  if (error instanceof TargetError) {
    exit(2, preflightFailure(config.endpoint, error));
  }
  if (error instanceof PreflightError) exit(2, `certify: ${error.message}`);
  throw error;
}

console.log(`seed ${config.seed}, ${config.runs} runs per scenario${config.strict ? ", strict" : ""}${config.only.length ? `, only ${config.only.join(", ")}` : ""}${config.rate ? `, at most ${config.rate} requests/s` : ""}${options.shard ? `, shard ${options.shard}` : ""}\n`);
process.env[RUN_CONFIG_VARIABLE] = JSON.stringify(config);
const reportDir = resolve(options.reportDir);
const reporter = new ProgressReporter();
const startedAt = new Date();
const started = performance.now();

let interrupted = false;
let closing: Promise<void> | undefined;
const signalsBefore = new Set([...process.listeners("SIGINT"), ...process.listeners("SIGTERM")]);
const vitest: Vitest = await createVitest("test", {
  root: ROOT,
  project: ["conformance"],
  watch: false,
  ...(options.shard ? { shard: options.shard } : {}),
  // A request rate is per process, and real-account scenarios share their accounts: one worker, one file at a time.
  ...(config.rate !== undefined || config.realAccount ? { fileParallelism: false, maxWorkers: 1 } : {}),
  reporters: [
    reporter,
    ["junit", { outputFile: join(reportDir, "junit.xml") }],
    ["allure-vitest/reporter", { resultsDir: join(reportDir, "allure-results") }],
  ],
});
// vitest exits on SIGINT by itself; certify must first stop the suites and clean up, so it handles the signal.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  for (const listener of process.listeners(signal)) if (!signalsBefore.has(listener)) process.off(signal, listener);
  process.once(signal, () => {
    interrupted = true;
    console.error(`\n${signal}: stopping the suites${config.realAccount ? " and cleaning up the real accounts" : ""}`);
    closing ??= vitest.close();
  });
}
try {
  await vitest.start();
} catch (error) {
  if (!interrupted) throw error;
}
await (closing ??= vitest.close());
await emulator?.close();

if (config.realAccount) {
  // A request a stopped worker had already written may still land: let it, then undo.
  if (interrupted) await new Promise((resolve) => setTimeout(resolve, 250));
  for (const step of await cleanUpRealAccounts(spec, config).catch((error: Error) => [`cleanup failed: ${error.message}`])) console.log(`cleanup: ${step}`);
}
if (interrupted) exit(130, "certify: interrupted; no certificate written.");

const records = reporter.records;
// What the run planned: the selected scenarios of the suite files vitest was given (all of them, unless sharded).
const planned = scenarios.filter((s) => selected(config, s) && reporter.suiteFiles.has(SUITE_FILES[SUITE_OF_PREFIX[s.name.split("/")[0]!]!]));
const missing = missingScenarios(planned.map((s) => s.name), records, reporter.crashByScenario, reporter.runErrors);
const seconds = (performance.now() - started) / 1000;
console.log(`\n${formatSummaryTable(records, seconds)}`);
const certificate: Certificate = buildCertificate({
  records,
  target: { endpoint: config.endpoint, embeddedEmulator: emulator !== undefined, realAccount: config.realAccount, region: config.region },
  spec: { title: spec.title, apiVersion: spec.apiVersion, sha256: spec.hash },
  suite: { name: PACKAGE.name, version: PACKAGE.version },
  run: { seed: config.seed, runs: config.runs, only: config.only, shard: options.shard, strict: config.strict, startedAt: startedAt.toISOString(), durationSeconds: Math.round(seconds * 10) / 10 },
  missing,
});
if (reporter.crashes.length > 0 && certificate.verdict === "certified") certificate.verdict = "incomplete";
if (baseline) certificate.baseline = compareWithBaseline(certificate, baseline, options.baseline!, options.allowKnown);
const written = writeCertificate(reportDir, certificate);
console.log(`\nreports: ${written.json}, ${written.markdown}, ${join(reportDir, "junit.xml")}, ${join(reportDir, "allure-results")} (npm run report turns them into HTML)`);

if (certificate.baseline) {
  const b = certificate.baseline;
  console.log(`against ${b.file}: ${b.new.length} new, ${b.fixed.length} fixed, ${b.known.length} known${b.allowKnown ? " (allowed)" : ""}`);
  for (const key of b.new) console.log(`  new:   ${key}`);
  for (const key of b.fixed) console.log(`  fixed: ${key}`);
}
if (missing.length > 0) exit(2, `\nINCOMPLETE, NOT CERTIFIED: ${describeMissing(missing, planned.length)}`);
const targetErrors = records.filter((r) => r.errorKind === "target");
if (targetErrors.length > 0) exit(2, `certify: the target stopped answering during the run; ${targetErrors.length} scenario(s) could not finish (first ${targetErrors[0]!.scenario}: ${targetErrors[0]!.error}). The run is incomplete, not certified.`);
if (records.some((r) => r.verdict === "error")) exit(2, "certify: the suite itself failed in a scenario (see the errors above): this is a defect of securityhub-conformance, not of the target; please report it with the seed. The run is incomplete, not certified.");
if (runFails(certificate)) {
  const failures = certificate.findings.filter((f) => f.severity === "failure").length;
  exit(1, `\nNOT CERTIFIED: ${certificate.verdict === "incomplete" ? "the run is incomplete" : `${failures} finding(s)`}${certificate.baseline ? `, ${certificate.baseline.new.length} new against the baseline` : ""}.`);
}
exit(0, `\n${certificate.verdict === "certified" ? "CERTIFIED" : "NO REGRESSIONS"}: ${config.endpoint}${emulator ? " (embedded reference emulator)" : ""}${certificate.verdict === "certified" ? " conforms in every scenario run." : " has only findings the baseline already had."}`);
