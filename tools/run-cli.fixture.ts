/** Runs one of the project's command-line scripts in a child process, for end-to-end tests. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { watchPeakRss, type PeakRss } from "./process-tree-rss.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Scripts run as `npm run` runs them: one node process loading tsx, with no wrapper process relaying signals. */
export const NODE_TSX = [process.execPath, "--import", "tsx"] as const;

export interface CliRun {
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  seconds: number;
  /** Peak resident memory of the command and its children (vitest's workers). */
  peak: PeakRss;
}

/** Exit code and combined output; the endpoint variables are cleared unless `env` sets them. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = performance.now();
  const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), script, ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const memory = watchPeakRss(child.pid!);
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output, seconds: (performance.now() - started) / 1000, peak: memory.stop() })));
}

/** A line printed for people, run as they would run it: by a shell, in the clone (the endpoint variables cleared). */
export function runShell(line: string): Promise<{ code: number | null; output: string }> {
  const child = spawn("sh", ["-c", line], {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "", npm_config_update_notifier: "false" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}
