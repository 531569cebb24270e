/**
 * Figures of the certify command as users run it, the compiled command (`npx securityhub-conformance certify`,
 * dist/) or through tsx in a clone (`npm run certify`): start-up to the first request a target receives, the time to
 * the first finding printed, and the request rate of a deep run.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Pool } from "undici";
import { startEmulator } from "../emulator/index.ts";
import type { Certificate } from "../reports/certificate.ts";
import { behaviourOf, type Variant } from "../variants/index.ts";
import { NODE_TSX } from "../tools/run-cli.fixture.ts";
import { spawnEmulator } from "./emulator-process.ts";
import { measureEmulatorThroughput, type ThroughputFigure } from "./emulator-throughput.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * How the command is started: compiled, as installed users run it (`npx securityhub-conformance certify`); as a
 * clone's `npm run certify`, which runs the build `npm ci` made while it is current; or from the sources through
 * tsx, as `npm run certify` does after a change until `npm run build`.
 */
export type Form = "compiled" | "npm" | "tsx";
const COMMANDS: Record<Form, string[]> = {
  compiled: [process.execPath, "dist/cli/certify.js"],
  npm: ["npm", "run", "--silent", "certify", "--"],
  tsx: [...NODE_TSX, "cli/certify.ts"],
};
const commandOf = (form: Form): string[] => COMMANDS[form];

interface Watched {
  /** Where the run wrote its reports. */
  reportDir: string;
  /** Seconds from the spawn until `until` first matched the output, if it did. */
  matchedSeconds: number | undefined;
  wallSeconds: number;
  output: string;
  /** CPU seconds (user and system) the command spent, from GNU time. */
  cpuSeconds: number;
}

/** Runs certify with `args`; resolves once its output streams close. */
function runCertify(form: Form, args: string[], until?: RegExp): Promise<Watched> {
  const started = performance.now();
  const reportDir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  // GNU time writes the command's CPU time last, on a line of its own.
  const child = spawn("/usr/bin/time", ["-f", "cpu-seconds %U %S", ...commandOf(form), "--report-dir", reportDir, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let matchedSeconds: number | undefined;
  const read = (chunk: Buffer): void => {
    output += chunk;
    if (matchedSeconds === undefined && until?.test(output)) matchedSeconds = (performance.now() - started) / 1000;
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  return new Promise((resolve) =>
    child.once("close", () => {
      const cpu = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(output);
      resolve({
        reportDir,
        matchedSeconds,
        wallSeconds: (performance.now() - started) / 1000,
        output,
        cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN,
      });
    }),
  );
}

/** An emulator behind a recorder of when its first request arrived (the time from the spawn to it is the start-up). */
async function recordedEmulator(): Promise<{ url: string; firstRequestAt: () => number | undefined; close: () => Promise<void> }> {
  const emulator = await startEmulator();
  const upstream = new Pool(emulator.url, { connections: 32 });
  let first: number | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    first ??= performance.now();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !["host", "connection", "content-length"].includes(name))) as Record<
        string,
        string
      >;
      const body = Buffer.concat(chunks);
      const answer = await upstream.request({ method: req.method as "POST", path: req.url ?? "/", headers, body: body.length > 0 ? body : null });
      res.writeHead(answer.statusCode, answer.headers as Record<string, string>).end(Buffer.from(await answer.body.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    firstRequestAt: () => first,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await upstream.close();
      await emulator.close();
    },
  };
}

/** Seconds from starting certify to the first request its target receives, median of `times`. */
export async function measureStartup(form: Form, times = 5): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < times; i++) {
    const target = await recordedEmulator();
    try {
      const started = performance.now();
      await runCertify(form, ["--endpoint", target.url, "--runs", "1", "--only", "valid-input/GetInvitationsCount"]);
      seconds.push((target.firstRequestAt()! - started) / 1000);
    } finally {
      await target.close();
    }
  }
  return median(seconds);
}

/** Wall seconds of certifying the embedded emulator at the default budget, median of `times`, and the requests of the last. */
export async function measureCertifyWall(form: Form, times = 3): Promise<{ seconds: number; requests: number }> {
  const walls: number[] = [];
  let requests = 0;
  for (let i = 0; i < times; i++) {
    const run = await runCertify(form, []);
    walls.push(run.wallSeconds);
    requests = Number(/(\d+) requests, [\d.]+ s/.exec(run.output)?.[1] ?? 0);
  }
  return { seconds: median(walls), requests };
}

/** Requests per second of the scenarios of a `--runs N` certification of `endpoint` (start-up excluded). */
export async function measureDeepRate(
  endpoint: string,
  form: Form = "compiled",
  runs = 200,
): Promise<{ perSecond: number; requests: number; seconds: number; cpuMicrosecondsPerRequest: number }> {
  const run = await runCertify(form, ["--endpoint", endpoint, "--runs", String(runs), "--seed", "1"]);
  // The certificate's figures, to the millisecond (the summary line rounds the seconds to a tenth).
  const { requests, durationSeconds: seconds } = (JSON.parse(readFileSync(join(run.reportDir, "certificate.json"), "utf8")) as Certificate).run;
  return { perSecond: requests / seconds, requests, seconds, cpuMicrosecondsPerRequest: (run.cpuSeconds * 1e6) / requests };
}

/** autocannon on InviteMembers, then a `--runs N` certification of a fresh emulator at once after it, and their ratio. */
export async function measureRatePair(
  runs: number,
  { inviteOnly }: { inviteOnly: boolean },
): Promise<{
  throughput: ThroughputFigure[];
  deep: Awaited<ReturnType<typeof measureDeepRate>>;
  ratio: number;
  /** The emulator's CPU per request of the deep run (all its threads), if /proc tells. */
  emulatorMicrosecondsPerRequest: number | undefined;
}> {
  const throughput = await measureEmulatorThroughput(5, { inviteOnly });
  const emulator = await spawnEmulator();
  try {
    const before = emulator.cpuSeconds();
    const deep = await measureDeepRate(emulator.url, "compiled", runs);
    const after = emulator.cpuSeconds();
    const emulatorMicrosecondsPerRequest = before === undefined || after === undefined ? undefined : ((after - before) * 1e6) / deep.requests;
    return { throughput, deep, ratio: deep.perSecond / throughput[0]!.requestsPerSecond, emulatorMicrosecondsPerRequest };
  } finally {
    await emulator.stop();
  }
}

/** Seconds from starting certify with --fail-fast to its first finding printed, per faulty variant. */
export async function measureFirstFindingCli(
  variants: readonly Variant[],
  form: Form = "compiled",
): Promise<{ median: number; max: number; missed: string[] }> {
  const seconds: number[] = [];
  const missed: string[] = [];
  for (const variant of variants) {
    // A variant's planted crash is answered 500 on every request it meets; its warnings would bury the figures.
    const emulator = await startEmulator({ behaviours: [behaviourOf(variant)], onFault: () => {} });
    try {
      const run = await runCertify(
        form,
        ["--endpoint", emulator.url, "--fail-fast", "--seed", "1", ...(variant.config?.strict ? ["--strict"] : [])],
        /^\s+✗ \[/m,
      );
      if (run.matchedSeconds === undefined) missed.push(variant.name);
      else seconds.push(run.matchedSeconds);
    } finally {
      await emulator.close();
    }
  }
  return { median: median(seconds), max: Math.max(...seconds), missed };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
