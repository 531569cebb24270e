/**
 * `npm run certify -- [options]`: certifies a target (the embedded reference emulator by default) with the
 * conformance suites. Exit 0 certified, 1 findings, 2 usage error or target unreachable.
 */
import { fileURLToPath } from "node:url";
import type { Reporter, TestCase } from "vitest/node";
import { startVitest } from "vitest/node";
import { emulatorActor } from "../client/credentials.ts";
import { parseEndpoint } from "../client/endpoint.ts";
import { TargetClient } from "../client/target-client.ts";
import { TargetError } from "../client/target-errors.ts";
import { RUN_CONFIG_VARIABLE, type RunConfig } from "../conformance/run-config.ts";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { formatScenarioFailure } from "../reports/format-result.ts";
import type { ScenarioRecord } from "../reports/scenario-record.ts";
import { formatSummaryTable } from "../reports/summary-table.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { CERTIFY_USAGE, parseCertifyOptions, UsageError } from "./certify-options.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Short enough that an unreachable target is reported within 5 s of the command starting. */
const PREFLIGHT_TIMEOUT_MS = 2_500;

function exit(code: 0 | 1 | 2, message?: string): never {
  if (message) (code === 0 ? console.log : console.error)(message);
  process.exit(code);
}

/** One request the target must answer before the suites start: an unreachable target exits 2 within a few seconds. */
async function preflight(endpoint: string, config: Pick<RunConfig, "region" | "accounts" | "timeoutMs">): Promise<void> {
  const client = new TargetClient(await loadSpec(), { endpoint: parseEndpoint(endpoint), region: config.region, timeoutMs: Math.min(config.timeoutMs, PREFLIGHT_TIMEOUT_MS) });
  try {
    await client.send({ operation: "GetInvitationsCount", query: {}, body: undefined }, emulatorActor(config.accounts[0]!));
  } finally {
    await client.close();
  }
}

class ProgressReporter implements Reporter {
  readonly records: ScenarioRecord[] = [];
  onTestCaseResult(testCase: TestCase): void {
    const record = testCase.meta().conformance;
    if (!record) {
      const errors = testCase.result().errors ?? [];
      if (errors.length > 0) console.error(`✗ ${testCase.fullName}: ${errors.map((e) => e.message).join("; ")}`);
      return;
    }
    this.records.push(record);
    const mark = record.verdict === "passed" ? (record.warnings.length > 0 ? "!" : "✓") : "✗";
    console.log(`${mark} ${record.scenario.padEnd(48)} ${String(record.cases).padStart(4)} cases ${String(record.requests).padStart(6)} requests ${(record.durationMs / 1000).toFixed(1).padStart(5)} s`);
    if (record.verdict !== "passed") console.log(formatScenarioFailure(record).replace(/^/gm, "    "));
    for (const warning of record.warnings) console.log(`    ! [${warning.check}] ${warning.title}`);
  }
}

let options;
try {
  options = parseCertifyOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof UsageError) exit(2, `certify: ${(error as Error).message}\n${CERTIFY_USAGE}`);
  throw error;
}

let emulator: RunningEmulator | undefined;
let endpoint = options.endpoint;
try {
  if (endpoint === undefined) {
    emulator = await startEmulator();
    endpoint = emulator.url;
    console.log(`certifying the embedded reference emulator at ${endpoint}`);
  } else {
    parseEndpoint(endpoint);
    console.log(`certifying ${endpoint}`);
  }
  await preflight(endpoint, options);
} catch (error) {
  await emulator?.close();
  if (error instanceof TargetError) {
    exit(2, `certify: the target at ${endpoint} cannot be reached (${error.code}): ${error.message}. Check that it is running and that the endpoint is right, or leave out --endpoint to certify the embedded reference emulator.`);
  }
  throw error;
}

const config: RunConfig = { ...options, endpoint };
console.log(`seed ${config.seed}, ${config.runs} runs per scenario${config.only.length ? `, only ${config.only.join(", ")}` : ""}\n`);
process.env[RUN_CONFIG_VARIABLE] = JSON.stringify(config);
const reporter = new ProgressReporter();
const started = performance.now();
const vitest = await startVitest("test", [], { root: ROOT, project: ["conformance"], watch: false, reporters: [reporter] });
await vitest?.close();
await emulator?.close();

const records = reporter.records;
console.log(`\n${formatSummaryTable(records, (performance.now() - started) / 1000)}`);
if (records.some((r) => r.verdict === "error")) exit(2, "certify: the target stopped answering during the run; see the errors above.");
const failures = records.reduce((n, r) => n + r.failures.length, 0);
if (failures > 0 || !vitest || records.length === 0) exit(1, `\nNOT CERTIFIED: ${failures} finding(s) in ${records.filter((r) => r.verdict === "failed").length} scenario(s).`);
exit(0, `\nCERTIFIED: ${endpoint}${emulator ? " (embedded reference emulator)" : ""} conforms in every scenario run.`);
