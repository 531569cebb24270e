/**
 * Certifies a real third-party mock: Stoplight Prism serving the suite's own OpenAPI document. Prism knows
 * the schemas but keeps no state and answers with schema examples, so the suite must run to the end and
 * find exactly that: echoed example ids, example error names, and effects that never happen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import type { ScenarioResult } from "../conformance/scenario.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { startPrism, type PrismMock } from "./prism.ts";

const spec = await loadSpec();
let prism: PrismMock;
let results: ScenarioResult[];
const findingsOf = (scenario: string): string[] =>
  results.find((r) => r.scenario === scenario)!.findings.map((f) => `${f.check} ${String(f.facts.errorType ?? f.facts.accountId ?? "")}`.trim());

beforeAll(async () => {
  prism = await startPrism();
  results = await runScenarios(spec, { ...defaultRunConfig(), runs: 6, endpoint: prism.url }, allScenarios(spec));
});
afterAll(() => prism?.stop());

describe("certifying Prism mocking the suite's OpenAPI document", () => {
  it("runs every scenario to a verdict: no crash, no scenario that could not run", () => {
    expect(results).toHaveLength(allScenarios(spec).length);
    expect(results.filter((r) => r.verdict === "error").map((r) => `${r.scenario}: ${r.error}`)).toEqual([]);
  });

  it("passes where a schema-only mock is right: schema-valid successes of operations without account lists", () => {
    for (const scenario of ["valid-input/ListInvitations", "valid-input/GetInvitationsCount", "valid-input/GetAdministratorAccount"]) {
      expect(results.find((r) => r.scenario === scenario)!.verdict, scenario).toBe("passed");
    }
  });

  it('finds the example account id "string" echoed in UnprocessedAccounts', () => {
    expect(findingsOf("valid-input/InviteMembers")).toContain("unprocessed-accounts/entry-from-request string");
  });

  it('finds its errors misnamed: by the example Code "string", or (for bodies it cannot parse) not at all', () => {
    const findings = findingsOf("invalid-input/InviteMembers");
    expect(findings.some((f) => f.startsWith("status-codes/invalid-input-rejected"))).toBe(true);
    expect(findings.some((f) => f === "error-shapes/documented-type string" || f === "error-shapes/named")).toBe(true);
  });

  it("finds that an ineligible account is not reported unprocessed by the stateless mock", () => {
    expect(results.some((r) => r.findings.some((f) => f.check === "unprocessed-accounts/ineligible-reported"))).toBe(true);
  });

  it('finds the example member status "string", which the model does not list, and a NextToken that never ends', () => {
    expect(findingsOf("valid-input/ListMembers")).toContain("success-shapes/member-status-value");
    expect(findingsOf("pagination/ListInvitations")).toContain("pagination/next-token-complete");
  });
});
