import { SECURITY_HUB } from "../specs/services/index.ts";
import { describe, expect, it } from "vitest";
import type { Finding } from "../checks/finding.ts";
import { buildCertificate, compareWithBaseline, runFails, scenariosPlayed, type Certificate, type CertificateInput } from "./certificate.ts";
import { junitXml } from "./junit.ts";
import { certificateMarkdown } from "./certificate-markdown.ts";
import { mergeCertificates } from "./merge-certificates.ts";
import type { ScenarioRecord } from "./scenario-record.ts";
import { validateCertificate } from "./write-reports.ts";

const finding = (key: string, severity: Finding["severity"] = "failure"): Finding => ({
  check: "unprocessed-accounts/ineligible-reported",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity,
  operation: "InviteMembers",
  title: `finding ${key}`,
  rule: "a documented rule",
  facts: { accountId: "1" },
  key,
  exchange: 0,
});
const record = (
  scenario: string,
  failures: Finding[] = [],
  warnings: Finding[] = [],
  verdict: ScenarioRecord["verdict"] = failures.length ? "failed" : "passed",
): ScenarioRecord => ({
  scenario,
  operations: ["InviteMembers"],
  families: ["unprocessed-accounts"],
  verdict,
  failures,
  warnings,
  exchanges: [],
  counterexample: failures.length ? '{"batch":[]}' : undefined,
  seed: 7,
  path: failures.length ? "0:1" : undefined,
  replay: failures.length ? "npm run certify -- --seed 7 --only x --replay 0:1" : undefined,
  warningCases: {},
  cases: 3,
  coverageCases: 1,
  requests: 12,
  durationMs: 40,
  // A passing scenario exercised an UnprocessedAccounts check on its operation.
  exercisedChecks: verdict === "passed" ? { "unprocessed-accounts/ineligible-reported|InviteMembers": 3 } : {},
  exercisedStatements: verdict === "passed" ? { "InviteMembers.page.before-you-can-use-this": 3 } : {},
  error: verdict === "error" ? "the target stopped answering" : undefined,
  errorKind: verdict === "error" ? "target" : undefined,
  blockedBy: undefined,
});
const input = (records: ScenarioRecord[]): CertificateInput => ({
  service: SECURITY_HUB,
  records,
  target: { endpoint: "http://127.0.0.1:4577", embeddedEmulator: true, realAccount: false, region: "us-east-1" },
  spec: {
    title: "AWS SecurityHub",
    apiVersion: "2018-10-26",
    sha256: "a".repeat(64),
    model: {
      service: "securityhub",
      apiVersion: "2018-10-26",
      botocoreVersion: "1.43.11",
      vendoredOn: "2026-12-07",
      sourceFile: "botocore/data/securityhub/2018-10-26/service-2.json.gz",
      sourceSha256: "b".repeat(64),
    },
  },
  suite: { name: "securityhub-conformance", version: "0.1.0" },
  run: { seed: 7, runs: 20, only: [], shard: undefined, startedAt: "2026-11-21T12:00:00.000Z", durationSeconds: 1.5 },
});

