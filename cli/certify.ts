/**
 * `npm run certify -- [options]`: certifies a target (the embedded reference emulator by default) with the
 * conformance suites, writes the reports and the certificate, and gates on a baseline.
 * Exit 0 certified, 1 findings (or regressions against a baseline), 2 usage error, target unreachable, or a run
 * that is incomplete (a scenario could not run or did not report).
 * The run itself is the library's `runCertification`; this command maps its outcome to messages and exit codes.
 */
import { setFlagsFromString } from "node:v8";
import { CertifyError, runCertification, type Certification } from "../certification/index.ts";
import { scenariosFor } from "../conformance/profiles/index.ts";
import { type Certificate, runFails, scenariosPlayed } from "../reports/certificate.ts";
import { formatCoverage } from "../reports/coverage.ts";
import { formatDefects } from "../reports/format-defects.ts";
import { describeMissing } from "../reports/run-completeness.ts";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import { paritySentence } from "../reports/parity-summary.ts";
import { formatSummaryTable } from "../reports/summary-table.ts";
import { runSpecOf } from "../certification/run-spec.ts";
import { RUN_DEFAULTS } from "../conformance/run-config.ts";
import type { Spec } from "../specs/spec-model.ts";
import { replayArguments, shellQuote } from "./certify-flags.ts";
import { CERTIFY_USAGE, DEFAULT_REPORT_DIR, HelpRequested, parseCertifyOptions, UsageError, type CertifyOptions } from "./certify-options.ts";
import { dryRunPlan } from "./dry-run-plan.ts";
import { SIGNAL_EXIT, stopOnSignals } from "./interrupt-signals.ts";

// A certification is a few seconds of many small functions, which V8's optimising compiler inlines into each other
// at some cost of its own: a quarter of its default inlining budget gave a --runs 200 run 0.91 of the CPU and 0.93
// of the wall time (farm-bench -n 7, paired; Node 22 0.89 and 0.91, Node 24 0.93 and 0.95). The command's process
// only: a library caller's keeps its own flags.
setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");

// With --json, stdout carries only the certificate; everything for people goes to stderr.
let say: (line: string) => void = console.log;

function exit(code: 0 | 1 | 2 | 130 | 143, message?: string): never {
  if (message) (code === 0 ? say : console.error)(message);
  process.exit(code);
}

let options: CertifyOptions;
try {
  options = parseCertifyOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (error instanceof HelpRequested) exit(0, CERTIFY_USAGE);
  if (error instanceof UsageError) exitWithUsageError("certify", error.message, CERTIFY_USAGE);
  throw error;
}

if (options.json) say = console.error;

if (options.dryRun) {
  // The plan lists what the target is sent; a parity run sends the same cases to its reference too.
  const config = { ...options, service: options.service ?? RUN_DEFAULTS.service, parity: undefined, endpoint: options.endpoint ?? "a free port on 127.0.0.1" };
  let spec: Spec;
  try {
    spec = await runSpecOf(options);
  } catch (error) {
    if (error instanceof CertifyError) exit(2, `certify: ${error.message}`);
    throw error;
  }
  exit(0, dryRunPlan(config, spec, scenariosFor(spec, config), options.endpoint === undefined));
}

// Ctrl-C (or a CI runner's SIGTERM) stops the suites and, on real accounts, cleans up before the command exits
// with 128 + the signal's number; a second signal exits at once.
const realAccounts = options.profile === "real-account";
const interrupt = stopOnSignals(process, {
  say: (line) => console.error(line),
  exit: (code) => process.exit(code),
  stopping: realAccounts ? " and cleaning up the real accounts" : "",
  abandoning: realAccounts ? "; the real accounts may keep the member and invitation of the case that was running" : "",
});

/**
 * What the run found and played: its defects, the verdict table, its coverage (a stopped run's too, before its
 * message). A run that left rules out on purpose or was cut short gives the coverage's summary, with `why`, not the list.
 */
