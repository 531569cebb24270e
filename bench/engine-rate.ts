/** The conformance engine's request rate against an in-process emulator, without vitest's start-up: what the scenarios themselves sustain. */
import { defaultRunConfig } from "../conformance/run-config.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { startEmulator } from "../emulator/index.ts";
import { loadSpec } from "../specs/load-spec.ts";

export async function measureEngineRate(concurrency: number): Promise<{ requests: number; seconds: number; perSecond: number }> {
  const spec = await loadSpec();
  const emulator = await startEmulator();
  try {
    const started = performance.now();
    const results = await runScenarios(spec, { ...defaultRunConfig(), seed: 1, endpoint: emulator.url }, allScenarios(spec), { concurrency });
    const seconds = (performance.now() - started) / 1000;
    const requests = results.reduce((n, r) => n + r.requests, 0);
    return { requests, seconds, perSecond: requests / seconds };
  } finally {
    await emulator.close();
  }
}
