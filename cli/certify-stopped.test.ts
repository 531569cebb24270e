/**
 * Issue 31: a run stopped by SIGINT or SIGTERM reports what it did. Stopped at points drawn from a seeded random
 * (after the k-th scenario it printed as ended), each run's certificate.json, certificate.md, junit.xml and
 * allure-results agree with what it printed: the scenarios it printed as ended are finished with the verdict, counts
 * and failures printed, every other planned scenario is interrupted, and the counts are at least what it printed.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { expectReportsAgreeWithOutput, stoppedRunSetting } from "../reports/stopped-run.fixture.ts";
import { reached, type StopPoint, stopPoints } from "../reports/stop-points.fixture.ts";
import { command } from "../tools/run-cli.fixture.ts";
import { SIGNAL_EXIT, type StopSignal } from "./interrupt-signals.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "certify-stopped-"));
/** The seed of the stop points: change it to try others; a failing point is named in its test's title. */
const SEED = 17;
const setting = stoppedRunSetting();

/** Runs certify into a fresh report directory and sends `signal` once its output reaches `point`; its exit code and whole output. */
async function stopAt(point: StopPoint, signal: StopSignal, args: string[], reportDir: string): Promise<{ code: number | null; output: string }> {
  // --runs 200: the longest scenarios still run for a second or more after the 20th of the 38 ended, so each stop lands mid-run.
  const child = spawn(...command("cli/certify.ts", ["--runs", "200", "--seed", "5", "--report-dir", reportDir, ...args]), {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let sent = false;
  const read = (chunk: Buffer): void => {
    output += chunk;
    if (!sent && reached(point, output)) {
      sent = true;
      child.kill(signal);
    }
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { code, output };
}

const signals: StopSignal[] = ["SIGINT", "SIGINT", "SIGTERM"];
describe.each(
  stopPoints(SEED, signals.length, 20).map((point, i) => ({
    point,
    signal: signals[i]!,
    faultyTarget: i === 1,
    i,
    ended: String(point.afterEnded),
    name: String(i),
  })),
)(`certify stopped by $signal after $ended scenarios ended (seed ${SEED}, point $name)`, ({ point, signal, faultyTarget, i }) => {
  it("writes reports that agree with what it printed, and names no previous/ it did not make", async () => {
    const reportDir = join(dir, `point-${i}`);
    const { code, output } = await stopAt(point, signal, faultyTarget ? ["--endpoint", setting.failingTarget().url] : [], reportDir);
    expect(code, output).toBe(SIGNAL_EXIT[signal]);
    const certificate = expectReportsAgreeWithOutput(reportDir, output, setting.planned(), signal);
    if (faultyTarget && certificate.scenarios.some((s) => s.verdict === "failed")) expect(certificate.defects.length).toBeGreaterThan(0);
    // What it did is said before the message, which is the last line; a fresh directory has no run before it.
    expect(output).toContain(`${certificate.run.cases} cases, ${certificate.run.requests} requests`);
    const found = certificate.verdict === "not-certified" ? " and not certified \\(it found failures before the stop\\)" : "";
    expect(output.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(`^certify: the run was interrupted \\(${signal}\\); .*certificate\\.json says the run is incomplete \\(interrupted\\)${found}\\.$`),
    );
    expect(existsSync(join(reportDir, "previous"))).toBe(false);
  });
});
