import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { FAULTY_VARIANTS } from "../variants/index.ts";
import { modelLine, modelName } from "../specs/model-provenance.ts";
import { parseCertifyOptions } from "./certify-options.ts";
import { behaviourOf } from "../variants/variant.ts";
import { command, runShell as shell } from "../tools/run-cli.fixture.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function certify(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  const child = spawn(...command("cli/certify.ts", [...args]), {
    cwd: ROOT,
    env: { ...process.env, AWS_ENDPOINT_URL: "", AWS_ENDPOINT_URL_SECURITYHUB: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output })));
}

describe("npm run certify", () => {
  let faulty: RunningEmulator;
  beforeAll(async () => {
    faulty = await startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === "ineligible-reported-processed")!)] });
  });
  afterAll(() => faulty.close());

  it("certifies the embedded reference emulator with exit 0", async () => {
    const { code, output } = await certify(["--runs", "4", "--only", "semantics/InviteMembers,semantics/DeclineInvitations"]);
    expect(output).toContain("certifying the embedded reference emulator");
    expect(output).toMatch(/✓ semantics\/InviteMembers/);
    expect(output).toContain("CERTIFIED");
    // A run narrowed by --only says what it covered, without listing every rule it left out.
    expect(output).toMatch(/^coverage: exercised \d+ of \d+ documented rules .* \(a partial run: --only, --shard or --replay\)$/m);
    expect(output).not.toContain("not exercised:");
    expect(code).toBe(0);
  });

  it("says, certifying the whole suite at the smallest budget, that it exercised every documented rule", async () => {
    const { code, output } = await certify(["--runs", "1"]);
    const [, exercised, rules] = /^coverage: exercised (\d+) of (\d+) documented rules/m.exec(output) ?? [];
    expect(exercised).toBe(rules);
    expect(output).not.toContain("not exercised:");
    // Nothing of Node's own: sixteen scenarios under way at once must not read as a leak, say.
    expect(output).not.toMatch(/\(node:\d+\) \w*Warning/);
    expect(code).toBe(0);
  });

  it("certifies the embedded reference emulator with --strict, which enforces every model constraint", async () => {
    const { code, output } = await certify(["--strict", "--runs", "6", "--only", "invalid-input"]);
    expect(output).toContain(", strict");
    expect(output).toMatch(/✓ invalid-input\/EnableSecurityHub/);
    expect(output).toContain("CERTIFIED");
    expect(code).toBe(0);
  });

  it("exits 1 with the finding, its rule, the exchange and a replay command for a faulty target", async () => {
    const { code, output } = await certify(["--endpoint", faulty.url, "--only", "semantics/InviteMembers", "--seed", "7"]);
    expect(output).toContain("[unprocessed-accounts/ineligible-reported]");
    expect(output).toContain("rule (API reference page): ");
    expect(output).toMatch(/POST \/members\/invite as \d{12}/);
    expect(output).toMatch(new RegExp(`replay: npm run certify -- --endpoint ${faulty.url} --seed 7 --only semantics/InviteMembers --replay [\\d:]+`));
    expect(output).toContain("NOT CERTIFIED");
    expect(code).toBe(1);
  });

  it("replays the printed case, its line run as printed by a shell, and fails the same way; the printed report line runs too", async () => {
    const reportDir = join(mkdtempSync(join(tmpdir(), "certify-replay-")), "my reports");
    const first = await certify(["--endpoint", faulty.url, "--only", "semantics/InviteMembers", "--seed", "7", "--report-dir", reportDir]);
    const line = /replay: (npm run certify -- .*)$/m.exec(first.output)![1]!;
    const again = await shell(line);
    expect(again.code, again.output).toBe(1);
    // The report line names this run's directory (quoted: it has a space), as the user runs commands in a clone.
    const report = /\(for the HTML report: (npm run report -- .*)\)$/m.exec(first.output)![1]!;
    expect(report).toBe(`npm run report -- --report-dir '${reportDir}'`);
    const made = await shell(report);
    expect(made.code, made.output).toBe(0);
    expect(existsSync(join(reportDir, "allure-report", "index.html"))).toBe(true);
    expect(again.output).toContain("[unprocessed-accounts/ineligible-reported]");
    const smallest = (output: string): string => /smallest failing input \([^)]*\): (.*)$/m.exec(output)![1]!;
    expect(smallest(again.output)).toBe(smallest(first.output));
  });

  it("exits 2 when nothing answers at the endpoint", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const { code, output } = await certify(["--endpoint", `http://127.0.0.1:${port}`]);
    expect(code).toBe(2);
    expect(output).toContain("cannot be reached (TARGET_UNREACHABLE)");
    expect(output).toContain("leave out --endpoint to certify the embedded reference emulator");
    expect(output).not.toMatch(/\n\s+at /);
    // Set by a variable, the endpoint is named by the variable: there is no --endpoint to leave out.
    const fromVariable = await certify([], { AWS_ENDPOINT_URL_SECURITYHUB: `http://127.0.0.1:${port}` });
    expect(fromVariable.code).toBe(2);
    expect(fromVariable.output).toContain(
      "that AWS_ENDPOINT_URL_SECURITYHUB names it, or unset AWS_ENDPOINT_URL_SECURITYHUB to certify the embedded reference emulator.",
    );
    expect(fromVariable.output).not.toContain("--endpoint");
  });

  it("exits 2 naming --reference, not --endpoint, when the reference of a parity run is the one nothing answers at", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const { code, output } = await certify(["--endpoint", faulty.url, "--reference", `http://127.0.0.1:${port}`, "--runs", "1"]);
    expect(code).toBe(2);
    expect(output).toContain(`the reference at http://127.0.0.1:${port} cannot be reached (TARGET_UNREACHABLE)`);
    expect(output).toContain("leave out --reference");
    expect(output).not.toContain("leave out --endpoint");
  });

  it("exits 2 when the target accepts connections but never answers", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      const { code, output } = await certify(["--endpoint", `http://127.0.0.1:${(silent.address() as AddressInfo).port}`]);
      expect(code).toBe(2);
      expect(output).toContain("accepts connections but gave no usable answer to its first request (TARGET_TIMEOUT)");
      expect(output).not.toContain("cannot be reached");
    } finally {
      silent.close();
    }
  });

  it("gives findings, not a crash, for a target that answers every request with an HTML page", async () => {
    const html = createHttpServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html><body>It works!</body></html>"));
    await new Promise<void>((resolve) => html.listen(0, "127.0.0.1", resolve));
    try {
      const { code, output } = await certify([
        "--endpoint",
        `http://127.0.0.1:${(html.address() as AddressInfo).port}`,
        "--runs",
        "2",
        "--only",
        "valid-input/InviteMembers,invalid-input/InviteMembers",
      ]);
      expect(output).toContain("[success-shapes/json-body] InviteMembers's success body is not a JSON object");
      expect(output).toContain("[status-codes/invalid-input-rejected]");
      expect(output).not.toMatch(/\n\s+at /);
      expect(code).toBe(1);
    } finally {
      html.close();
    }
  });

  it("runs one shard of the suites and says so in the certificate, which names the AWS model it judged by", async () => {
    const reportDir = mkdtempSync(join(tmpdir(), "shard-"));
    const { code } = await certify(["--shard", "1/3", "--runs", "2", "--report-dir", reportDir]);
    expect(code).toBe(0);
    const certificate = JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8"));
    expect(certificate.run.shard).toBe("1/3");
    expect(certificate.run.scenarios).toBeGreaterThan(0);
    expect(certificate.run.scenarios).toBeLessThan(35);
    expect(certificate.spec.model).toEqual(modelName());
    expect(readFileSync(join(reportDir, "certificate.md"), "utf8")).toContain(`- AWS model: ${modelLine(modelName())}`);
  });

  it("exits 2 with the usage for an option it does not know", async () => {
    const { code, output } = await certify(["--colour"]);
    expect(code).toBe(2);
    expect(output).toContain("Unknown option '--colour'");
    expect(output).toContain("usage: npm run certify");
  });
});

