/**
 * Starts moto's server (Python, the moto package's `moto_server`, or `python3 -m moto.server`) on loopback, for
 * certifying a real third-party Security Hub emulator that implements only part of the API.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port.ts";

export interface MotoServer {
  url: string;
  stop(): Promise<void>;
}

/** How moto's server can be started here, or why it cannot. */
export function findMoto(): { command: string[] } | { missing: string } {
  if (spawnSync("moto_server", ["--help"], { stdio: "ignore" }).status === 0) return { command: ["moto_server"] };
  if (spawnSync("python3", ["-c", "import moto.server"], { stdio: "ignore" }).status === 0) return { command: ["python3", "-m", "moto.server"] };
  return { missing: "neither a moto_server executable on PATH nor Python's moto package (pip install 'moto[server]') is installed" };
}

/** Resolves once the server answers HTTP; rejects with its output if it exits or takes over `timeoutMs`. */
export async function startMoto(command: readonly string[], timeoutMs = 30_000): Promise<MotoServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(command[0]!, [...command.slice(1), "-H", "127.0.0.1", "-p", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => void (output = (output + chunk).slice(-4_000)));
  child.stderr!.on("data", (chunk: Buffer) => void (output = (output + chunk).slice(-4_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto's server exited with ${child.exitCode} before answering:\n${output}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill("SIGKILL");
        throw new Error(`moto's server did not answer within ${timeoutMs} ms:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
