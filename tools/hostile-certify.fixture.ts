/** Certifies one hostile target (tools/hostile-target.ts) in a child process and checks the bounds every such run must keep. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { startHostileTarget, type HostileMode } from "./hostile-target.ts";
import { runCli, type CliRun } from "./run-cli.fixture.ts";

/** Every run against a hostile target ends within this. */
export const WALL_BOUND_SECONDS = 60;
/** No process of a certify run (it or any worker) grows past this. */
export const RSS_BOUND_MIB = 500;
/**
 * A small budget: every request meets the hostile behaviour, so two scenarios (valid input, and a batch
 * with unprocessed accounts) show it as well as all; `npm run bench` runs every scenario.
 */
const BUDGET = ["--runs", "2", "--only", "valid-input/InviteMembers,semantics/InviteMembers"];

export async function certifyHostile(mode: HostileMode): Promise<CliRun> {
  const target = await startHostileTarget(mode);
  try {
    return await runCli("cli/certify.ts", ["--endpoint", target.url, "--report-dir", mkdtempSync(join(tmpdir(), `hostile-${mode}-`)), ...BUDGET]);
  } finally {
    await target.close();
  }
}

/** Never certified, the exit code expected, within the time and memory bounds, closing on one paragraph without a stack trace. */
export function expectRefused(run: CliRun, exitCodes: readonly number[]): void {
  expect(run.output).not.toMatch(/\n\s+at \S+ \(/);
  expect(run.output).not.toMatch(/^CERTIFIED/m);
  // The verdict is one paragraph on one line (stdout and stderr interleave, so it need not come last).
  expect(run.output).toMatch(/^(certify: |NOT CERTIFIED|INCOMPLETE)[^\n]+$/m);
  expect(exitCodes).toContain(run.code);
  expect(run.seconds).toBeLessThan(WALL_BOUND_SECONDS);
  expect(run.peak.processMiB).toBeLessThan(RSS_BOUND_MIB);
}
