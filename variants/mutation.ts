/**
 * Certifies one variant of the catalogue on an embedded emulator and says whether the verdict is the
 * expected one: a faulty variant must get a finding (killed), a tolerant one must be certified.
 */
import { startEmulator } from "../emulator/index.ts";
import type { Spec } from "../specs/spec-model.ts";
import { behaviourOf, type Variant } from "./variant.ts";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";

export interface MutationRow {
  variant: string;
  kind: Variant["kind"];
  expected: "findings" | "certified";
  verdict: "findings" | "certified" | "error";
  /** The check of the first failure found. */
  caughtBy: string | undefined;
  /** Whether the check the variant names was among the failures found. */
  expectedCheckFound: boolean;
  seconds: number;
  /** Seconds from the start until the first scenario with a failure ended. */
  firstFindingSeconds: number | undefined;
  error: string | undefined;
  /** Requests a handler of the variant threw on, answered 500 (5xx-for-valid-input plants such a crash). */
  handlerFaults: number;
}

export async function certifyVariant(spec: Spec, variant: Variant, options: { runs: number; seed: number; failFast: boolean }): Promise<MutationRow> {
  let handlerFaults = 0;
  const emulator = await startEmulator({ behaviours: [behaviourOf(variant)], onFault: () => void handlerFaults++ });
  const started = performance.now();
  let firstFindingSeconds: number | undefined;
  try {
    const results = await runScenarios(
      spec,
      { ...defaultRunConfig(), ...variant.config, runs: options.runs, seed: options.seed, endpoint: emulator.url },
      allScenarios(spec),
      {
        failFast: options.failFast,
        onResult: (result) => {
          if (firstFindingSeconds === undefined && result.findings.some((f) => f.severity === "failure"))
            firstFindingSeconds = (performance.now() - started) / 1000;
        },
      },
    );
    const failures = results.flatMap((r) => r.findings.filter((f) => f.severity === "failure"));
    const errors = results.filter((r) => r.verdict === "error");
    return {
      variant: variant.name,
      kind: variant.kind,
      expected: variant.kind === "faulty" ? "findings" : "certified",
      verdict: failures.length > 0 ? "findings" : errors.length > 0 ? "error" : "certified",
      caughtBy: failures[0]?.check,
      expectedCheckFound: variant.caughtBy !== undefined && failures.some((f) => f.check === variant.caughtBy),
      seconds: (performance.now() - started) / 1000,
      firstFindingSeconds,
      error: errors[0]?.error,
      handlerFaults,
    };
  } finally {
    await emulator.close();
  }
}

export interface MutationScore {
  killed: number;
  faulty: number;
  falseAlarms: number;
  tolerant: number;
}

export function mutationScore(rows: readonly MutationRow[]): MutationScore {
  const faulty = rows.filter((r) => r.kind === "faulty");
  const tolerant = rows.filter((r) => r.kind === "tolerant");
  return {
    killed: faulty.filter((r) => r.verdict === "findings").length,
    faulty: faulty.length,
    falseAlarms: tolerant.filter((r) => r.verdict !== "certified").length,
    tolerant: tolerant.length,
  };
}
