/** certify's reports and regression gate, end to end against emulators on loopback. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { validateCertificate } from "../reports/write-reports.ts";
import { FAULTY_VARIANTS } from "../variants/index.ts";
import { runCli } from "../tools/run-cli.fixture.ts";
import { behaviourOf } from "../variants/variant.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const ONLY = ["--only", "semantics/InviteMembers,invalid-input/InviteMembers", "--runs", "6", "--seed", "11"];

describe("certify's reports and regression gate", () => {
  let faulty: RunningEmulator;
  let reference: RunningEmulator;
  const dir = mkdtempSync(join(tmpdir(), "certify-"));
  beforeAll(async () => {
    faulty = await startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === "ineligible-reported-processed")!)] });
    reference = await startEmulator();
  });
  afterAll(async () => {
    await faulty.close();
    await reference.close();
  });

  it("writes a certificate valid against its schema, junit.xml and allure results", async () => {
    const out = join(dir, "faulty");
    const { code } = await runCli("cli/certify.ts", ["--endpoint", faulty.url, "--report-dir", out, ...ONLY]);
    expect(code).toBe(1);
    const certificate = JSON.parse(readFileSync(join(out, "certificate.json"), "utf8"));
    expect(validateCertificate(certificate)).toEqual([]);
    expect(certificate).toMatchObject({ verdict: "not-certified", target: { endpoint: faulty.url, embeddedEmulator: false }, run: { seed: 11, runs: 6 } });
    expect(certificate.findings.map((f: { key: string }) => f.key)).toContain("unprocessed-accounts/ineligible-reported|InviteMembers");
    expect(readFileSync(join(out, "certificate.md"), "utf8")).toContain("NOT CERTIFIED");
    const junit = readFileSync(join(out, "junit.xml"), "utf8");
    // One test case per defect, named by its stable identity, with its title as the failure's message.
    expect(junit).toMatch(
      /<testcase classname="unprocessed-accounts.ineligible-reported" name="unprocessed-accounts\/ineligible-reported"><failure type="[^"]*" message="InviteMembers did not list /,
    );
    const allure = readdirSync(join(out, "allure-results"));
    expect(allure.some((f) => f.endsWith("-result.json"))).toBe(true);
    expect(allure.some((f) => f.endsWith("-attachment.json"))).toBe(true);
  });

  it("fails on findings the baseline already had, unless --allow-known", async () => {
    const baseline = join(dir, "faulty", "certificate.json");
    const strict = await runCli("cli/certify.ts", ["--endpoint", faulty.url, "--report-dir", join(dir, "strict"), "--baseline", baseline, ...ONLY]);
    expect(strict.code).toBe(1);
    expect(strict.output).toMatch(/0 new, 0 fixed, 1 known/);
    const lenient = await runCli("cli/certify.ts", [
      "--endpoint",
      faulty.url,
      "--report-dir",
      join(dir, "lenient"),
      "--baseline",
      baseline,
      "--allow-known",
      ...ONLY,
    ]);
    expect(lenient.output).toContain("NO REGRESSIONS");
    expect(lenient.code).toBe(0);
  });

  it("reports what the baseline had and this run fixed", async () => {
    const fixed = await runCli("cli/certify.ts", [
      "--endpoint",
      reference.url,
      "--report-dir",
      join(dir, "fixed"),
      "--baseline",
      join(dir, "faulty", "certificate.json"),
      ...ONLY,
    ]);
    expect(fixed.code).toBe(0);
    expect(fixed.output).toContain("fixed: unprocessed-accounts/ineligible-reported|InviteMembers");
    expect(JSON.parse(readFileSync(join(dir, "fixed", "certificate.json"), "utf8")).baseline).toMatchObject({
      fixed: ["unprocessed-accounts/ineligible-reported|InviteMembers"],
      new: [],
    });
  });

  it("fails on a new finding against a clean baseline", async () => {
    const regressed = await runCli("cli/certify.ts", [
      "--endpoint",
      faulty.url,
      "--report-dir",
      join(dir, "regressed"),
      "--baseline",
      join(dir, "fixed", "certificate.json"),
      "--allow-known",
      ...ONLY,
    ]);
    expect(regressed.code).toBe(1);
    expect(regressed.output).toContain("new:   unprocessed-accounts/ineligible-reported|InviteMembers");
  });

  it("refuses a baseline that is not a certificate", async () => {
    const { code, output } = await runCli("cli/certify.ts", ["--baseline", join(ROOT, "package.json")]);
    expect(code).toBe(2);
    expect(output).toContain("is not a certificate");
  });

  it("turns the allure results into an HTML report", async () => {
    const { code, output } = await runCli("cli/report.ts", ["--report-dir", join(dir, "faulty")]);
    expect(code).toBe(0);
    expect(output).toContain("allure-report/index.html");
    expect(existsSync(join(dir, "faulty", "allure-report", "index.html"))).toBe(true);
  });
});
