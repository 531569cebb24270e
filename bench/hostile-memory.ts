/** Peak memory of certify against targets built to exhaust it: a gzip bomb (1 MiB inflating to 1 GiB) and 8 MB answers. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHostileTarget, type HostileMode } from "../tools/hostile-target.ts";
import { runCli } from "../tools/run-cli.fixture.ts";

export interface HostileMemory {
  mode: HostileMode;
  exitCode: number | null;
  seconds: number;
  /** The largest resident set of certify or any one of its workers, in MiB. */
  processMiB: number;
  /** The largest resident set of certify and its workers together, in MiB. */
  treeMiB: number;
}

/** Every scenario at 3 runs each: every request meets the hostile answer, and shrinking multiplies them. */
export async function measureHostileMemory(mode: HostileMode): Promise<HostileMemory> {
  const target = await startHostileTarget(mode);
  try {
    const run = await runCli("cli/certify.ts", [
      "--endpoint",
      target.url,
      "--runs",
      "3",
      "--seed",
      "1",
      "--report-dir",
      mkdtempSync(join(tmpdir(), `bench-${mode}-`)),
    ]);
    return { mode, exitCode: run.code, seconds: run.seconds, processMiB: run.peak.processMiB, treeMiB: run.peak.treeMiB };
  } finally {
    await target.close();
  }
}
