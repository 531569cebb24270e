/** Runs one of the project's command-line scripts in a child process, for end-to-end tests. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { watchPeakRss, type PeakRss } from "./process-tree-rss.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Scripts run as `npm run` runs them: one node process loading tsx, with no wrapper process relaying signals. */
export const NODE_TSX = [process.execPath, "--import", "tsx"] as const;

declare module "vitest" {
  export interface ProvidedContext {
    /** Where tools/compiled-commands.global-setup.ts compiled the commands for this test run. */
    compiledCommands: string;
  }
}

/**
 * The command line that runs one of the project's scripts (`cli/certify.ts`): in the suite's own tests, its compiled
 * form from this run's build (one node process, as `npm run` starts, in half the start-up); elsewhere (the
 * benchmark) through tsx, exactly as `npm run` does.
 */
export function commandLine(script: string): string[] {
  let compiled: string | undefined;
  try {
    compiled = inject("compiledCommands");
  } catch {
    compiled = undefined;
  }
  // Only the commands' sources are compiled: bin/'s JavaScript runs as it is.
  return compiled && script.endsWith(".ts") ? [process.execPath, join(ROOT, compiled, script.replace(/\.ts$/, ".js"))] : [...NODE_TSX, script];
}

/** `spawn`'s command and arguments for a script and its own arguments. */
export function command(script: string, args: readonly string[]): [string, string[]] {
  const [node, ...rest] = commandLine(script);
  return [node!, [...rest, ...args]];
}

export interface CliRun {
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  seconds: number;
  /** Peak resident memory of the command and its children (vitest's workers). */
  peak: PeakRss;
}

/** Exit code and combined output (all of it: the promise settles once the output streams close, not at the exit); the endpoint variables are cleared unless `env` sets them. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = performance.now();
  const [node, ...rest] = commandLine(script);
  const child = spawn(node!, [...rest, ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory = watchPeakRss(child.pid!);
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000, peak: memory.stop() })));
}

/** A line printed for people, run as they would run it: by a shell, in the clone or in `cwd` (the endpoint variables cleared). */
export function runShell(line: string, cwd = ROOT): Promise<{ code: number | null; output: string }> {
  const child = spawn("sh", ["-c", line], {
    cwd,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "", npm_config_update_notifier: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output })));
}
