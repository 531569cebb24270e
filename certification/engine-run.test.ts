/** The engine runs many scenarios at once; the same seed still gives the same cases, verdict, findings and report order. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { behaviourOf, FAULTY_VARIANTS } from "../variants/index.ts";
import { certify } from "./certify.ts";
import { suitesOfShard } from "./engine-run.ts";

let faulty: RunningEmulator;
beforeAll(async () => {
  faulty = await startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === "ineligible-reported-processed")!)] });
});
afterAll(() => faulty.close());

/** What must not depend on how the scenarios interleave. */
async function outcome(concurrency: number) {
  const certificate = await certify({ endpoint: faulty.url, seed: 11, runs: 3, concurrency });
  return {
    verdict: certificate.verdict,
    scenarios: certificate.scenarios.map((s) => `${s.name} ${s.verdict} ${s.cases}`),
    defects: certificate.defects.map((d) => d.id),
    replays: certificate.findings.map((f) => f.replay),
  };
}

describe("the engine at any concurrency", () => {
  it("gives one seed the same verdict, findings, replays and order, run twice at 64 scenarios at once and once at one", async () => {
    const first = await outcome(64);
    expect(first.verdict).toBe("not-certified");
    expect(first.defects.length).toBeGreaterThan(0);
    expect(await outcome(64)).toEqual(first);
    expect(await outcome(1)).toEqual(first);
  });

  it("splits the suites among shards so that every suite runs in exactly one", () => {
    const shards = [1, 2, 3].map((i) => [...suitesOfShard(`${i}/3`)]);
    expect(shards.flat().sort()).toEqual([...suitesOfShard(undefined)].sort());
    expect(new Set(shards.flat()).size).toBe(shards.flat().length);
  });
});