function sayWhatItFound(certificate: Certificate, why: string | undefined): void {
  if (options.json) process.stdout.write(`${JSON.stringify(certificate, null, 2)}\n`);
  if (certificate.defects.length > 0) say(`\n${formatDefects(certificate.defects)}`);
  const { cases, requests, durationSeconds } = certificate.run;
  say(
    `\n${formatSummaryTable(certificate.verdicts, `${scenariosPlayed(certificate)}, ${cases} cases, ${requests} requests, ${durationSeconds.toFixed(1)} s`)}`,
  );
  if (certificate.coverage) say(`\n${formatCoverage(certificate.coverage, why ? 0 : 12).join("\n")}${why ? ` (${why})` : ""}`);
}

// A run narrowed by --only, --shard or --replay leaves most rules out on purpose: its summary line says so, without the list.
const partial =
  options.only.length > 0 || options.shard !== undefined || options.replay !== undefined ? "a partial run: --only, --shard or --replay" : undefined;
let run: Certification;
try {
  run = await runCertification({
    ...options,
    log: say,
    signal: interrupt.signal,
    replayFormat: (replay) => [invocation("certify"), ...replayArguments(replay)].join(" "),
  });
} catch (error) {
  if (!(error instanceof CertifyError)) throw error;
  if (error.code !== "CERTIFY_INTERRUPTED") exit(2, `certify: ${error.message}`);
  // A stopped run says what it did (the rules its unfinished scenarios were about are not listed: they were cut short).
  if (error.certificate) sayWhatItFound(error.certificate, "an interrupted run: certificate.md says why each rule was not exercised");
  const reason = interrupt.signal.reason as keyof typeof SIGNAL_EXIT | undefined;
  exit(SIGNAL_EXIT[reason ?? "SIGINT"], `\ncertify: ${error.message}`);
}

const { certificate, records, reports } = run;
sayWhatItFound(certificate, partial);
if (reports) {
  // The report command for this run's directory, as the user runs commands here.
  const reportDir = options.reportDir === DEFAULT_REPORT_DIR ? "" : ` --report-dir ${shellQuote(options.reportDir)}`;
  say(`\nreports: ${reports.json}, ${reports.markdown}, ${reports.junit}, ${reports.allureResults} (for the HTML report: ${invocation("report")}${reportDir})`);
}
const parity = paritySentence(certificate);
if (parity) say(parity);
if (certificate.baseline) {
  const b = certificate.baseline;
  say(`against ${b.file}: ${b.new.length} new, ${b.fixed.length} fixed, ${b.known.length} known${b.allowKnown ? " (allowed)" : ""}`);
  // Listed by defect: the keys of one defect (one per operation it was seen on) are one line.
  for (const defect of certificate.defects.filter((d) => d.keys.some((key) => b.new.includes(key))))
    say(`  new:   ${defect.keys.filter((key) => b.new.includes(key)).join(", ")}: ${defect.title}`);
  for (const key of b.fixed) say(`  fixed: ${key}`);
}
if (run.missing.length > 0) exit(2, `\nINCOMPLETE, NOT CERTIFIED: ${describeMissing(run.missing, run.planned)}`);
const targetErrors = records.filter((r) => r.errorKind === "target");
if (targetErrors.length > 0)
  exit(
    2,
    `certify: the target stopped answering during the run; ${targetErrors.length} scenario(s) could not finish (first ${targetErrors[0]!.scenario}: ${targetErrors[0]!.error}). The run is incomplete, not certified.`,
  );
if (records.some((r) => r.verdict === "error"))
  exit(
    2,
    "certify: the suite itself failed in a scenario (see the errors above): this is a defect of securityhub-conformance, not of the target; please report it with the seed. The run is incomplete, not certified.",
  );
if (runFails(certificate)) {
  exit(
    1,
    `\nNOT CERTIFIED: ${certificate.verdict === "incomplete" ? "the run is incomplete" : certificate.summary}${certificate.baseline ? `, ${certificate.baseline.new.length} new against the baseline` : ""}.`,
  );
}
const endpoint = certificate.target.endpoint;
exit(
  0,
  `\n${certificate.verdict === "certified" ? "CERTIFIED" : "NO REGRESSIONS"}: ${endpoint}${run.embedded ? " (embedded reference emulator)" : ""}${certificate.verdict === "certified" ? ` conforms in every scenario run${certificate.run.protocolOnly ? " (protocol and shapes only)" : ""}.` : " has only findings the baseline already had."}`,
);
