/** The engine runs many scenarios at once; the same seed still gives the same cases, verdict, findings and report order. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { behaviourOf, FAULTY_VARIANTS } from "../variants/index.ts";
import { certify } from "./certify.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { plannedCases, plannedRequests } from "../conformance/scenario.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { longestFirst, suitesOfShard } from "./engine-run.ts";

const plantedWith = (name: string): Promise<RunningEmulator> => startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === name)!)] });

let faulty: RunningEmulator;
beforeAll(async () => {
  faulty = await plantedWith("ineligible-reported-processed");
});
afterAll(() => faulty.close());

/** What must not depend on how the scenarios interleave, nor on the offsets that make each case's ids fresh. */
async function outcome(target: RunningEmulator, concurrency: number) {
  const certificate = await certify({ endpoint: target.url, seed: 11, runs: 3, concurrency });
  return {
    verdict: certificate.verdict,
    sharedAccounts: certificate.target.sharedAccounts,
    scenarios: certificate.scenarios.map((s) => `${s.name} ${s.verdict} ${s.cases}`),
    defects: certificate.defects.map((d) => d.id),
    findings: certificate.findings.map((f) => `${f.check} ${f.operation} ${f.replay?.replace(target.url, "<endpoint>")}`),
  };
}

describe("the engine at any concurrency", () => {
  it("gives one seed the same verdict, findings, replays and order, run twice at 64 scenarios at once and once at one", async () => {
    const first = await outcome(faulty, 64);
    expect(first.verdict).toBe("not-certified");
    // The emulator keeps accounts apart (preflight found so): nothing holds the cases to one at a time.
    expect(first.sharedAccounts).toBeUndefined();
    expect(first.defects.length).toBeGreaterThan(0);
    expect(await outcome(faulty, 64)).toEqual(first);
    expect(await outcome(faulty, 1)).toEqual(first);
  });

  it("gives a defect that depends on the ids' digits the same findings and replays on every run, though each case's ids are shifted at random", async () => {
    // Leading zeros stripped from unprocessed ids: found only in cases whose ids start with a zero.
    const outcomes = [];
    for (let i = 0; i < 3; i++) {
      const target = await plantedWith("unprocessed-id-altered");
      try {
        outcomes.push(await outcome(target, 64));
      } finally {
        await target.close();
      }
    }
    expect(outcomes[0]!.defects).toContain("unprocessed-accounts/entry-from-request");
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[2]).toEqual(outcomes[0]);
  });

  it("keeps one request rate for the whole run, whatever the scenarios and suites running at once", async () => {
    const rate = 40;
    // Scenarios of three suites at once, of about as many requests each: each suite has a session of its own, but the
    // rate is the run's, so together they take as long as one scenario of all their requests would.
    const only = ["invalid-input/GetMembers", "semantics/AcceptAdministratorInvitation", "isolation/DeclineInvitations"];
    const certificate = await certify({ endpoint: faulty.url, seed: 11, runs: 1, rate, concurrency: 8, only });
    const { requests, durationSeconds } = certificate.run;
    expect(certificate.scenarios.map((s) => s.name).sort()).toEqual([...only].sort());
    // A lower bound only: a busy machine makes the run slower, never faster.
    expect(durationSeconds).toBeGreaterThanOrEqual(((requests - 1) / rate) * 0.9);
  });

  it("splits the suites among shards so that every suite runs in exactly one", () => {
    const shards = [1, 2, 3].map((i) => [...suitesOfShard(`${i}/3`)]);
    expect(shards.flat().sort()).toEqual([...suitesOfShard(undefined)].sort());
    expect(new Set(shards.flat()).size).toBe(shards.flat().length);
  });

  it("starts the scenarios that send the most requests first, ties in planned order, each once", async () => {
    const planned = allScenarios(await loadSpec());
    const order = longestFirst(planned, 200);
    expect([...order].sort((a, b) => a - b)).toEqual(planned.map((_, i) => i));
    const requests = order.map((i) => plannedRequests(planned[i]!, plannedCases(planned[i]!, 200)));
    for (let i = 1; i < order.length; i++) {
      expect(requests[i]!).toBeLessThanOrEqual(requests[i - 1]!);
      if (requests[i] === requests[i - 1]) expect(order[i]!).toBeGreaterThan(order[i - 1]!);
    }
    // The semantic scenarios, a few thousand requests each, go before any valid-input one.
    const position = (family: string): number[] => order.flatMap((index, at) => (planned[index]!.name.startsWith(family) ? [at] : []));
    expect(Math.max(...position("semantics/"))).toBeLessThan(Math.min(...position("valid-input/")));
  });
});
