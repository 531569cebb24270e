/**
 * Runs the conformance suites (suites/*.suite) through vitest's node API, with an inline configuration so
 * the same call works from the TypeScript sources and from the compiled package inside node_modules.
 */
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { createVitest, type Vitest } from "vitest/node";
import { profileOf } from "../conformance/profiles/index.ts";
import type { ResolvedRunConfig } from "../conformance/run-config.ts";
import type { ScenarioRecord } from "../reports/scenario-record.ts";
import { ProgressReporter } from "./progress-reporter.ts";

/** The directory holding suites/: the project root from the sources, dist/ in the package. */
const SUITES_ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The suites have this module's extension: .ts from the sources, .js once compiled. */
const SUITE_EXTENSION = import.meta.url.endsWith(".ts") ? "ts" : "js";

export interface SuiteRunOptions {
  config: ResolvedRunConfig;
  /** `I/N`: run one shard of the suite files. */
  shard: string | undefined;
  log: (line: string) => void;
  signal: AbortSignal | undefined;
}

export interface SuiteRunOutcome {
  records: ScenarioRecord[];
  /** Tests that ended without a record, such as a suite that failed to load. */
  crashes: string[];
  /** Why a test (named as its scenario) ended without a record. */
  crashByScenario: ReadonlyMap<string, string>;
  /** Suite files the run ran (after sharding), by name without extension. */
  suiteFiles: ReadonlySet<string>;
  /** Errors no test owns: suite files that failed to load, vitest's unhandled errors, a run that ended early. */
  runErrors: readonly string[];
  interrupted: boolean;
}

/** A stream handing each line written to it to `log`. */
function lineWriter(log: (line: string) => void): Writable {
  let pending = "";
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop()!;
      for (const line of lines) log(line);
      done();
    },
    final(done) {
      if (pending) log(pending);
      done();
    },
  });
}

export async function runSuites(options: SuiteRunOptions): Promise<SuiteRunOutcome> {
  const { config } = options;
  const progress = new ProgressReporter(options.log);
  // vitest sets the process's exit code when a test fails; here a failing test is a finding, reported as data.
  const exitCodeBefore = process.exitCode;
  const HOST_EVENTS = ["SIGINT", "SIGTERM", "unhandledRejection"] as const;
  const listenersBefore = new Set(HOST_EVENTS.flatMap((event) => process.listeners(event as NodeJS.Signals)));
  const vitest: Vitest = await createVitest(
    "test",
    {
      root: SUITES_ROOT,
      config: false,
      watch: false,
      include: [`suites/*.suite.${SUITE_EXTENSION}`],
      // The package's suites sit under node_modules once installed, which vitest excludes by default.
      exclude: [],
      testTimeout: 600_000,
      // One worker holding every suite file, its modules loaded once (not once per file), and many scenarios at a
      // time: a scenario mostly waits on the target, and the emulator (in this process) needs the other core.
      isolate: false,
      maxWorkers: 1,
      maxConcurrency: 20,
      // The one way the run's configuration reaches the worker; suites/harness.ts reads it.
      provide: { runConfig: config },
      ...(options.shard ? { shard: options.shard } : {}),
      // A request rate is per process, and scenarios that share their accounts take turns: one worker, one file at a time.
      ...(config.rate !== undefined || !profileOf(config).scenariosOverlap ? { fileParallelism: false } : {}),
      // junit.xml and allure-results are written from the certificate afterwards: one result per defect.
      reporters: [progress],
    },
    undefined,
    // vitest's own messages ("JUNIT report written to …") go where the progress goes, never straight to stdout.
    { stdout: lineWriter(options.log), stderr: lineWriter(options.log) },
  );
  // vitest exits the process on SIGINT, SIGTERM and any unhandled rejection by itself; a library must not exit its
  // host's process, and certify must stop the suites, clean up and report first.
  for (const event of HOST_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) if (!listenersBefore.has(listener)) process.off(event, listener);
  }
  let interrupted = false;
  let closing: Promise<void> | undefined;
  const stop = (): void => {
    interrupted = true;
    // Cancelling aborts each running test's signal, which ends its scenario at its next request; closing alone would
    // wait for every running scenario to finish.
    closing ??= vitest.cancelCurrentRun("keyboard-input").then(() => vitest.close());
  };
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener("abort", stop, { once: true });
  try {
    if (!interrupted) await vitest.start();
  } catch (error) {
    if (!interrupted) throw error;
  } finally {
    options.signal?.removeEventListener("abort", stop);
    await (closing ??= vitest.close());
    process.exitCode = exitCodeBefore;
  }
  return {
    records: progress.records,
    crashes: progress.crashes,
    crashByScenario: progress.crashByScenario,
    suiteFiles: progress.suiteFiles,
    runErrors: progress.runErrors,
    interrupted,
  };
}
