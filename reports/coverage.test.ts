import { describe, expect, it } from "vitest";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { startEmulator } from "../emulator/index.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { traceabilityOf } from "../checks/traceability.ts";
import { GUARDDUTY, SECURITY_HUB } from "../specs/services/index.ts";
import { coverageOf, formatCoverage, mergeCoverage } from "./coverage.ts";
import { toRecord } from "./scenario-record.ts";
import { scenarioRecord } from "./scenario-record.fixture.ts";

const spec = await loadSpec();

const record = scenarioRecord;
const statusOf = (coverage: ReturnType<typeof coverageOf>, id: string) => coverage.statements.find((s) => s.id === id);

describe("the coverage of a run", () => {
  it("counts the cases that exercised each statement, over the scenarios", () => {
    const coverage = coverageOf(
      [
        record("a", { exercisedStatements: { "InviteMembers.page.before-you-can-use-this": 2 } }),
        record("b", { exercisedStatements: { "InviteMembers.page.before-you-can-use-this": 3 } }),
      ],
      SECURITY_HUB,
    );
    expect(statusOf(coverage, "InviteMembers.page.before-you-can-use-this")).toMatchObject({ status: "exercised", cases: 5 });
    expect(coverage).toMatchObject({ coverageCases: 6, randomCases: 2 });
  });

  it("says why a rule was not exercised: blocked, outside the run, or not reached", () => {
    const coverage = coverageOf(
      [
        record("semantics/DeclineInvitations", { operations: ["DeclineInvitations"], verdict: "blocked", blockedBy: ["ListInvitations"] }),
        record("semantics/InviteMembers"),
      ],
      SECURITY_HUB,
    );
    expect(statusOf(coverage, "DeclineInvitations.page.AccountIds.pattern")).toMatchObject({
      status: "not-exercised",
      why: "blocked: ListInvitations not implemented",
    });
    expect(statusOf(coverage, "ListMembers.model.input.OnlyAssociated.the-default-value-is-true")?.why).toMatch(/^not in this run/);
    expect(statusOf(coverage, "InviteMembers.page.AccountIds.pattern")?.why).toMatch(/^not reached/);
  });

  it("says a rule was interrupted, not outside the run, when the run was stopped before a scenario about it finished", () => {
    const stopped = { operations: ["ListMembers"], families: ["pagination"], cases: 5, coverageCases: 2, requests: 9, durationMs: 30 };
    const coverage = coverageOf([record("semantics/InviteMembers")], SECURITY_HUB, [
      { scenario: "pagination/ListMembers", ...stopped },
      { scenario: "valid-input/ListMembers", ...stopped, cases: 0, coverageCases: 0, requests: 0 },
    ]);
    expect(statusOf(coverage, "ListMembers.model.input.OnlyAssociated.the-default-value-is-true")?.why).toBe(
      "interrupted: the run was stopped before pagination/ListMembers, valid-input/ListMembers finished",
    );
    // What a stopped scenario's cases exercised vouches for nothing; its cases count as played.
    expect(coverage).toMatchObject({ coverageCases: 3 + 2, randomCases: 1 + 3 });
    expect(statusOf(coverage, "DeclineInvitations.page.AccountIds.pattern")?.why).toMatch(/^not in this run/);
  });

  it("keeps the statements no check enforces apart, with their reasons", () => {
    const coverage = coverageOf([record("a")], SECURITY_HUB);
    expect(statusOf(coverage, "InviteMembers.page.we-recommend-using-aws-organizations")).toMatchObject({ status: "informative", checks: [] });
    // AWS says two ways who calls DeleteInvitations: the suite plays both, so the administrator's reading is enforced too.
    expect(statusOf(coverage, "DeleteInvitations.model.a-security-hub-cspm-administrator")?.checks).toContain("state/decline-removes-invitation");
    expect(coverage.rules).toBe(coverage.statements.filter((s) => s.checks.length > 0).length);
    expect(formatCoverage(coverage, 2).at(-1)).toMatch(/^ {2}… and \d+ more rule\(s\) not exercised/);
  });

  it("of a GuardDuty run counts GuardDuty's statements, with its reasons", () => {
    const coverage = coverageOf(
      [record("valid-input/CreateDetector", { operations: ["CreateDetector"], exercisedStatements: { "CreateDetector.model.http": 2 } })],
      GUARDDUTY,
    );
    const rules = traceabilityOf(GUARDDUTY).filter((row) => row.checks.length > 0).length;
    expect(coverage.statements).toHaveLength(332);
    expect(coverage).toMatchObject({ rules, exercised: 1 });
    expect(coverage.summary).toBe(
      `exercised 1 of ${rules} documented rules (${332 - rules} further statements are open choices, not observable from outside, or state no behaviour)`,
    );
    expect(statusOf(coverage, "CreateDetector.model.http")).toMatchObject({ status: "exercised", cases: 2 });
    expect(statusOf(coverage, "CreateDetector.model.you-can-have-only-one")).toMatchObject({ status: "open-choice", checks: [] });
    expect(statusOf(coverage, "InviteMembers.model.input.AccountIds.a-list-of-account-ids")?.why).toMatch(/^not in this run/);
    // Security Hub's statements are not GuardDuty's.
    expect(statusOf(coverage, "InviteMembers.page.AccountIds.pattern")).toBeUndefined();
  });

  it("merges shards: a statement any shard exercised is exercised", () => {
    const one = coverageOf([record("a", { exercisedStatements: { "InviteMembers.page.AccountIds.pattern": 1 } })], SECURITY_HUB);
    const two = coverageOf([record("b", { exercisedStatements: { "DeclineInvitations.page.AccountIds.pattern": 2 } })], SECURITY_HUB);
    const merged = mergeCoverage([one, two]);
    expect(statusOf(merged, "InviteMembers.page.AccountIds.pattern")?.status).toBe("exercised");
    expect(statusOf(merged, "DeclineInvitations.page.AccountIds.pattern")).toMatchObject({ status: "exercised", cases: 2 });
    expect(merged.exercised).toBe(2);
  });

  it("of the reference emulator at a budget of one random case exercises every documented rule", async () => {
    const emulator = await startEmulator();
    try {
      const results = await runScenarios(spec, { ...defaultRunConfig(), runs: 1, seed: 1, endpoint: emulator.url }, allScenarios(spec), { concurrency: 8 });
      const coverage = coverageOf(
        results.map((r) => toRecord(r)),
        SECURITY_HUB,
      );
      expect(coverage.statements.filter((s) => s.status === "not-exercised").map((s) => `${s.id}: ${s.why}`)).toEqual([]);
      expect(coverage.exercised).toBe(coverage.rules);
    } finally {
      await emulator.close();
    }
  });
});
