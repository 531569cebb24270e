/** Wall time, peak RSS and request rate of one `certify` run against the embedded emulator at the default budget. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Certificate } from "../reports/certificate.ts";
import { NODE_TSX } from "../tools/run-cli.fixture.ts";

export interface CertifyTiming {
  wallSeconds: number;
  /** Largest resident set of the certify process or any of its workers, in MiB (from GNU time). */
  peakRssMiB: number | undefined;
  exitCode: number | null;
  requests: number;
  /** Seconds of the suites' run inside certify (after start-up). */
  runSeconds: number;
}

export async function timeCertify(): Promise<CertifyTiming> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const reportDir = mkdtempSync(join(tmpdir(), "bench-certify-"));
  const started = performance.now();
  // GNU time reports the largest resident set among the process and the children it waited for.
  const child = spawn("/usr/bin/time", ["-f", "peak-rss-kb %M", ...NODE_TSX, "cli/certify.ts", "--report-dir", reportDir], {
    cwd: root,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve) => child.once("close", resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const rss = /peak-rss-kb (\d+)/.exec(stderr)?.[1];
  const certificate = JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8")) as Certificate;
  return {
    wallSeconds,
    peakRssMiB: rss ? Number(rss) / 1024 : undefined,
    exitCode,
    requests: certificate.run.requests,
    runSeconds: certificate.run.durationSeconds,
  };
}