describe("buildCertificate", () => {
  it.each([
    ["a clean run", [record("a")], "certified"],
    ["a run with a failure", [record("a", [finding("k1")])], "not-certified"],
    ["a run with only a warning", [record("a", [], [finding("w", "warning")])], "certified"],
    ["a run with a scenario that could not run", [record("a"), record("b", [], [], "error")], "incomplete"],
  ] as const)("makes a valid certificate for %s", (_name, records, verdict) => {
    const certificate = buildCertificate(input([...records]));
    expect(validateCertificate(certificate)).toEqual([]);
    expect(certificate.verdict).toBe(verdict);
  });

  it("keeps each failure's scenario, smallest input and replay command, and totals the run", () => {
    const certificate = buildCertificate(input([record("semantics/InviteMembers", [finding("k1")]), record("b")]));
    expect(certificate.findings[0]).toMatchObject({
      key: "k1",
      scenario: "semantics/InviteMembers",
      counterexample: '{"batch":[]}',
      replay: expect.stringContaining("--replay 0:1"),
    });
    expect(certificate.findings[0]).not.toHaveProperty("exchange");
    expect(certificate.run).toMatchObject({ scenarios: 2, cases: 6, requests: 24 });
    expect(certificate.verdicts).toContainEqual({ operation: "InviteMembers", family: "unprocessed-accounts", verdict: "fail" });
  });

  it("is rejected by the schema when a required part is missing", () => {
    const { spec: _spec, ...broken } = buildCertificate(input([record("a")]));
    expect(validateCertificate(broken).join()).toContain("must have required property 'spec'");
  });

  it("renders the verdict, the findings and the baseline for people", () => {
    const certificate = buildCertificate(input([record("semantics/InviteMembers", [finding("k1")])]));
    certificate.baseline = { file: "old.json", new: ["k1"], fixed: ["k0"], known: [], allowKnown: false };
    const markdown = certificateMarkdown(certificate);
    expect(markdown).toContain("# Conformance certificate: NOT CERTIFIED");
    expect(markdown).toContain("### finding k1");
    expect(markdown).toContain("- Replay: `npm run certify -- --seed 7 --only x --replay 0:1`");
    expect(markdown).toContain("- New: `k1`");
    expect(markdown).toContain("- Fixed: `k0`");
    expect(markdown).toContain(
      `- AWS model: securityhub 2018-10-26, from botocore 1.43.11 (vendored 2026-12-07): \`botocore/data/securityhub/2018-10-26/service-2.json.gz\`, sha256 \`${"b".repeat(64)}\``,
    );
  });

  it("names the model it judged by, and still reads a certificate of a suite that named none", () => {
    const certificate = buildCertificate(input([record("a")]));
    expect(certificate.spec.model).toMatchObject({ botocoreVersion: "1.43.11", vendoredOn: "2026-12-07" });
    expect(
      validateCertificate({ ...certificate, spec: { ...certificate.spec, model: { ...certificate.spec.model!, botocoreVersion: "latest" } } }),
    ).not.toEqual([]);
    const { model: _model, ...older } = certificate.spec;
    expect(validateCertificate({ ...certificate, spec: older })).toEqual([]);
    expect(certificateMarkdown({ ...certificate, spec: older })).not.toContain("- AWS model:");
  });
});

describe("the regression gate", () => {
  const certificate = (keys: string[]): Certificate =>
    buildCertificate(
      input([
        record(
          "a",
          keys.map((k) => finding(k)),
        ),
      ]),
    );
  it.each([
    ["no findings before or now", [], [], false, false],
    ["a new finding", ["k1"], [], false, true],
    ["a known finding", ["k1"], ["k1"], false, true],
    ["a known finding, allowed", ["k1"], ["k1"], true, false],
    ["a new finding beside a known one, allowed", ["k1", "k2"], ["k1"], true, true],
    ["a fixed finding", [], ["k1"], false, false],
  ] as const)("%s", (_name, now, before, allowKnown, fails) => {
    const current = certificate([...now]);
    current.baseline = compareWithBaseline(current, certificate([...before]), "baseline.json", allowKnown);
    expect(runFails(current)).toBe(fails);
  });

  it("says which findings are new, fixed and known", () => {
    const current = certificate(["k1", "k2"]);
    expect(compareWithBaseline(current, certificate(["k2", "k3"]), "b.json", false)).toEqual({
      file: "b.json",
      new: ["k1"],
      fixed: ["k3"],
      known: ["k2"],
      allowKnown: false,
    });
  });
});

