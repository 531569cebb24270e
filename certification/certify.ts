/**
 * A certification as a library call: start the embedded emulator when no endpoint is given, check the target
 * answers, run the conformance suites, build the certificate, compare it with a baseline and write the
 * reports. It never exits the process; what stops a run is a CertifyError.
 */
import { TargetError } from "../client/target-errors.ts";
import { defaultRunConfig, type ResolvedRunConfig, type RunConfig, runsPerScenario, selected } from "../conformance/run-config.ts";
import { emulatedService, serve, type RunningEmulator } from "../emulator/index.ts";
import { buildCertificate, compareWithBaseline, type Certificate } from "../reports/certificate.ts";
import { missingScenarios, type MissingScenario } from "../reports/run-completeness.ts";
import type { ScenarioRecord } from "../reports/scenario-record.ts";
import { ReportDirectory, ReportDirectoryError } from "../reports/report-directory.ts";
import { readBaseline, writeCertificate } from "../reports/write-reports.ts";
import { isBuiltIn } from "../specs/service-descriptor.ts";
import { modelName } from "../specs/model-provenance.ts";
import type { ModelFile } from "../specs/service-descriptor.ts";
import type { Spec } from "../specs/spec-model.ts";
import { protocolOnly } from "../conformance/run-kind.ts";
import { runSpecOf } from "./run-spec.ts";
import { PreflightError, profileOf, scenariosFor, type TargetFacts } from "../conformance/profiles/index.ts";
import { SHARED_ACCOUNTS_NOTE, sharedAccountsReplayNote } from "../reports/shared-accounts-note.ts";
import { cleanUp, preflight } from "./preflight.ts";
import { LIBRARY_OPTION_NAMES, type OptionNames, preflightFailure, targetSide } from "./preflight-message.ts";
import { CertifyError } from "./certify-error.ts";
import { packageInfo } from "./package-info.ts";
import { libraryReplay, replayOptionsOf, scenarioRunOptionsOf, type ReplayFormat } from "../reports/replay.ts";
import { type EngineOutcome, runPlannedScenarios } from "./engine-run.ts";
import { cleanUpParity, parityConfigOf, parityReport, prepareParity, type ParityOptions } from "./parity-setup.ts";

/** What to certify and how; every member is optional. */
export interface CertifyOptions extends Partial<Omit<RunConfig, "endpoint" | "parity">> {
  /** Certify real AWS accounts (the same as `profile: "real-account"`); needs ownAccounts, accounts and profiles. */
  realAccount?: boolean | undefined;
  /** Parity mode: compare the target with a reference or a recording, or record it (certification/parity-setup.ts). */
  parity?: ParityOptions | undefined;
  /** The target's URL; without one, the embedded reference emulator is started and certified. */
  endpoint?: string | undefined;
  /** Where certificate.json, certificate.md, junit.xml and allure-results/ go; without one, nothing is written. */
  reportDir?: string | undefined;
  /** An earlier certificate.json: findings it did not have are regressions. */
  baseline?: string | undefined;
  /** With `baseline`, findings the baseline already had do not fail the run. */
  allowKnown?: boolean | undefined;
  /** `I/N`: run the I-th of N shards of the suite files. */
  shard?: string | undefined;
  /** Receives the progress lines (a line per scenario, findings, cleanup steps); by default nothing is printed. */
  log?: ((line: string) => void) | undefined;
  /** Aborting stops the suites (and cleans up real accounts); certify then rejects with CERTIFY_INTERRUPTED. */
  signal?: AbortSignal | undefined;
  /** How a replay of a failing case is printed; by default the library call (`certify({...})`), the command's line for the CLI. */
  replayFormat?: ReplayFormat | undefined;
  /**
   * How messages name the options that chose the target's and the reference's endpoints: by default this call's own
   * (`endpoint`, `parity.reference`); the command passes its flags, or the environment variable that set the endpoint.
   */
  optionNames?: Partial<OptionNames> | undefined;
}

/** Everything a run produced: the certificate and what a command needs to report on it. */
export interface Certification {
  certificate: Certificate;
  records: ScenarioRecord[];
  /** The embedded reference emulator was certified. */
  embedded: boolean;
  /** Files written, when a report directory was given. */
  reports: { json: string; markdown: string; junit: string; allureResults: string } | undefined;
  seconds: number;
  /** Scenarios the run planned (after --only and --shard). */
  planned: number;
  /** Planned scenarios that never reported: any makes the run incomplete. */
  missing: MissingScenario[];
}

