/**
 * Issue 17.8: the tables and Allure say what happened. Each state of a cell has its own mark (pass, fail, warn,
 * blocked, error, not exercised, not established, no scenario), explained by a legend; columns stay aligned
 * whatever the marks; in Allure a warning has a status of its own and its rule, and a defect lasts as long as
 * the scenario of its example.
 */
import { SECURITY_HUB } from "../specs/services/index.ts";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding } from "../checks/finding.ts";
import { writeAllureResults } from "./allure-results.ts";
import { buildCertificate } from "./certificate.ts";
import { certificateMarkdown } from "./certificate-markdown.ts";
import type { ScenarioRecord } from "./scenario-record.ts";
import { CELL_MARKS, formatSummaryTable, verdictCells, verdictMatrix } from "./summary-table.ts";
import { scenarioRecord } from "./scenario-record.fixture.ts";

const finding = (check: string, family: string, operation: string, severity: Finding["severity"] = "failure"): Finding => ({
  check,
  family: family as Finding["family"],
  source: "reference-page",
  severity,
  operation,
  title: `${operation} broke ${check}`,
  rule: `the rule of ${check}`,
  facts: {},
  key: `${check}|${operation}`,
});
const record = (scenario: string, operations: string[], families: string[], options: Partial<ScenarioRecord> = {}): ScenarioRecord =>
  scenarioRecord(scenario, {
    operations,
    families: families as ScenarioRecord["families"],
    seed: 7,
    cases: 3,
    coverageCases: 1,
    requests: 12,
    durationMs: 40,
    ...options,
  });

const records: ScenarioRecord[] = [
  // Passed, judged: pass. Passed on an operation no check of the family judged: not exercised.
  record("semantics/InviteMembers", ["InviteMembers", "GetInvitationsCount"], ["unprocessed-accounts", "state"], {
    exercisedChecks: { "unprocessed-accounts/ineligible-reported|InviteMembers": 3, "state/invitation-visible|InviteMembers": 3 },
  }),
  // Failed on one operation: the other cells it is about were never established.
  record("semantics/DeclineInvitations", ["DeclineInvitations", "ListInvitations"], ["unprocessed-accounts", "state"], {
    verdict: "failed",
    failures: [finding("unprocessed-accounts/ineligible-reported", "unprocessed-accounts", "DeclineInvitations")],
  }),
  record("valid-input/DeleteMembers", ["DeleteMembers"], ["status-codes"], { verdict: "blocked", blockedBy: ["DeleteMembers"] }),
  record("valid-input/ListMembers", ["ListMembers"], ["status-codes"], { verdict: "error", error: "the target stopped answering", errorKind: "target" }),
  record("invalid-input/ListMembers", ["ListMembers"], ["error-shapes"], {
    warnings: [finding("error-shapes/service-wide-type", "error-shapes", "ListMembers", "warning")],
    exercisedChecks: { "error-shapes/service-wide-type|ListMembers": 1 },
  }),
];