describe("parseCertifyOptions", () => {
  it.each([
    [["--runs", "none"], "--runs must be a whole number"],
    [["--runs", "0"], "--runs must be a whole number"],
    [["--seed", "1.5"], "--seed must be a whole number"],
    [["--endpoint", "ftp://example"], "only http and https"],
    [["--endpoint", "localhost:4566"], "only http and https"],
    [["--accounts", "123"], "--accounts takes 12-digit account ids"],
    [["--replay", "1:2"], "--replay needs the --seed and the one --only scenario"],
    [["--replay", "1:2", "--seed", "3", "--only", "a,b"], "--replay needs the --seed and the one --only scenario"],
    [["stray"], "Unexpected argument 'stray'"],
  ])("refuses %j", (args, message) => {
    expect(() => parseCertifyOptions(args, {})).toThrow(message);
  });

  it("takes the endpoint from the option, then AWS_ENDPOINT_URL_SECURITYHUB, then AWS_ENDPOINT_URL, ignoring empty variables", () => {
    expect(parseCertifyOptions(["--endpoint", "http://a:1"], { AWS_ENDPOINT_URL: "http://b:2" }).endpoint).toBe("http://a:1");
    expect(parseCertifyOptions([], { AWS_ENDPOINT_URL_SECURITYHUB: "http://c:3", AWS_ENDPOINT_URL: "http://b:2" }).endpoint).toBe("http://c:3");
    expect(parseCertifyOptions([], { AWS_ENDPOINT_URL_SECURITYHUB: "", AWS_ENDPOINT_URL: "http://b:2" }).endpoint).toBe("http://b:2");
    expect(parseCertifyOptions([], {}).endpoint).toBeUndefined();
  });

  it("names what chose the endpoint, for the messages about it: the option, the variable that set it, or --region on real accounts", () => {
    const named = (args: string[], env: NodeJS.ProcessEnv) => parseCertifyOptions(args, env).optionNames;
    expect(named(["--endpoint", "http://a:1"], { AWS_ENDPOINT_URL: "http://b:2" })).toEqual({ endpoint: "--endpoint", reference: "--reference" });
    expect(named([], { AWS_ENDPOINT_URL_SECURITYHUB: "http://c:3", AWS_ENDPOINT_URL: "http://b:2" }).endpoint).toBe("AWS_ENDPOINT_URL_SECURITYHUB");
    expect(named([], { AWS_ENDPOINT_URL_SECURITYHUB: "", AWS_ENDPOINT_URL: "http://b:2" }).endpoint).toBe("AWS_ENDPOINT_URL");
    const realAccount = ["--real-account", "--own-accounts", "111122223333,444455556666,777788889999", "--profiles", "a,b,c"];
    expect(named(realAccount, {}).endpoint).toBe("--region");
  });

  it("reads lists and numbers", () => {
    expect(
      parseCertifyOptions(["--only", "state, InviteMembers", "--runs", "5", "--seed", "9", "--accounts", "123456789012,210987654321", "--fail-fast"], {}, 0),
    ).toMatchObject({
      only: ["state", "InviteMembers"],
      runs: 5,
      seed: 9,
      accounts: ["123456789012", "210987654321"],
      failFast: true,
      strict: false,
      settleMs: 3_000,
    });
    expect(parseCertifyOptions(["--strict", "--settle", "500"], {}, 0)).toMatchObject({ strict: true, settleMs: 500 });
    expect(() => parseCertifyOptions(["--settle", "soon"], {}, 0)).toThrow(/--settle must be a whole number/);
  });
});
