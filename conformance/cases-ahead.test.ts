/** Cases played ahead of their turn: they overlap, and a scenario still comes to what it comes to one case at a time. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../checks/finding.ts";
import { TargetError } from "../client/target-errors.ts";
import { OperationNotImplemented } from "./case-run.ts";
import { CaseSlots } from "./case-slots.ts";
import { DRAWN_AHEAD } from "./drawn-cases.ts";
import { CASES_AHEAD_AT_MOST } from "./cases-ahead.ts";
import { runScenario, type Scenario, type ScenarioResult } from "./scenario.ts";
import { familyOf } from "./family.ts";
import { inviteMembersScenario } from "./scenarios/invite-members.ts";
import { stateMachineScenario } from "./scenarios/state-machine.ts";
import { faultyTarget } from "./faulty-target.fixture.ts";

const target = faultyTarget();

const failure = (value: number): Finding => ({
  check: "semantics/too-large",
  family: "state",
  source: "reference-page",
  severity: "failure",
  operation: "InviteMembers",
  title: `${value} is too large`,
  rule: "a rule of this test",
  facts: { value },
  key: "semantics/too-large|InviteMembers",
});

/**
 * A scenario of no requests: each case waits a few turns of the event loop, and fails when `fails` says so (or
 * throws what it returns).
 */
function waitingScenario(fails: (value: number, played: number) => boolean | Error, form: "arbitrary" | "function" = "arbitrary") {
  const log = { underway: 0, most: 0, played: [] as number[], underwayWhenFirstEnded: -1 };
  const arbitrary = fc.integer({ min: 0, max: 1_000 });
  const scenario: Scenario<number> = {
    name: "semantics/waiting",
    operations: ["InviteMembers"],
    families: ["state"],
    description: "waits, and fails on large values",
    cases: () => 40,
    arbitrary: form === "function" ? () => arbitrary : arbitrary,
    async run(run, value) {
      log.underway++;
      log.most = Math.max(log.most, log.underway);
      log.played.push(value);
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
      if (log.played.length === 1) log.underwayWhenFirstEnded = log.underway;
      log.underway--;
      const outcome = fails(value, log.played.filter((v) => v === value).length);
      if (outcome instanceof Error) throw outcome;
      if (outcome) run.findings.push(failure(value));
    },
  };
  return { scenario, log };
}

/** What must not depend on whether cases were played ahead. */
const outcome = (result: ScenarioResult) => ({
  verdict: result.verdict,
  counterexample: JSON.stringify(result.counterexample),
  path: result.path,
  cases: result.cases,
  findings: result.findings.map((f) => f.key),
  warningCases: result.warningCases,
  exercisedChecks: result.exercisedChecks,
});

describe("cases played ahead of their turn", () => {
  it("overlap under the run's slots, and the first plays alone", async () => {
    const { scenario, log } = waitingScenario(() => false);
    const result = await runScenario(target.session, scenario, { runs: 1, seed: 3, slots: new CaseSlots(4) });
    expect(result).toMatchObject({ verdict: "passed", cases: 40 });
    expect(log.underwayWhenFirstEnded).toBe(1);
    expect(log.most).toBe(4);
    // Without slots, one after another.
    const inTurn = waitingScenario(() => false);
    await runScenario(target.session, inTurn.scenario, { runs: 1, seed: 3 });
    expect(inTurn.log.most).toBe(1);
    expect(inTurn.log.played).toEqual(log.played);
  });

  it("shrink the case that fails first in turn, without playing it again, and play nothing after it but what had started", async () => {
    const ahead = waitingScenario((value) => value >= 500);
    const inTurn = waitingScenario((value) => value >= 500);
    const played = await runScenario(target.session, ahead.scenario, { runs: 1, seed: 3, slots: new CaseSlots(8) });
    const alone = await runScenario(target.session, inTurn.scenario, { runs: 1, seed: 3 });
    expect(played.verdict).toBe("failed");
    expect(played.counterexample).toBe(500);
    expect(outcome(played)).toEqual(outcome(alone));
    // The cases played in turn, each once, then at most the slots' worth played ahead; the shrinks are the same.
    const failedAt = Number(alone.path!.split(":")[0]);
    const shrinks = inTurn.log.played.slice(failedAt + 1);
    expect(ahead.log.played.slice(0, failedAt + 1)).toEqual(inTurn.log.played.slice(0, failedAt + 1));
    expect(ahead.log.played.slice(-shrinks.length)).toEqual(shrinks);
    expect(ahead.log.played.length - inTurn.log.played.length).toBeLessThanOrEqual(8);
    const failing = inTurn.log.played[failedAt];
    expect(ahead.log.played.filter((v) => v === failing)).toEqual(inTurn.log.played.filter((v) => v === failing));
  });

  it("keep a sequence of commands' shrinking, playing the failing one once more, and its first outcome when the target then answers otherwise", async () => {
    const again = waitingScenario((value) => value >= 500, "function");
    const inTurn = waitingScenario((value) => value >= 500, "function");
    const played = await runScenario(target.session, again.scenario, { runs: 1, seed: 3, slots: new CaseSlots(8) });
    expect(outcome(played)).toEqual(outcome(await runScenario(target.session, inTurn.scenario, { runs: 1, seed: 3 })));
    // Fails only the first time a value is played: played again, it passes, so the case stands as first played.
    const flaky = waitingScenario((value, times) => value >= 500 && times === 1, "function");
    const result = await runScenario(target.session, flaky.scenario, { runs: 1, seed: 3, slots: new CaseSlots(8) });
    expect(result.verdict).toBe("failed");
    expect(result.path).toMatch(/^\d+$/);
    expect(result.counterexample).toBe(flaky.log.played[Number(result.path)]);
    expect(result.findings.map((f) => f.title)).toEqual([`${result.counterexample} is too large`]);
  });

  it("come to the same findings, path and counts on a faulty target as one case after another", async () => {
    const family = familyOf(target.session.spec);
    const randomCommands = { ...stateMachineScenario(family), coverage: undefined };
    // A session of its own for each run: a session judges whether an operation is implemented once.
    const inOwnSession = async (scenario: Scenario, slots: CaseSlots | undefined): Promise<ScenarioResult> => {
      const own = target.newSession();
      try {
        return await runScenario(own, scenario, { runs: 20, seed: 99, slots });
      } finally {
        await own.close();
      }
    };
    for (const scenario of [inviteMembersScenario(family), randomCommands] as Scenario[]) {
      const ahead = await inOwnSession(scenario, new CaseSlots(16));
      const alone = await inOwnSession(scenario, undefined);
      expect(ahead.verdict).toBe("failed");
      expect(outcome(ahead)).toEqual(outcome(alone));
      // Its path replays it.
      const replayed = await runScenario(target.session, scenario, { runs: 20, seed: 99, path: ahead.path });
      expect(replayed.findings.map((f) => f.key)).toEqual(ahead.findings.map((f) => f.key));
    }
  });

  it("end as one case after another does on a target gone, an operation missing and a crash, a sequence of commands too", async () => {
    const endings: [string, (value: number) => boolean | Error][] = [
      ["target gone", (value) => value >= 500 && new TargetError("TARGET_UNREACHABLE", "the target stopped answering")],
      ["operation missing", (value) => value >= 500 && new OperationNotImplemented("InviteMembers")],
      ["crash", (value) => value >= 500 && new TypeError("a bug in a scenario")],
    ];
    for (const [what, fails] of endings)
      for (const form of ["arbitrary", "function"] as const) {
        const ahead = await runScenario(target.session, waitingScenario(fails, form).scenario, { runs: 1, seed: 3, slots: new CaseSlots(8) });
        const alone = await runScenario(target.session, waitingScenario(fails, form).scenario, { runs: 1, seed: 3 });
        expect([what, form, ahead.verdict, ahead.errorKind, ahead.cases]).toEqual([what, form, alone.verdict, alone.errorKind, alone.cases]);
        expect(ahead.verdict).not.toBe("passed");
        if (ahead.verdict !== "error") expect(ahead.error).toBeUndefined();
        else expect(ahead.error).toBe(alone.error);
      }
  });

  it("stop when the run is stopped: no case counts after it, and the scenario ends at once", async () => {
    const stop = new AbortController();
    const { scenario, log } = waitingScenario(() => {
      if (log.played.length === 10) stop.abort();
      return false;
    });
    const result = await runScenario(target.session, scenario, { runs: 1, seed: 3, slots: new CaseSlots(4), signal: stop.signal });
    expect(result).toMatchObject({ verdict: "error", errorKind: "interrupted" });
    expect(result.cases).toBeLessThanOrEqual(10);
    // Only what had started when the stop came: at most the slots' worth more.
    expect(log.played.length).toBeLessThanOrEqual(10 + 4);
  });
});

