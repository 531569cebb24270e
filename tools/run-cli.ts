/** Runs one of the project's command-line scripts in a child process, for end-to-end tests. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));

/** Exit code and combined output; the endpoint variables are cleared unless `env` sets them. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(TSX, [script, ...args], { cwd: ROOT, env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}
