import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../checks/finding.ts";
import { CaseSlots } from "./case-slots.ts";
import { startEmulator } from "../emulator/index.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { defaultRunConfig } from "./run-config.ts";
import { runScenario, scenarioSeed, type Scenario } from "./scenario.ts";
import { familyOf } from "./family.ts";
import { inviteMembersScenario as inviteMembers } from "./scenarios/invite-members.ts";
import { stateMachineScenario as stateMachine } from "./scenarios/state-machine.ts";
import { EMULATOR_PROFILE } from "./profiles/emulator.ts";
import { faultyTarget } from "./faulty-target.fixture.ts";
import { Session } from "./session.ts";

const spec = await loadSpec();
const target = faultyTarget();
const inviteMembersScenario = inviteMembers(familyOf(spec));
const stateMachineScenario = stateMachine(familyOf(spec));

describe("runScenario", () => {
  it("draws the same cases from the same seed, and shrinks to the same smallest input", async () => {
    const first = await runScenario(target.session, inviteMembersScenario, { runs: 20, seed: 99 });
    const second = await runScenario(target.session, inviteMembersScenario, { runs: 20, seed: 99 });
    expect(first.verdict).toBe("failed");
    expect([second.counterexample, second.path, second.cases]).toEqual([first.counterexample, first.path, first.cases]);
    expect(second.findings.map((f) => f.key)).toEqual(first.findings.map((f) => f.key));
  });

  it("replays exactly the failing case from its path", async () => {
    const failed = await runScenario(target.session, inviteMembersScenario, { runs: 20, seed: 5 });
    const replayed = await runScenario(target.session, inviteMembersScenario, { runs: 20, seed: 5, path: failed.path });
    expect(replayed.counterexample).toEqual(failed.counterexample);
    expect(replayed.findings.map((f) => f.key)).toEqual(failed.findings.map((f) => f.key));
  });

  it("stops at the first failing case with fail-fast, without shrinking", async () => {
    // Random cases only: the coverage phase's fixed cases are small already and do not shrink.
    const randomOnly = { ...inviteMembersScenario, coverage: undefined };
    const full = await runScenario(target.session, randomOnly, { runs: 20, seed: 7 });
    const fast = await runScenario(target.session, randomOnly, { runs: 20, seed: 7, failFast: true });
    expect(fast.verdict).toBe("failed");
    expect(fast.cases).toBeLessThan(full.cases);
  });

  it("replays a shrunk sequence of random commands from its printed path, to the same findings", async () => {
    // Without the coverage phase, whose fixed sequences would fail first: this is about the random ones.
    const randomOnly = { ...stateMachineScenario, coverage: undefined };
    const failed = await runScenario(target.session, randomOnly, { runs: 20, seed: 1 });
    expect(failed.verdict).toBe("failed");
    expect(failed.path).toMatch(/^[\d:]+~[A-Za-z0-9+/]*:[A-Za-z0-9+/]*$/);
    const replayed = await runScenario(target.session, randomOnly, { runs: 20, seed: 1, path: failed.path });
    expect(replayed.verdict).toBe("failed");
    expect(String(replayed.counterexample)).toBe(String(failed.counterexample));
    expect(replayed.findings.map((f) => f.key)).toEqual(failed.findings.map((f) => f.key));
  });

  it("plays the coverage phase first and the same on every seed, so a documented rule fails on the same case whatever the seed, and its path replays it", async () => {
    const outcomes = await Promise.all([1, 2, 3].map((seed) => runScenario(target.session, inviteMembersScenario, { runs: 1, seed })));
    for (const outcome of outcomes) expect(outcome.verdict).toBe("failed");
    expect(new Set(outcomes.map((o) => JSON.stringify(o.counterexample))).size).toBe(1);
    const replayed = await runScenario(target.session, inviteMembersScenario, { runs: 1, seed: 2, path: outcomes[0]!.path });
    expect(replayed.counterexample).toEqual(outcomes[0]!.counterexample);
    expect(replayed.findings.map((f) => f.key)).toEqual(outcomes[0]!.findings.map((f) => f.key));
  });

  it("counts the coverage phase's cases and what each case exercised", async () => {
    const reference = await startEmulator();
    const own = new Session(spec, { ...defaultRunConfig(), endpoint: reference.url }, EMULATOR_PROFILE);
    try {
      const result = await runScenario(own, inviteMembersScenario, { runs: 2, seed: 1 });
      expect(result).toMatchObject({
        verdict: "passed",
        cases: inviteMembersScenario.coverage!.length + 2,
        coverageCases: inviteMembersScenario.coverage!.length,
      });
      expect(result.exercisedChecks["unprocessed-accounts/ineligible-reported|InviteMembers"]).toBeGreaterThan(0);
      expect(result.exercisedStatements["InviteMembers.page.before-you-can-use-this"]).toBeGreaterThan(0);
    } finally {
      await own.close();
      await reference.close();
    }
  });

  it("reports a crash of scenario code as the suite's own failure, never as the target stopping", async () => {
    const crashing = {
      ...inviteMembersScenario,
      name: "semantics/crashing",
      run: async () => {
        throw new TypeError("a bug in a scenario");
      },
    };
    const result = await runScenario(target.session, crashing, { runs: 2, seed: 1 });
    expect(result).toMatchObject({ verdict: "error", errorKind: "suite", error: expect.stringContaining("TypeError: a bug in a scenario") });
  });

  it("gives scenarios different seeds from one run seed", () => {
    expect(scenarioSeed(1, "semantics/InviteMembers")).not.toBe(scenarioSeed(1, "semantics/DeclineInvitations"));
    expect(scenarioSeed(1, "semantics/InviteMembers")).toBe(scenarioSeed(1, "semantics/InviteMembers"));
  });
});

