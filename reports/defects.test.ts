import { SECURITY_HUB } from "../specs/services/index.ts";
import { describe, expect, it } from "vitest";
import type { Finding } from "../checks/finding.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import { SUCCESS_CONTENT_TYPE as CONTENT_TYPE, UNKNOWN_MEMBERS as UNKNOWN } from "../checks/success-shapes.ts";
import { ERROR_BODY_JSON, ERROR_CONTENT_TYPE, ERROR_NAMED } from "../checks/error-shapes.ts";
import { INVALID_INPUT_REJECTED, NO_5XX_FOR_VALID_INPUT } from "../checks/status-codes.ts";
import type { Exchange } from "../client/exchange.ts";
import { buildCertificate } from "./certificate.ts";
import { collectDefects, defectSummary, mergeDefects } from "./defects.ts";
import { formatDefect } from "./format-defects.ts";
import { junitXml } from "./junit.ts";
import type { ScenarioRecord } from "./scenario-record.ts";
import { validateCertificate } from "./write-reports.ts";

const wrongType = (operation: string): Finding => CONTENT_TYPE.finding(operation, { title: `${operation}'s success has Content-Type text/html` });
const missing = (operation: string): Finding => NOT_IMPLEMENTED.finding(operation, { title: `${operation} is not implemented` });

function record(scenario: string, failures: Finding[], options: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    scenario,
    operations: [...new Set(failures.map((f) => f.operation))],
    families: ["success-shapes"],
    verdict: failures.length ? "failed" : "passed",
    failures,
    warnings: [],
    exchanges: [],
    counterexample: failures.length ? `{"case":"${scenario}"}` : undefined,
    seed: 1,
    path: undefined,
    replay: failures.length ? `certify --only ${scenario}` : undefined,
    cases: 3,
    coverageCases: 1,
    requests: 9,
    durationMs: 10,
    exercisedChecks: {},
    exercisedStatements: {},
    error: undefined,
    errorKind: undefined,
    blockedBy: undefined,
    warningCases: {},
    ...options,
  };
}

describe("defects", () => {
  it("are one per check and discriminator, whatever the scenarios, cases and operations that met them", () => {
    const records = [
      record("valid-input/GetMembers", [wrongType("GetMembers")]),
      record("valid-input/ListMembers", [wrongType("ListMembers")]),
      record("semantics/GetMembers", [wrongType("GetMembers")]),
    ];
    const [defect, ...rest] = collectDefects(records);
    expect(rest).toEqual([]);
    expect(defect).toMatchObject({
      check: CONTENT_TYPE.id,
      operations: ["GetMembers", "ListMembers"],
      scenarios: ["valid-input/GetMembers", "valid-input/ListMembers", "semantics/GetMembers"],
      occurrences: 3,
      keys: [`${CONTENT_TYPE.id}|GetMembers`, `${CONTENT_TYPE.id}|ListMembers`],
    });
    expect(defect!.title).toContain("likewise on 1 more operation(s): ListMembers");
  });

  it("put failures first, operations not implemented leading them, and keep warnings apart", () => {
    const warning = UNKNOWN.finding("GetMembers", { title: "an undeclared member", discriminator: "/x" });
    const records = [
      record("a", [wrongType("GetMembers")]),
      record("b", [missing("ListMembers"), missing("DeleteMembers")], { verdict: "blocked", blockedBy: ["ListMembers", "DeleteMembers"] }),
      { ...record("c", []), warnings: [warning] },
    ];
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

  it("make one defect of a framework's error page, whatever it fails besides, on every operation that sends it", () => {
    const page: Exchange = {
      account: "1",
      operation: "GetMembers",
      request: { method: "POST", path: "/members/get", headers: {}, body: "{}" },
      response: { status: 500, headers: { "content-type": "text/html; charset=utf-8" }, body: "<html>\n<h1>Internal Server Error</h1>\n</html>" },
      durationMs: 1,
    };
    const on = (operation: string, ...checks: { finding: (operation: string, breach: { title: string }) => Finding; id: string }[]): Finding[] =>
      checks.map((c) => ({ ...c.finding(operation, { title: `${operation}: ${c.id}` }), exchange: 0 }));
    const records = [
      record("valid-input/GetMembers", on("GetMembers", NO_5XX_FOR_VALID_INPUT, ERROR_BODY_JSON, ERROR_CONTENT_TYPE, ERROR_NAMED), { exchanges: [page] }),
      record("invalid-input/CreateMembers", on("CreateMembers", INVALID_INPUT_REJECTED, ERROR_BODY_JSON, ERROR_CONTENT_TYPE), {
        exchanges: [{ ...page, operation: "CreateMembers" }],
      }),
    ];
    const [defect, ...rest] = collectDefects(records);
    expect(rest).toEqual([]);
    expect(defect).toMatchObject({
      id: "error-page|500 text/html",
      check: NO_5XX_FOR_VALID_INPUT.id,
      operations: ["CreateMembers", "GetMembers"],
      occurrences: 7,
    });
    expect(defect!.consequences!.map((c) => c.check)).toEqual([INVALID_INPUT_REJECTED.id, ERROR_BODY_JSON.id, ERROR_CONTENT_TYPE.id, ERROR_NAMED.id]);
    // The same, whatever order the findings came in (the seed, the scenarios' order).
    expect(collectDefects([...records].reverse())[0]).toMatchObject({ check: NO_5XX_FOR_VALID_INPUT.id, consequences: defect!.consequences });
    // Shown on one line: the page's lines are joined.
    expect(formatDefect(defect!).find((l) => l.includes("→ 500"))).toMatch(/<html> <h1>Internal Server Error<\/h1> <\/html>$/);
  });

  it("lead the certificate, which stays valid with blocked scenarios, and give JUnit one test case each", () => {
    const certificate = buildCertificate({
      service: SECURITY_HUB,
      records: [
        record("a", [wrongType("GetMembers")]),
        record("b", [missing("ListMembers")], { verdict: "blocked", blockedBy: ["ListMembers"] }),
        record("c", []),
      ],
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
