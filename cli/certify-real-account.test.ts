/**
 * Real-account mode, against the emulator behind an endpoint given as real (--real-account): the safety
 * rules hold, everything created is cleaned up, and no credential reaches a report or the output.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { command, runCli } from "../tools/run-cli.fixture.ts";

const [ADMINISTRATOR, MEMBER, OUTSIDER, SPARE] = ["111122223333", "444455556666", "777788889999", "123123123123"];
const SECRET = "FAKE-SECRET-7c1b1f0e-must-never-leak";
const TOKEN = "FAKE-SESSION-TOKEN-3a9d-must-never-leak";
const dir = mkdtempSync(join(tmpdir(), "real-account-"));
const credentials = join(dir, "credentials");
writeFileSync(
  credentials,
  [
    ["admin", ADMINISTRATOR],
    ["member", MEMBER],
    ["outsider", OUTSIDER],
  ]
    .map(([profile, id]) => `[${profile}]\naws_access_key_id = ${id}\naws_secret_access_key = ${SECRET}\naws_session_token = ${TOKEN}\n`)
    .join("\n"),
);
writeFileSync(join(dir, "config"), "");
const ENV = {
  AWS_SHARED_CREDENTIALS_FILE: credentials,
  AWS_CONFIG_FILE: join(dir, "config"),
  AWS_ACCESS_KEY_ID: "",
  AWS_SECRET_ACCESS_KEY: "",
  AWS_PROFILE: "",
};

interface Recorded {
  operation: string;
  caller: string;
  input: Record<string, unknown>;
}
const calls: Recorded[] = [];
let emulator: RunningEmulator;
const realArgs = (reportDir: string): string[] => [
  "--real-account",
  "--endpoint",
  emulator.url,
  "--own-accounts",
  `${ADMINISTRATOR},${MEMBER},${OUTSIDER},${SPARE}`,
  "--accounts",
  `${ADMINISTRATOR},${MEMBER},${OUTSIDER}`,
  "--profiles",
  "admin,member,outsider",
  "--report-dir",
  reportDir,
];

beforeAll(async () => {
  emulator = await startEmulator({
    behaviours: [
      {
        name: "recorder",
        description: "records every call",
        everyOperation: (next, operation) => (call) => {
          calls.push({ operation, caller: call.caller, input: call.input });
          return next(call);
        },
      },
    ],
  });
});
afterAll(() => emulator.close());
beforeEach(() => {
  calls.length = 0;
  emulator.state.reset();
  for (const id of [ADMINISTRATOR, MEMBER, OUTSIDER]) emulator.state.account(id).securityHubEnabled = true;
});

function filesUnder(path: string): string[] {
  return readdirSync(path).flatMap((name) => (statSync(join(path, name)).isDirectory() ? filesUnder(join(path, name)) : [join(path, name)]));
}

describe("certify --real-account", () => {
  it("prints the plan for --dry-run and sends nothing", async () => {
    const { code, output } = await runCli("cli/certify.ts", [...realArgs(join(dir, "dry")), "--dry-run"], ENV);
    expect(code).toBe(0);
    expect(output).toContain("REAL AWS ACCOUNTS");
    expect(output).toContain(`CreateMembers and InviteMembers name only: ${ADMINISTRATOR}, ${MEMBER}, ${OUTSIDER}, ${SPARE}`);
    expect(output).toContain("never sent: EnableSecurityHub, DisableSecurityHub, AcceptAdministratorInvitation");
    expect(output).toMatch(/semantics\/InviteMembers/);
    // The coverage phase's size, and its time at the default real-account rate.
    expect(output).toMatch(/coverage phase \(the same for every seed\): \d+ cases, about \d+ requests, about \d+ (s|min) at 2 requests\/s/);
    expect(calls).toEqual([]);
  });

  it("certifies, names only owned accounts, never enables anything, cleans up, and leaks no credential", async () => {
    const reportDir = join(dir, "run");
    const { code, output } = await runCli("cli/certify.ts", [...realArgs(reportDir), "--runs", "2", "--rate", "500"], ENV);
    expect(output).toContain("CERTIFIED");
    expect(code).toBe(0);
    const operations = new Set(calls.map((c) => c.operation));
    for (const forbidden of ["EnableSecurityHub", "DisableSecurityHub", "AcceptAdministratorInvitation"]) expect(operations).not.toContain(forbidden);
    expect(operations).toContain("InviteMembers");
    const named = calls
      .filter((c) => c.operation === "CreateMembers" || c.operation === "InviteMembers")
      .flatMap((c) => JSON.stringify(c.input).match(/\d{12,}/g) ?? []);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => ![ADMINISTRATOR, MEMBER, OUTSIDER, SPARE].includes(id))).toEqual([]);
    expect(new Set(calls.map((c) => c.caller))).toEqual(new Set([ADMINISTRATOR, MEMBER, OUTSIDER]));
    expect([...emulator.state.account(ADMINISTRATOR).members.keys()], JSON.stringify(calls.filter((c) => c.operation === "CreateMembers"))).toEqual([]);
    expect(emulator.state.account(MEMBER).invitations.size).toBe(0);
    for (const file of filesUnder(reportDir)) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toContain(SECRET);
      expect(text, file).not.toContain(TOKEN);
    }
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(TOKEN);
  });

  // Issue 13: a recording made on real accounts (record once, gate in CI) holds no secret or signature, and replays.
  it("records the real accounts' answers for parity with no secret or signature in the recording, and compares with it", async () => {
    const recording = join(dir, "recording");
    const recorded = await runCli(
      "cli/certify.ts",
      [...realArgs(join(dir, "recorded")), "--runs", "2", "--rate", "500", "--seed", "5", "--record", recording],
      ENV,
    );
    expect(recorded.output).toContain(`Recorded as a reference to ${recording}`);
    expect(recorded.code, recorded.output).toBe(0);
    const files = filesUnder(recording);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const secret of [SECRET, TOKEN, "Signature=", "Credential=", "AWS4-HMAC-SHA256", "x-amz-security-token", "authorization"])
        expect(text.toLowerCase(), file).not.toContain(secret.toLowerCase());
    }
    expect(emulator.state.account(ADMINISTRATOR).members.size).toBe(0);
    const compared = await runCli(
      "cli/certify.ts",
      [...realArgs(join(dir, "compared")), "--runs", "2", "--rate", "500", "--seed", "5", "--reference-recording", recording, "--parity-gate"],
      ENV,
    );
    expect(compared.output).toContain(`Compared with the recording ${recording}: no divergence`);
    expect(compared.code, compared.output).toBe(0);
  });

  it("stops with exit 2, naming the account and the command to run, when Security Hub is not enabled", async () => {
    emulator.state.account(OUTSIDER).securityHubEnabled = false;
    const { code, output } = await runCli("cli/certify.ts", realArgs(join(dir, "off")), ENV);
    expect(code).toBe(2);
    expect(output).toContain(`Security Hub is not enabled for the outsider account ${OUTSIDER} (profile outsider)`);
    expect(output).toContain("aws securityhub enable-security-hub --profile outsider");
    expect(calls.map((c) => c.operation)).not.toContain("EnableSecurityHub");
  });

  it("refuses to start from a membership the user made", async () => {
    emulator.state
      .account(ADMINISTRATOR)
      .members.set(MEMBER, { accountId: MEMBER, email: undefined, status: "Enabled", invitedAt: undefined, updatedAt: new Date() });
    const { code, output } = await runCli("cli/certify.ts", realArgs(join(dir, "member")), ENV);
    expect(code).toBe(2);
    expect(output).toContain(`${MEMBER} already is a member of the administrator ${ADMINISTRATOR}`);
    expect(calls.map((c) => c.operation)).not.toContain("DeleteMembers");
  });

  it("cleans up when interrupted", async () => {
    const child = spawn(...command("cli/certify.ts", [...realArgs(join(dir, "interrupted")), "--rate", "20", "--only", "semantics"]), {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      env: { ...process.env, ...ENV },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
    for (let waited = 0; !calls.some((c) => c.operation === "InviteMembers") && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGINT");
    expect(await exited, output).toBe(130);
    expect(output).toContain("interrupted");
    expect(output, output).toContain("cleanup:");
    expect(emulator.state.account(ADMINISTRATOR).members.size, output).toBe(0);
    expect(emulator.state.account(MEMBER).invitations.size, output).toBe(0);
  });
});
