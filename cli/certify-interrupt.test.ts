/**
 * Issue 17: SIGINT and SIGTERM stop every run at once, sent to certify's whole process group as a terminal's Ctrl-C
 * and a CI runner's cancel are: exit 130 or 143, nothing left listening, and no earlier certificate left to read as
 * current. Each run is given a budget it would take hours to finish, so an exit at all proves the stop.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { command } from "../tools/run-cli.fixture.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "certify-interrupt-"));
let target: RunningEmulator;
beforeAll(async () => {
  target = await startEmulator();
});
afterAll(() => target.close());

interface Stopped {
  code: number | null;
  output: string;
  /** Seconds from the signal to the exit. */
  seconds: number;
  /** The embedded emulator's URL, when certify started one. */
  embedded: string | undefined;
}

/** Starts certify in a process group of its own, waits until a scenario has reported, signals the group, and waits for the exit. */
async function interrupt(signal: "SIGINT" | "SIGTERM", args: string[], reportDir: string): Promise<Stopped> {
  const child = spawn(...command("cli/certify.ts", ["--runs", "100000", "--report-dir", reportDir, ...args]), {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const running = new Promise<void>((resolve) => {
    const read = (chunk: Buffer): void => {
      output += chunk;
      // A progress line: the suites are running, scenarios under way.
      if (/cases, \d+ s$/m.test(output)) resolve();
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
  });
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  await running;
  const sent = performance.now();
  process.kill(-child.pid!, signal);
  const code = await exited;
  const seconds = (performance.now() - sent) / 1000;
  console.log(`${signal} ${args.join(" ") || "(embedded emulator)"}: exit ${code} ${seconds.toFixed(2)} s after the signal`);
  return { code, output, seconds, embedded: /the embedded reference emulator at (http:\/\/\S+)/.exec(output)?.[1] };
}

/** Whether anything accepts connections at `url`. */
function listening(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** A report directory holding a certified certificate from an earlier run. */
function withEarlierPass(name: string): string {
  const reportDir = join(dir, name);
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, "certificate.json"), JSON.stringify({ verdict: "certified", note: "an earlier run" }));
  return reportDir;
}

describe.each([
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const)("%s to certify's process group", (signal, exitCode) => {
  it("stops a run of the embedded emulator: exit code, port closed, an incomplete certificate, the earlier one set aside", async () => {
    const reportDir = withEarlierPass(`embedded-${signal}`);
    const stopped = await interrupt(signal, [], reportDir);
    expect(stopped.code, stopped.output).toBe(exitCode);
    expect(stopped.output).toMatch(
      new RegExp(
        `^certify: the run was interrupted \\(${signal}\\); .*certificate\\.json says the run is incomplete \\(interrupted\\), and the reports of the run before it are in .*previous\\.$`,
        "m",
      ),
    );
    expect(await listening(stopped.embedded!)).toBe(false);
    const certificate = JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8"));
    expect(certificate).toMatchObject({ verdict: "incomplete", run: { interrupted: signal } });
    expect(JSON.parse(readFileSync(join(reportDir, "previous", "certificate.json"), "utf8"))).toMatchObject({ note: "an earlier run" });
    expect(existsSync(join(reportDir, "run-in-progress.json"))).toBe(false);
  });

  it("stops a run of an --endpoint the same way", async () => {
    const reportDir = withEarlierPass(`endpoint-${signal}`);
    const stopped = await interrupt(signal, ["--endpoint", target.url], reportDir);
    expect(stopped.code, stopped.output).toBe(exitCode);
    expect(JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8"))).toMatchObject({ verdict: "incomplete", run: { interrupted: signal } });
  });
});

// A second signal exiting at once is cli/interrupt-signals.test.ts's: a run stops within a tenth of a second of the
// first, and two signals that close together reach a busy process as one.