describe("the verdict table", () => {
  it("gives each state of a cell its own mark", () => {
    const matrix = verdictMatrix(records, SECURITY_HUB);
    expect(matrix.get("InviteMembers")!.get("unprocessed-accounts")).toBe("pass");
    expect(matrix.get("DeclineInvitations")!.get("unprocessed-accounts")).toBe("fail");
    // The failed scenario stopped at its first failing case: whether DeclineInvitations' effects hold is unknown.
    expect(matrix.get("DeclineInvitations")!.get("state")).toBe("not-established");
    expect(matrix.get("DeleteMembers")!.get("status-codes")).toBe("blocked");
    expect(matrix.get("ListMembers")!.get("status-codes")).toBe("error");
    expect(matrix.get("ListMembers")!.get("error-shapes")).toBe("warn");
    expect(new Set(Object.values(CELL_MARKS).map((m) => m.mark)).size).toBe(Object.keys(CELL_MARKS).length);
  });

  it("marks interrupted what a scenario the stop left unfinished is about: over a pass or a warning, never over what a finished one found", () => {
    const unfinished = [
      { scenario: "pagination/ListMembers", operations: ["ListMembers", "InviteMembers"], families: ["error-shapes", "unprocessed-accounts", "status-codes"] },
    ].map((u) => ({ ...u, cases: 4, coverageCases: 1, requests: 20, durationMs: 10 }));
    const matrix = verdictMatrix(records, SECURITY_HUB, unfinished);
    expect(matrix.get("InviteMembers")!.get("unprocessed-accounts")).toBe("interrupted");
    expect(matrix.get("ListMembers")!.get("error-shapes")).toBe("interrupted");
    expect(matrix.get("ListMembers")!.get("status-codes")).toBe("error");
    const text = formatSummaryTable(verdictCells(records, SECURITY_HUB, unfinished), "totals");
    expect(text).toContain(`  interrupted ${CELL_MARKS.interrupted.meaning}`);
    expect(text).toContain(`  stopped     ${CELL_MARKS["not-established"].meaning}`);
  });

  it("aligns every column whatever its marks, and explains the marks it uses", () => {
    const text = formatSummaryTable(verdictCells(records, SECURITY_HUB), "5 scenarios, 15 cases, 60 requests, 1.5 s");
    const [header, ...rest] = text.split("\n");
    const rows = rest.slice(0, rest.indexOf(""));
    // Each column starts where its header starts, on every row.
    const starts = [...header!.matchAll(/\S+/g)].map((m) => m.index);
    for (const row of rows) for (const start of starts.slice(1)) expect(row.slice(start! - 2, start), `${row}\n${header}`).toMatch(/^ {2}$|^$/);
    for (const row of rows) for (const start of starts.slice(1)) if (row.length > start!) expect(row[start!], row).not.toBe(" ");
    expect(text).toContain(`  stopped  ${CELL_MARKS["not-established"].meaning}`);
    expect(text).toContain(`  blocked  ${CELL_MARKS.blocked.meaning}`);
    expect(text).toContain(`  -        ${CELL_MARKS.none.meaning}`);
    // Only the marks a table shows are explained.
    const clean = formatSummaryTable(verdictCells(records.slice(0, 1), SECURITY_HUB), "1 scenarios, 3 cases, 12 requests, 1.5 s");
    expect(clean).toContain(CELL_MARKS.pass.meaning);
    expect(clean).not.toContain(CELL_MARKS["not-established"].meaning);
  });

  it("says the same in certificate.md, with its legend", () => {
    const markdown = certificateMarkdown(
      buildCertificate({
        service: SECURITY_HUB,
        records,
        target: { endpoint: "http://t", embeddedEmulator: false, realAccount: false, region: "us-east-1" },
        spec: { title: "AWS SecurityHub", apiVersion: "2018-10-26", sha256: "a".repeat(64) },
        suite: { name: "s", version: "0" },
        run: { seed: 7, runs: 20, only: [], shard: undefined, startedAt: "2026-11-21T12:00:00.000Z", durationSeconds: 1.5 },
      }),
    );
    expect(markdown).toMatch(/\| DeclineInvitations \| .*◌ not established/);
    expect(markdown).toContain("◌ not established: the scenarios about it failed elsewhere first");
  });
});

describe("Allure results", () => {
  it("give a warning a status of its own with its rule, and each defect its scenario's duration", () => {
    const dir = mkdtempSync(join(tmpdir(), "allure-"));
    const slow = record("invalid-input/ListMembers", ["ListMembers"], ["error-shapes"], {
      durationMs: 1234,
      warnings: [finding("error-shapes/service-wide-type", "error-shapes", "ListMembers", "warning")],
      warningCases: {
        "error-shapes/service-wide-type|ListMembers": {
          counterexample: '{"rule":"x"}',
          path: "3",
          replay: "npm run certify -- --only invalid-input/ListMembers --replay 3",
        },
      },
    });
    const failing = record("semantics/DeclineInvitations", ["DeclineInvitations"], ["unprocessed-accounts"], {
      verdict: "failed",
      durationMs: 56,
      failures: [finding("unprocessed-accounts/ineligible-reported", "unprocessed-accounts", "DeclineInvitations")],
    });
    const certificate = buildCertificate({
      service: SECURITY_HUB,
      records: [slow, failing],
      target: { endpoint: "http://t", embeddedEmulator: false, realAccount: false, region: "us-east-1" },
      spec: { title: "AWS SecurityHub", apiVersion: "2018-10-26", sha256: "a".repeat(64) },
      suite: { name: "s", version: "0" },
      run: { seed: 7, runs: 20, only: [], shard: undefined, startedAt: "2026-11-21T12:00:00.000Z", durationSeconds: 60 },
    });
    writeAllureResults(dir, certificate);
    const results = readdirSync(dir)
      .filter((f) => f.endsWith("-result.json"))
      .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
    const warning = results.find((r) => r.fullName.startsWith("error-shapes/service-wide-type"));
    expect(warning.status).toBe("unknown");
    expect(warning.statusDetails.message).toContain("warning: ListMembers broke error-shapes/service-wide-type");
    expect(warning.statusDetails.message).toContain("rule (API reference page): the rule of error-shapes/service-wide-type");
    expect(warning.statusDetails.message).toContain('input (invalid-input/ListMembers): {"rule":"x"}');
    expect(warning.statusDetails.message).toContain("replay: npm run certify -- --only invalid-input/ListMembers --replay 3");
    expect(warning.stop - warning.start).toBe(1234);
    const failure = results.find((r) => r.fullName.startsWith("unprocessed-accounts/ineligible-reported"));
    expect(failure.status).toBe("failed");
    expect(failure.stop - failure.start).toBe(56);
  });
});