describe("cases drawn as they are played", () => {
  it("end the scenario with what drawing a case threw, as one case after another does", async () => {
    const { scenario } = waitingScenario(() => false);
    const broken: Scenario<number> = {
      ...scenario,
      arbitrary: fc.integer({ min: 0, max: 1_000 }).map((value) => {
        if (value > 900) throw new Error("the arbitrary is broken");
        return value;
      }),
    };
    const alone = runScenario(target.session, broken, { runs: 1, seed: 3 });
    await expect(alone).rejects.toThrow("the arbitrary is broken");
    await expect(runScenario(target.session, broken, { runs: 1, seed: 3, slots: new CaseSlots(8) })).rejects.toThrow("the arbitrary is broken");
  });

  it("draw no more cases than are under way or played, however many the budget holds", async () => {
    let drawn = 0;
    const stop = new AbortController();
    const { scenario, log } = waitingScenario(() => {
      if (log.played.length === 50) stop.abort();
      return false;
    });
    const counted: Scenario<number> = {
      ...scenario,
      cases: () => 200_000,
      arbitrary: fc.integer({ min: 0, max: 1_000 }).map((value) => {
        drawn++;
        return value;
      }),
    };
    const result = await runScenario(target.session, counted, { runs: 1, seed: 3, slots: new CaseSlots(4), signal: stop.signal });
    expect(result.errorKind).toBe("interrupted");
    // The cases played, the one drawn and waiting for a slot when the stop came, and those drawn ahead.
    expect(drawn).toBeLessThanOrEqual(log.played.length + 1 + DRAWN_AHEAD);
  });
});

describe("a case in turn that waits long", () => {
  it("lets no more than CASES_AHEAD_AT_MOST others start past it, whatever the slots and the ramp allow", async () => {
    const { scenario } = waitingScenario(() => false);
    let started = 0;
    let startedPastSlowCase = -1;
    const slow: Scenario<number> = {
      ...scenario,
      cases: () => 1_000,
      // The 201st case waits 3,000 turns of the event loop; the others pass at once.
      async run(run, value) {
        const at = started++;
        if (at !== 200) return scenario.run(run, value);
        for (let turn = 0; turn < 3_000; turn++) await new Promise((resolve) => setImmediate(resolve));
        startedPastSlowCase = started - (at + 1);
      },
    };
    const result = await runScenario(target.session, slow, { runs: 1, seed: 3, slots: new CaseSlots(16) });
    expect(result).toMatchObject({ verdict: "passed", cases: 1_000 });
    expect(startedPastSlowCase).toBeGreaterThan(0);
    expect(startedPastSlowCase).toBeLessThanOrEqual(CASES_AHEAD_AT_MOST);
  });
});
