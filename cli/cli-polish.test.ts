/** Each command, run as users run it: exit codes and the one message they read (issue 11). */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { FAULTY_VARIANTS } from "../variants/index.ts";
import { behaviourOf } from "../variants/variant.ts";
import { command, runCli } from "../tools/run-cli.fixture.ts";
import { shardSeed } from "./certify-options.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cli-polish-"));
const aFile = join(dir, "a-file");
writeFileSync(aFile, "not a directory");

/** stdout apart from stderr, for --json. */
function runSeparately(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(...command(script, [...args]), {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

describe.each<[string, string[], RegExp]>([
  [
    "a report directory under /proc",
    ["cli/certify.ts", "--report-dir", "/proc/forbidden"],
    /^certify: the report directory \/proc\/forbidden cannot be created or written \(\w+\); choose another with --report-dir\.$/m,
  ],
  [
    "a report directory under a file",
    ["cli/certify.ts", "--report-dir", join(aFile, "out")],
    /^certify: the report directory .*a-file\/out cannot be created or written \(\w+\); choose another with --report-dir\.$/m,
  ],
  [
    "an --only name the suite does not have",
    ["cli/certify.ts", "--only", "semantic/InviteMembers"],
    /--only names nothing the suite runs: "semantic\/InviteMembers"\. Valid names are scenario groups \(valid-input, invalid-input, semantics, isolation, state-machine, pagination, lifecycle\)/,
  ],
  ["a negative --runs", ["cli/certify.ts", "--runs", "-1"], /^certify: --runs must be a whole number from 1 to 100000, got "-1"$/m],
  ["a negative --port", ["cli/emulator.ts", "--port", "-1"], /^emulator: --port must be a whole number from 0 to 65535, got "-1"$/m],
  ["a negative --runs for mutation", ["cli/mutation.ts", "--runs", "-2"], /^mutation: --runs and --seed take whole numbers$/m],
  ["a variant mutation does not have", ["cli/mutation.ts", "--only", "no-such-variant"], /^mutation: no variant named no-such-variant$/m],
  ["no faulty variant at a time", ["cli/mutation.ts", "--jobs", "0"], /^mutation: --jobs takes a whole number of 1 or more$/m],
  // Every command's usage error: the usage's first line above, the one precise line last, in view.
  ...(["certify", "emulator", "report", "merge", "mutation", "plan"] as const).map((name): [string, string[], RegExp] => [
    `an option ${name} does not know`,
    [`cli/${name}.ts`, "--bogus"],
    new RegExp(`^${name}: Unknown option '--bogus'`),
  ]),
  ["a command the package does not have", ["bin/securityhub-conformance.mjs", "bogus"], /^securityhub-conformance: no command named "bogus"$/],
  ["no command", ["bin/securityhub-conformance.mjs"], /^securityhub-conformance: name a command$/],
])("%s", (_name, [script, ...args], message) => {
  it("exits 2 at once with one sentence, the last line printed, and no stack trace", async () => {
    const started = performance.now();
    const { code, output } = await runCli(script!, args);
    expect(output.trimEnd().split("\n").at(-1), output).toMatch(message);
    expect(output).not.toMatch(/^\s+at .*\.(ts|js):\d+/m);
    expect(code).toBe(2);
    // Before any suite starts: under a loaded 2-core machine tsx's start-up alone takes a few seconds.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe("a replay path that selects no case", () => {
  it("exits 2, never a pass, saying the run proves nothing", async () => {
    const { code, output } = await runCli("cli/certify.ts", [
      "--seed",
      "1",
      "--only",
      "semantics/InviteMembers",
      "--replay",
      "9999:9999:9999",
      "--report-dir",
      join(dir, "replay"),
    ]);
    expect(output).toMatch(/^certify: no case was replayed: --replay 9999:9999:9999 with --seed 1 and --only semantics\/InviteMembers selects no case/m);
    expect(output).not.toContain("CERTIFIED");
    expect(code).toBe(2);
  });
});

describe.each(["certify", "emulator", "report", "merge", "mutation", "plan"])("%s --help", (command) => {
  it("prints its usage, naming the command as it was run, and exits 0", async () => {
    const viaScript = await runCli(`cli/${command}.ts`, ["--help"]);
    expect(viaScript.output).toContain(`usage: npm run ${command} --`);
    expect(viaScript.code).toBe(0);
    const viaPackage = await runCli("bin/securityhub-conformance.mjs", [command, "--help"]);
    expect(viaPackage.output).toContain(`usage: npx securityhub-conformance ${command}`);
    expect(viaPackage.code).toBe(0);
  });
});

describe("a sharded run and its merge", () => {
  it("shares the day's seed between shards by default, and refuses to merge the same shard twice", async () => {
    const shard = join(dir, "shard-1");
    const run = await runCli("cli/certify.ts", ["--shard", "1/3", "--runs", "1", "--report-dir", shard]);
    expect(run.code).toBe(0);
    const seed = JSON.parse(readFileSync(join(shard, "certificate.json"), "utf8")).run.seed as number;
    expect([shardSeed(Date.now()), shardSeed(Date.now() - 86_400_000)]).toContain(seed);
    const merged = await runCli("cli/merge.ts", ["--report-dir", join(dir, "merged"), shard, shard]);
    expect(merged.output).toMatch(/^merge: shard 1\/3 is given twice; give each shard's report directory once$/m);
    expect(merged.code).toBe(2);
  });
});

describe("certify --json", () => {
  it("prints the certificate, and only the certificate, on stdout", async () => {
    const { code, stdout, stderr } = await runSeparately("cli/certify.ts", [
      "--json",
      "--runs",
      "2",
      "--only",
      "semantics/InviteMembers",
      "--report-dir",
      join(dir, "json"),
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ verdict: "certified", run: { runs: 2, only: ["semantics/InviteMembers"] } });
    expect(stderr).toContain("CERTIFIED");
    expect(code).toBe(0);
  });
});

describe("the reports of a faulty target", () => {
  let faulty: RunningEmulator;
  const out = join(dir, "faulty");
  let output = "";
  beforeAll(async () => {
    faulty = await startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === "ineligible-reported-processed")!)] });
    ({ output } = await runCli("cli/certify.ts", ["--endpoint", faulty.url, "--only", "semantics/InviteMembers", "--seed", "7", "--report-dir", out]));
  });
  afterAll(() => faulty.close());

  it("print a replay line that writes its reports apart from the run's", () => {
    expect(output).toMatch(/replay: npm run certify -- --endpoint \S+ --seed 7 --only semantics\/InviteMembers --replay [\d:]+ --report-dir reports\/replay$/m);
  });

  it("show each defect in Allure as Failed, without the harness's stack frames, grouped by operation and check family", () => {
    const results = readdirSync(join(out, "allure-results"))
      .filter((f) => f.endsWith("-result.json"))
      .map((f) => JSON.parse(readFileSync(join(out, "allure-results", f), "utf8")));
    const label = (result: { labels: { name: string; value: string }[] }, name: string): string[] =>
      result.labels.filter((l) => l.name === name).map((l) => l.value);
    const defect = results.find((r) => label(r, "subSuite").includes("unprocessed-accounts/ineligible-reported"));
    expect(defect.status).toBe("failed");
    expect(defect.statusDetails.trace ?? "").not.toMatch(/harness\.ts|node_modules/);
    expect(label(defect, "parentSuite")).toContain("InviteMembers");
    expect(label(defect, "suite")).toContain("unprocessed-accounts");
  });

  it("write a certificate.md with a legend for the table's symbols", () => {
    const markdown = readFileSync(join(out, "certificate.md"), "utf8");
    expect(markdown).toContain("✅ pass: every scenario of that operation and family passed");
    expect(markdown).not.toContain("replayPath");
  });
});