describe("mergeCertificates", () => {
  const shard = (records: ScenarioRecord[], shardName: string): Certificate => {
    const certificate = buildCertificate(input(records));
    certificate.run.shard = shardName;
    return certificate;
  };

  it("joins the shards' scenarios and findings, sums the run and keeps the worst verdict per cell", () => {
    const merged = mergeCertificates([shard([record("a")], "1/2"), shard([record("b", [finding("k1")])], "2/2")]);
    expect(validateCertificate(merged)).toEqual([]);
    expect(merged.verdict).toBe("not-certified");
    expect(merged.scenarios.map((s) => s.name)).toEqual(["a", "b"]);
    expect(merged.run).toMatchObject({ scenarios: 2, cases: 6, requests: 24, shard: undefined });
    expect(merged.verdicts).toEqual([{ operation: "InviteMembers", family: "unprocessed-accounts", verdict: "fail" }]);
  });

  it("refuses shards run with different seeds", () => {
    const other = shard([record("b")], "2/2");
    other.run.seed = 8;
    expect(() => mergeCertificates([shard([record("a")], "1/2"), other])).toThrow("different seeds");
  });
});

describe("the certificate of a stopped run", () => {
  const unfinished = (scenario: string, cases: number) => ({
    scenario,
    operations: ["InviteMembers"],
    families: ["unprocessed-accounts"],
    cases,
    coverageCases: Math.min(cases, 1),
    requests: cases * 4,
    durationMs: cases * 10,
  });
  const stopped = buildCertificate({
    ...input([record("a", [finding("k1")]), record("b")]),
    run: { ...input([]).run, interrupted: "SIGINT" },
    missing: [
      { name: "c", reason: "the run was interrupted before it finished" },
      { name: "d", reason: "the run was interrupted before it started" },
      { name: "e", reason: "TypeError: a defect of the suite" },
    ],
    unfinished: [unfinished("c", 7), unfinished("d", 0)],
  });

  it("counts what it played, the cases of scenarios under way included, and keeps the findings of those that finished", () => {
    expect(validateCertificate(stopped)).toEqual([]);
    expect(stopped.verdict).toBe("not-certified");
    expect(stopped.run).toMatchObject({ scenarios: 3, cases: 3 + 3 + 7, requests: 12 + 12 + 28 });
    expect(stopped.scenarios.map((s) => `${s.name} ${s.verdict} ${s.cases}`)).toEqual(["a failed 3", "b passed 3", "c interrupted 7", "d interrupted 0"]);
    expect(stopped.findings.map((f) => f.key)).toEqual(["k1"]);
    expect(scenariosPlayed(stopped)).toBe("3 scenarios (2 finished, 1 stopped under way; 1 planned and not started)");
    expect(stopped.verdicts.find((v) => v.operation === "InviteMembers" && v.family === "unprocessed-accounts")?.verdict).toBe("fail");
  });

  it("gives junit.xml a test case for every planned scenario: the unfinished skipped as interrupted, the unreported an error", () => {
    const junit = junitXml(stopped);
    expect(junit).toContain(
      '<testcase classname="scenarios" name="c" time="0.070"><skipped message="interrupted">interrupted: the run was stopped (SIGINT) after 7 case(s) and 28 request(s) of it, before it finished</skipped></testcase>',
    );
    expect(junit).toContain('name="d" time="0.000"><skipped message="interrupted">interrupted: the run was stopped (SIGINT) before it started</skipped>');
    expect(junit).toContain('name="e" time="0.000"><error message="TypeError: a defect of the suite"/>');
    // The failed scenario is its defect's test case; b passed.
    expect(junit).toMatch(/<testsuites [^>]*tests="5" failures="1" errors="1" skipped="2"/);
  });

  it("says so in certificate.md: what it played, and a mark of its own in the table, explained", () => {
    const markdown = certificateMarkdown(
      buildCertificate({ ...input([record("b")]), run: { ...input([]).run, interrupted: "SIGTERM" }, unfinished: [unfinished("c", 7)] }),
    );
    expect(markdown).toContain("- Interrupted (SIGTERM): the findings and verdicts of the scenarios that finished stand");
    expect(markdown).toContain("; 2 scenarios (1 finished, 1 stopped under way), 10 cases, 40 requests in ");
    expect(markdown).toContain("| InviteMembers | ⏹ interrupted |");
    expect(markdown).toContain("⏹ interrupted: the run was stopped before a scenario about it finished");
  });
});
