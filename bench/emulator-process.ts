/** Runs the emulator CLI in a child process so a load generator in this process does not share its core. */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { NODE_TSX } from "../tools/run-cli.fixture.ts";

export interface EmulatorProcess {
  url: string;
  /** CPU seconds (user and system, all threads) the emulator spent so far; undefined where /proc cannot tell. */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime of a process, from /proc (Linux; clock ticks of 1/100 s, as on every Linux Node supports). */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    // The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export async function spawnEmulator(): Promise<EmulatorProcess> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), "cli/emulator.ts", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`the emulator exited with ${code} before listening: ${output}`)));
  });
  return {
    url,
    cpuSeconds: () => cpuSecondsOf(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
