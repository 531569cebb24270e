/**
 * Issue 13: a recording of the reference stands in for it. Compared with a recording, a target shows the same
 * divergences as compared live, over 3 seeds; a recording of the reference compared with the reference diverges
 * nowhere; a run that would draw other cases than the recording's is refused with one sentence.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRunConfig, type ParityConfig } from "../run-config.ts";
import { runScenarios } from "../run-scenarios.ts";
import { scenariosFor } from "../profiles/index.ts";
import { startEmulator, type RunningEmulator } from "../../emulator/index.ts";
import { loadSpec } from "../../specs/load-spec.ts";
import { behaviourOf, TOLERANT_VARIANTS } from "../../variants/index.ts";
import { RECORDING_VERSION, recordingMismatch, writeRecordingHeader, type RecordingHeader } from "./recording.ts";

const spec = await loadSpec();
const dir = mkdtempSync(join(tmpdir(), "parity-recording-"));
let reference: RunningEmulator;
let target: RunningEmulator;
beforeAll(async () => {
  reference = await startEmulator({ port: 0 });
  // Diverges in statuses, error types, output members and effects: every aspect a recording must keep.
  target = await startEmulator({ port: 0, behaviours: [behaviourOf(TOLERANT_VARIANTS.find((v) => v.name === "strict-input-terse-wire")!)] });
});
afterAll(async () => {
  await Promise.all([reference.close(), target.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const live = (record?: string): ParityConfig => {
  const { accounts, region } = defaultRunConfig();
  return {
    reference: { endpoint: reference.url, region, accounts, profile: "emulator", ownAccounts: [], profiles: [], rate: undefined },
    recording: undefined,
    record,
    gate: false,
    name: "reference",
  };
};
const recorded = (recording: string): ParityConfig => ({ reference: undefined, recording, record: undefined, gate: false, name: `recording ${recording}` });

/** The parity divergences of the twins of every scenario, compared as `parity` says; `compared` counts the cases compared. */
async function divergences(endpoint: string, seed: number, parity: ParityConfig): Promise<string[]> {
  const config = { ...defaultRunConfig(), seed, runs: 2, only: ["parity"], endpoint, parity };
  const results = await runScenarios(spec, config, scenariosFor(spec, config));
  expect(results.filter((r) => r.error)).toEqual([]);
  return [...new Set(results.flatMap((r) => r.findings).map((f) => f.key))].sort();
}

describe("recording and replaying the reference (issue 13)", () => {
  it.each([1, 2, 3])("seed %i: the recording gives the same divergences as the live reference", async (seed) => {
    const recording = join(dir, `seed-${seed}`);
    writeRecordingHeader(recording, {
      recordingVersion: RECORDING_VERSION,
      suiteVersion: "test",
      specSha256: spec.hash,
      seed,
      runs: 2,
      realAccount: false,
      recorded: reference.url,
      recordedAt: "",
    });
    const liveDivergences = await divergences(target.url, seed, live(recording));
    expect(liveDivergences.length).toBeGreaterThan(0);
    expect(await divergences(target.url, seed, recorded(recording))).toEqual(liveDivergences);
    // The reference compared with its own recording.
    expect(await divergences(reference.url, seed, recorded(recording))).toEqual([]);
  });

  const header: RecordingHeader = {
    recordingVersion: RECORDING_VERSION,
    suiteVersion: "0.1.0",
    specSha256: "abc",
    seed: 7,
    runs: 20,
    realAccount: false,
    recorded: "x",
    recordedAt: "",
  };
  it.each([
    ["the same cases", {}, undefined],
    [
      "another seed",
      { seed: 8 },
      "the recording was made with seed 7, this run has 8: it would draw other cases, so it cannot be compared; record again or run with the recording's values.",
    ],
    ["another budget", { runs: 5 }, "budget (--runs) 20, this run has 5"],
    ["another spec", { specSha256: "def" }, "spec sha256 abc, this run has def"],
    ["another suite version", { suiteVersion: "0.2.0" }, "suite version 0.1.0, this run has 0.2.0"],
    ["real accounts", { realAccount: true }, "real-account mode false, this run has true"],
  ])("a run with %s is %s", (_name, change, sentence) => {
    const mismatch = recordingMismatch(header, { ...header, ...change });
    if (sentence === undefined) expect(mismatch).toBeUndefined();
    else expect(mismatch).toContain(sentence);
  });
});