/**
 * Certifies a target and resolves to its certificate (the content of certificate.json). A target with
 * findings resolves too, with `verdict: "not-certified"`; only a run that cannot start or finish rejects.
 */
export async function certify(options: CertifyOptions = {}): Promise<Certificate> {
  return (await runCertification(options)).certificate;
}

/** As `certify`, with the records and file names a command prints. */
export async function runCertification(options: CertifyOptions = {}): Promise<Certification> {
  const run = await prepare(options);
  try {
    const executed = await execute(run);
    const assembled = assemble(run, executed);
    const previous = run.reportDir?.previous;
    const reports = run.reportDir?.commit((staging) => writeCertificate(staging, assembled.certificate));
    run.reportDir = undefined;
    if (executed.outcome.interrupted) {
      // previous/ is named only when this run set an earlier run's reports aside there.
      const before = previous === undefined ? "" : `, and the reports of the run before it are in ${previous}`;
      const found = assembled.certificate.verdict === "not-certified" ? " and not certified (it found failures before the stop)" : "";
      const written = reports ? `; ${reports.json} says the run is incomplete (interrupted)${found}${before}` : "";
      throw new CertifyError(
        "CERTIFY_INTERRUPTED",
        `the run was interrupted${run.options.signal?.reason === undefined ? "" : ` (${String(run.options.signal.reason)})`}${written}.`,
        assembled.certificate,
      );
    }
    return { ...assembled, reports };
  } catch (error) {
    // A run that stopped before its reports (the target unreachable, say) leaves no certificate, the earlier one
    // set aside in previous/; only a crash leaves its marker behind too.
    if (error instanceof CertifyError) run.reportDir?.release();
    throw error;
  }
}

/** A run ready to start: its options checked, its baseline read, its report directory claimed. */
interface PreparedRun {
  options: CertifyOptions;
  spec: Spec;
  baseline: Certificate | undefined;
  parity: RunConfig["parity"];
  reportDir: ReportDirectory | undefined;
}

/** Everything that can be known wrong before anything is sent fails here, at once. */
async function prepare(options: CertifyOptions): Promise<PreparedRun> {
  // Read before the report directory is claimed: the baseline may be the certificate it holds.
  const baseline = options.baseline === undefined ? undefined : readBaselineOrThrow(options.baseline);
  const spec = await runSpecOf(options);
  const parity = parityConfigOf(options.parity, runConfigOf(options, ""));
  checkOnlyTerms(spec, options, parity);
  return { options, spec, baseline, parity, reportDir: options.reportDir === undefined ? undefined : claimReportDir(options.reportDir) };
}

interface ExecutedRun {
  config: ResolvedRunConfig;
  endpoint: string;
  embedded: boolean;
  startedAt: Date;
  seconds: number;
  outcome: EngineOutcome;
}

/** Starts the embedded emulator when no endpoint is given, checks the target, runs the suites and cleans up. */
async function execute(run: PreparedRun): Promise<ExecutedRun> {
  const { options, spec } = run;
  const log = options.log ?? (() => {});
  let emulator: RunningEmulator<unknown> | undefined;
  try {
    let endpoint = options.endpoint;
    if (endpoint === undefined) {
      // The embedded reference emulator of the service certified (Security Hub's, GuardDuty's).
      emulator = await serve(emulatedService(spec.service.name));
      endpoint = emulator.url;
    }
    const asked = { ...runConfigOf(options, endpoint), parity: run.parity };
    const { warning } = profileOf(asked);
    log(`certifying ${emulator ? `the embedded reference emulator at ${endpoint}` : endpoint}${warning ? ` with ${warning}` : ""}`);
    const only = protocolOnly(spec.service);
    if (only) log(`${only}${spec.service.modelFile ? modelFileLine(spec.service.modelFile) : ""}`);
    const names = { ...LIBRARY_OPTION_NAMES, ...options.optionNames };
    const facts = await preflightOrThrow(spec, asked, names);
    const config: ResolvedRunConfig = { ...asked, sharedAccounts: facts.accountsApart === false, ...(only ? { protocolOnly: true } : {}) };
    if (config.sharedAccounts) log(SHARED_ACCOUNTS_NOTE);
    if (config.parity) {
      await prepareParity(spec, { ...config, parity: config.parity }, packageInfo().version, names);
      log(
        `${config.parity.reference || config.parity.recording ? "compared with the" : "recorded to the"} ${config.parity.name}${config.parity.record !== undefined && config.parity.reference ? `, recorded to ${config.parity.record}` : ""}${config.parity.gate ? " (divergences fail the run)" : ""}`,
      );
    }
    log(
      `seed ${config.seed}, ${runsPerScenario(config.runs)}${config.strict ? ", strict" : ""}${config.only.length ? `, only ${config.only.join(", ")}` : ""}${config.rate ? `, at most ${config.rate} requests/s` : ""}${options.shard ? `, shard ${options.shard}` : ""}\n`,
    );

    const startedAt = new Date();
    const started = performance.now();
    const outcome = await runPlannedScenarios({ spec, config, shard: options.shard, log, signal: options.signal });
    const seconds = (performance.now() - started) / 1000;
    await emulator?.close();
    emulator = undefined;
    // A request a stopped worker had already written may still land: let it, then undo what the profile leaves.
    if (outcome.interrupted && !profileOf(config).usesFreshAccounts) await new Promise((done) => setTimeout(done, 250));
    for (const step of await cleanUp(spec, config).catch((error: Error) => [`cleanup failed: ${error.message}`])) log(`cleanup: ${step}`);
    for (const step of await cleanUpParity(spec, config)) log(`cleanup (reference): ${step}`);
    if (!outcome.interrupted && config.replay !== undefined && outcome.records.reduce((cases, r) => cases + r.cases, 0) === 0) {
      throw new CertifyError(
        "CERTIFY_REPLAY_NOT_RUN",
        `no case was replayed: --replay ${config.replay} with --seed ${config.seed} and --only ${config.only.join(",")} selects no case of this suite version, so the run proves nothing. Use the replay line printed with the finding, unchanged.`,
      );
    }
    return { config, endpoint, embedded: options.endpoint === undefined, startedAt, seconds, outcome };
  } finally {
    await emulator?.close();
  }
}

