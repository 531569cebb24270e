/**
 * A recording: the reference's normalised answers, case by case, so a target can be compared with it later
 * with no reference running (a recording of the real service, committed, gates a mock in CI). It holds what
 * the cases were drawn from (suite version, spec sha256, seed, budget, mode); a run that differs in any of them
 * would draw other cases, so it is refused. Only normalised views and one-line accounts of responses are kept:
 * no headers, so no signature, credential or token can reach a recording.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { RecordedCall, TracedCall } from "../../checks/trace-comparison.ts";

/** 3: the twins play their scenario's coverage phase, so a recording holds those cases too. */
export const RECORDING_VERSION = 3;
const HEADER_FILE = "recording.json";
const CASES_DIR = "cases";

/** What the recorded cases were drawn from; a comparison must draw the same. */
export interface RecordingHeader {
  recordingVersion: typeof RECORDING_VERSION;
  suiteVersion: string;
  specSha256: string;
  seed: number;
  runs: number;
  realAccount: boolean;
  /** Who was recorded: an endpoint, or the embedded reference emulator. */
  recorded: string;
  recordedAt: string;
}

interface ScenarioRecording {
  scenario: string;
  cases: Record<string, RecordedCall[]>;
}

/** Starts a recording in `directory`: the header, and no cases (an earlier recording's cases are removed). */
export function writeRecordingHeader(directory: string, header: RecordingHeader): void {
  rmSync(join(directory, CASES_DIR), { recursive: true, force: true });
  mkdirSync(join(directory, CASES_DIR), { recursive: true });
  writeFileSync(join(directory, HEADER_FILE), `${JSON.stringify(header, null, 2)}\n`);
}

export function readRecordingHeader(directory: string): RecordingHeader {
  const file = join(directory, HEADER_FILE);
  if (!existsSync(file)) throw new Error(`${directory} holds no recording (no ${HEADER_FILE}); make one with --record`);
  return JSON.parse(readFileSync(file, "utf8")) as RecordingHeader;
}

/** One sentence saying how a run differs from what the recording was made with; undefined when it does not. */
export function recordingMismatch(recorded: RecordingHeader, run: Omit<RecordingHeader, "recorded" | "recordedAt">): string | undefined {
  const differences: [string, unknown, unknown][] = [
    ["recording format", recorded.recordingVersion, run.recordingVersion],
    ["suite version", recorded.suiteVersion, run.suiteVersion],
    ["spec sha256", recorded.specSha256, run.specSha256],
    ["seed", recorded.seed, run.seed],
    ["budget (--runs)", recorded.runs, run.runs],
    ["real-account mode", recorded.realAccount, run.realAccount],
  ];
  const [what, was, is] = differences.find(([, a, b]) => a !== b) ?? [];
  return what === undefined
    ? undefined
    : `the recording was made with ${what} ${String(was)}, this run has ${String(is)}: it would draw other cases, so it cannot be compared; record again or run with the recording's values.`;
}

/** A case's identity in a recording: the generated input, hashed. The same seed draws the same inputs. */
export function caseKey(input: unknown): string {
  return createHash("sha256").update(fc.stringify(input)).digest("hex").slice(0, 24);
}

function scenarioFile(directory: string, scenario: string): string {
  return join(directory, CASES_DIR, `${scenario.replaceAll("/", "__")}.json`);
}

/** The recorded cases of the scenarios this process touches, read or written case by case. */
export class Recording {
  private readonly scenarios = new Map<string, ScenarioRecording>();

  constructor(readonly directory: string) {}

  /** The reference's calls in a case, or undefined when the recording does not hold that case (a case only a shrink reached). */
  lookup(scenario: string, key: string): RecordedCall[] | undefined {
    return this.load(scenario).cases[key];
  }

  /** Stores a case's calls, without their exchanges, and writes the scenario's file at once (a run may stop at any case). */
  store(scenario: string, key: string, calls: readonly TracedCall[]): void {
    const recording = this.load(scenario);
    recording.cases[key] = calls.map(({ exchange: _exchange, ...call }) => call);
    writeFileSync(scenarioFile(this.directory, scenario), `${JSON.stringify(recording, null, 1)}\n`);
  }

  private load(scenario: string): ScenarioRecording {
    let recording = this.scenarios.get(scenario);
    if (!recording) {
      const file = scenarioFile(this.directory, scenario);
      recording = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ScenarioRecording) : { scenario, cases: {} };
      this.scenarios.set(scenario, recording);
    }
    return recording;
  }
}
