import { describe, expect, it } from "vitest";
import type { Finding } from "../checks/finding.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import { SUCCESS_CONTENT_TYPE as CONTENT_TYPE, UNKNOWN_MEMBERS as UNKNOWN } from "../checks/success-shapes.ts";
import { buildCertificate } from "./certificate.ts";
import { collectDefects, defectSummary, mergeDefects } from "./defects.ts";
import { junitXml } from "./junit.ts";
import type { ScenarioRecord } from "./scenario-record.ts";
import { validateCertificate } from "./write-reports.ts";

const wrongType = (operation: string): Finding => CONTENT_TYPE.finding(operation, { title: `${operation}'s success has Content-Type text/html` });
const missing = (operation: string): Finding => NOT_IMPLEMENTED.finding(operation, { title: `${operation} is not implemented` });

function record(scenario: string, failures: Finding[], options: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return { scenario, operations: [...new Set(failures.map((f) => f.operation))], families: ["success-shapes"], verdict: failures.length ? "failed" : "passed", failures, warnings: [], exchanges: [], counterexample: failures.length ? `{"case":"${scenario}"}` : undefined, seed: 1, path: undefined, replay: failures.length ? `certify --only ${scenario}` : undefined, cases: 3, coverageCases: 1, requests: 9, durationMs: 10, exercisedChecks: {}, exercisedStatements: {}, error: undefined, errorKind: undefined, blockedBy: undefined, ...options };
}

describe("defects", () => {
  it("are one per check and discriminator, whatever the scenarios, cases and operations that met them", () => {
    const records = [record("valid-input/GetMembers", [wrongType("GetMembers")]), record("valid-input/ListMembers", [wrongType("ListMembers")]), record("semantics/GetMembers", [wrongType("GetMembers")])];
    const [defect, ...rest] = collectDefects(records);
    expect(rest).toEqual([]);
    expect(defect).toMatchObject({ check: CONTENT_TYPE.id, operations: ["GetMembers", "ListMembers"], scenarios: ["valid-input/GetMembers", "valid-input/ListMembers", "semantics/GetMembers"], occurrences: 3, keys: [`${CONTENT_TYPE.id}|GetMembers`, `${CONTENT_TYPE.id}|ListMembers`] });
    expect(defect!.title).toContain("likewise on 1 more operation(s): ListMembers");
  });

  it("put failures first, operations not implemented leading them, and keep warnings apart", () => {
    const warning = UNKNOWN.finding("GetMembers", { title: "an undeclared member", discriminator: "/x" });
    const records = [record("a", [wrongType("GetMembers")]), record("b", [missing("ListMembers"), missing("DeleteMembers")], { verdict: "blocked", blockedBy: ["ListMembers", "DeleteMembers"] }), { ...record("c", []), warnings: [warning] }];
    const defects = collectDefects(records);
    expect(defects.map((d) => [d.check, d.severity, d.operations.length])).toEqual([
      [NOT_IMPLEMENTED.id, "failure", 2],
      [CONTENT_TYPE.id, "failure", 1],
      [UNKNOWN.id, "warning", 1],
    ]);
    expect(defectSummary(defects)).toBe("3 defect(s) in 3 operation(s) (2 failure(s), 1 warning(s))");
  });

  it("merge across shards into one defect, counting every occurrence", () => {
    const one = collectDefects([record("a", [wrongType("GetMembers")])]);
    const two = collectDefects([record("b", [wrongType("ListMembers")]), record("c", [wrongType("GetMembers")])]);
    expect(mergeDefects([one, two])).toMatchObject([{ operations: ["GetMembers", "ListMembers"], scenarios: ["a", "b", "c"], occurrences: 3 }]);
  });

  it("lead the certificate, which stays valid with blocked scenarios, and give JUnit one test case each", () => {
    const certificate = buildCertificate({
      records: [record("a", [wrongType("GetMembers")]), record("b", [missing("ListMembers")], { verdict: "blocked", blockedBy: ["ListMembers"] }), record("c", [])],
      target: { endpoint: "http://127.0.0.1:4577", embeddedEmulator: false, realAccount: false, region: "us-east-1" },
      spec: { title: "AWS SecurityHub", apiVersion: "2018-10-26", sha256: "a".repeat(64) },
      suite: { name: "securityhub-conformance", version: "0.1.0" },
      run: { seed: 1, runs: 20, only: [], shard: undefined, startedAt: "2026-11-21T12:00:00.000Z", durationSeconds: 1 },
    });
    expect(validateCertificate(certificate)).toEqual([]);
    expect(certificate.summary).toBe("2 defect(s) in 2 operation(s) (2 failure(s), 0 warning(s))");
    expect(certificate.verdicts).toContainEqual({ operation: "ListMembers", family: "status-codes", verdict: "fail" });
    const xml = junitXml(certificate);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('<testcase classname="scenarios" name="c"');
    expect(xml).toMatch(/<skipped message="blocked: it needs ListMembers/);
  });
});