/** The certificate of what the run found (incomplete when it was interrupted), with what a command prints beside it. */
function assemble(run: PreparedRun, executed: ExecutedRun): Omit<Certification, "reports"> {
  const { options, spec, baseline } = run;
  const { config, outcome, endpoint, seconds } = executed;
  const { planned } = outcome;
  const missing = missingScenarios(
    planned.map((s) => s.name),
    outcome.records,
    outcome.crashByScenario,
    outcome.interrupted ? [INTERRUPTED] : outcome.runErrors,
  );
  // Errors no scenario owns (a rejection nobody awaited) leave the run incomplete even when every planned scenario reported.
  if (missing.length === 0) missing.push(...(outcome.interrupted ? [INTERRUPTED] : outcome.runErrors).map((reason) => ({ name: "(the run)", reason })));
  // A failing case's replay, and the first case of each warning, as whoever ran the certification replays them.
  const format = options.replayFormat ?? libraryReplay;
  for (const record of outcome.records) {
    if (config.sharedAccounts) record.replayNote = sharedAccountsReplayNote(format(scenarioRunOptionsOf(config, executed.embedded, record.scenario)));
    if (record.path !== undefined) {
      record.replayOptions = replayOptionsOf(config, executed.embedded, record.scenario, record.path);
      record.replay = format(record.replayOptions);
    }
    for (const seen of [...Object.values(record.warningCases), ...Object.values(record.failureCases ?? {})]) {
      if (seen.path === undefined) continue;
      seen.replayOptions = replayOptionsOf(config, executed.embedded, record.scenario, seen.path);
      seen.replay = format(seen.replayOptions);
    }
  }
  const suite = packageInfo();
  const certificate = buildCertificate({
    service: spec.service,
    records: outcome.records,
    target: {
      endpoint,
      embeddedEmulator: options.endpoint === undefined,
      realAccount: config.profile === "real-account",
      region: config.region,
      ...(config.sharedAccounts ? { sharedAccounts: true } : {}),
    },
    spec: {
      title: spec.title,
      apiVersion: spec.apiVersion,
      sha256: spec.hash,
      ...(isBuiltIn(spec.service) ? { model: modelName(spec.service) } : {}),
      ...(spec.service.modelFile ? { modelFile: certifiedModelFile(spec, spec.service.modelFile) } : {}),
    },
    suite: { name: suite.name, version: suite.version },
    run: {
      seed: config.seed,
      runs: config.runs,
      only: config.only,
      shard: options.shard,
      strict: config.strict,
      startedAt: executed.startedAt.toISOString(),
      // To the millisecond: a rate read from it (requests ÷ seconds) must not move by a twentieth with the rounding.
      durationSeconds: Math.round(seconds * 1000) / 1000,
      ...(outcome.interrupted ? { interrupted: String(options.signal?.reason ?? "aborted") } : {}),
      ...(protocolOnly(spec.service) ? { protocolOnly: protocolOnly(spec.service) } : {}),
    },
    missing,
    unfinished: outcome.unfinished,
  });
  const comparison = parityReport(config.parity);
  if (comparison) certificate.parity = comparison;
  if (baseline) certificate.baseline = compareWithBaseline(certificate, baseline, options.baseline!, options.allowKnown === true);
  return { certificate, records: outcome.records, embedded: executed.embedded, seconds, planned: planned.length, missing };
}