/** A failure of a made-up check, keyed `key`: what a case of the scenarios below meets. */
const failure = (key: string): Finding => ({
  check: key,
  family: "state",
  source: "aws-model",
  severity: "failure",
  operation: "InviteMembers",
  title: `${key} broken`,
  rule: "made up",
  facts: {},
  key,
});

/** Cases are numbers; each meets the failures `failuresOf` names, and touches no target. */
const numbered = (coverage: number[], failuresOf: (n: number) => string[]): Scenario<number> => ({
  name: "semantics/numbered",
  operations: ["InviteMembers"],
  families: ["state"],
  description: "numbers",
  cases: (runs) => runs,
  coverage,
  arbitrary: fc.integer({ min: 0, max: 100 }),
  async run(run, n) {
    run.add(failuresOf(n).map(failure));
  },
});

describe.each([
  ["one case after another", undefined],
  ["cases played ahead", new CaseSlots(4)],
])("no defect hides another (%s)", (_, slots) => {
  it("plays every coverage case after a failing one, and reports each defect with the case that shrank to it", async () => {
    // Cases 1 and 3 meet A; case 2 meets B as well: B is reported with case 2, and A with the smallest of its cases.
    const scenario = numbered([50, 40, 60, 30, 20], (n) => [...(n >= 35 ? ["A"] : []), ...(n === 40 ? ["B"] : [])]);
    const result = await runScenario(target.session, scenario, { runs: 0, seed: 1, slots });
    expect(result.verdict).toBe("failed");
    expect(result.findings.map((f) => f.key)).toEqual(["A", "B"]);
    expect(result.failureCases).toEqual({ A: { input: 35, path: expect.stringMatching(/^0:/) }, B: { input: 40, path: "1" } });
    expect(result.coverageCases).toBe(5);
  });

  it("reports a failure the shrink lost with the case that met it first", async () => {
    // 10 meets A and B; the smallest case meeting either, 5, meets only A.
    const scenario = numbered([10], (n) => [...(n >= 5 ? ["A"] : []), ...(n >= 10 ? ["B"] : [])]);
    const result = await runScenario(target.session, scenario, { runs: 0, seed: 1, slots });
    expect(result.failureCases).toEqual({ A: { input: 5, path: expect.stringMatching(/^0:/) }, B: { input: 10, path: "0" } });
    // Each path replays its own case.
    for (const [key, { input, path }] of Object.entries(result.failureCases)) {
      const replayed = await runScenario(target.session, scenario, { runs: 0, seed: 1, path });
      expect(replayed.counterexample, key).toBe(input);
    }
  });

  it("ends at the first random case with a new failure, after the coverage phase", async () => {
    const scenario = numbered([0], (n) => (n > 0 ? ["A"] : []));
    const result = await runScenario(target.session, scenario, { runs: 50, seed: 3, slots });
    expect(result.findings.map((f) => f.key)).toEqual(["A"]);
    expect(result.failureCases.A?.input).toBe(1);
    expect(result.cases).toBeLessThan(51);
  });
});