const INTERRUPTED = "the run was interrupted before it reported";

/** The run's configuration: the options' RunConfig members over the defaults; extra members are ignored by the suites. */
function runConfigOf(options: CertifyOptions, endpoint: string): ResolvedRunConfig {
  const {
    reportDir: _reportDir,
    baseline: _baseline,
    allowKnown: _allowKnown,
    shard: _shard,
    log: _log,
    signal: _signal,
    parity: _parity,
    replayFormat: _replayFormat,
    optionNames: _optionNames,
    realAccount,
    ...rest
  } = options;
  const given = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<RunConfig>;
  return { ...defaultRunConfig(), ...(realAccount ? { profile: "real-account" as const } : {}), ...given, endpoint };
}

/** Every `only` term must select some scenario: a misspelt name would otherwise certify an empty run. */
function checkOnlyTerms(spec: Spec, options: CertifyOptions, parity: RunConfig["parity"]): void {
  if (!options.only?.length) return;
  const scenarios = scenariosFor(spec, { profile: runConfigOf(options, "").profile, parity });
  const unknown = (options.only ?? []).filter((term) => !scenarios.some((scenario) => selected({ only: [term] }, scenario)));
  if (unknown.length === 0) return;
  const prefixes = [...new Set(scenarios.map((s) => s.name.split("/")[0]!))];
  const operations = [...new Set(scenarios.flatMap((s) => s.operations))].sort();
  const families = [...new Set(scenarios.flatMap((s) => s.families))];
  throw new CertifyError(
    "CERTIFY_BAD_OPTION",
    `--only names nothing the suite runs: ${unknown.map((t) => JSON.stringify(t)).join(", ")}. Valid names are scenario groups (${prefixes.join(", ")}), a scenario such as ${scenarios[0]?.name} (--dry-run lists them), operations (${operations.join(", ")}) and check families (${families.join(", ")}).`,
  );
}

function readBaselineOrThrow(file: string): Certificate {
  try {
    return readBaseline(file);
  } catch (error) {
    throw new CertifyError("CERTIFY_BAD_BASELINE", (error as Error).message);
  }
}

/** Claims the report directory before anything runs, so a path that cannot hold reports fails at once. */
function claimReportDir(directory: string): ReportDirectory {
  try {
    return ReportDirectory.claim(directory);
  } catch (error) {
    if (error instanceof ReportDirectoryError) throw new CertifyError("CERTIFY_REPORT_DIR_UNWRITABLE", error.message);
    throw error;
  }
}

async function preflightOrThrow(spec: Spec, config: ResolvedRunConfig, names: OptionNames): Promise<TargetFacts> {
  try {
    return await preflight(spec, config);
  } catch (error) {
    if (error instanceof TargetError)
      throw new CertifyError("CERTIFY_TARGET_UNREACHABLE", preflightFailure(config.endpoint, error, targetSide(names, config.profile === "real-account")));
    if (error instanceof PreflightError) throw new CertifyError("CERTIFY_TARGET_NOT_READY", error.message);
    throw error;
  }
}

/** The model file a spec was made from, as the certificate names it. */
function certifiedModelFile(spec: Spec, file: ModelFile): NonNullable<Certificate["spec"]["modelFile"]> {
  return {
    file: file.path,
    sha256: file.sha256,
    service: spec.serviceId,
    apiVersion: spec.apiVersion,
    ...(file.botocoreVersion !== undefined ? { botocoreVersion: file.botocoreVersion } : {}),
    operations: [...file.operations],
    leftOut: file.leftOut.map((l) => ({ ...l })),
  };
}

/** The operations a model file's run takes, and those it leaves out, for the run's first lines. */
function modelFileLine(file: ModelFile): string {
  const left =
    file.leftOut.length === 0 ? "" : `; ${file.leftOut.length} left out, which the suite cannot read (certificate.json's spec.modelFile says why each)`;
  return `\n${file.operations.length} operation(s) of ${file.path}${left}`;
}
