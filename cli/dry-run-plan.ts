/** What a run would send, for --dry-run: nothing is sent while it is printed. */
import { profileOf } from "../conformance/profiles/index.ts";
import { protocolOnly } from "../conformance/run-kind.ts";
import { type ResolvedRunConfig, runsPerScenario, selected } from "../conformance/run-config.ts";
import { plannedCases, plannedRequests, type Scenario } from "../conformance/scenario.ts";
import type { Spec } from "../specs/spec-model.ts";

export function dryRunPlan(config: ResolvedRunConfig, spec: Spec, scenarios: readonly Scenario[], embedded: boolean): string {
  const chosen = scenarios.filter((s) => selected(config, s));
  const profile = profileOf(config);
  const lines = [
    `Plan (dry run: nothing is sent)`,
    `  target: ${spec.service.title} at ${config.endpoint}${embedded ? " (embedded reference emulator)" : ""}, region ${config.region}${profile.warning ? `, ${profile.warning}` : ""}`,
    ...[...profile.plan(config, spec), ...protocolPlan(spec)].map((line) => `  ${line}`),
  ];
  lines.push(
    `  ${config.rate === undefined ? "no request rate limit" : `at most ${config.rate} requests/s`}, ${runsPerScenario(config.runs)}, seed ${config.seed}`,
    `  ${chosen.length} scenarios (coverage-phase cases + random cases):`,
  );
  for (const s of chosen)
    lines.push(`    ${s.name.padEnd(44)} ${String(s.coverage?.length ?? 0).padStart(3)} + ${String(s.cases(config.runs)).padEnd(3)} cases  ${s.description}`);
  const estimate = (cases: (s: Scenario) => number): number => chosen.reduce((n, s) => n + plannedRequests(s, cases(s)), 0);
  const coverageCases = chosen.reduce((n, s) => n + (s.coverage?.length ?? 0), 0);
  const coverageRequests = estimate((s) => s.coverage?.length ?? 0);
  const allRequests = estimate((s) => plannedCases(s, config.runs));
  const at = (requests: number): string => (config.rate === undefined ? "" : `, about ${formatDuration(requests / config.rate)} at ${config.rate} requests/s`);
  lines.push(
    `  coverage phase (the same for every seed): ${coverageCases} cases, about ${coverageRequests} requests${at(coverageRequests)}`,
    `  whole run: about ${allRequests} requests${at(allRequests)} (retries and waits for slow effects come on top)`,
  );
  return lines.join("\n");
}

/** What a protocol-only run is, and which operations of a model file it takes; nothing for a run of the family. */
function protocolPlan(spec: Spec): string[] {
  const file = spec.service.modelFile;
  const only = protocolOnly(spec.service);
  if (only === undefined) return [];
  return [
    only,
    ...(file ? [`operations of ${file.path}: ${file.operations.join(", ")}`, ...file.leftOut.map((l) => `left out: ${l.operation} (${l.why})`)] : []),
  ];
}

function formatDuration(seconds: number): string {
  return seconds < 90 ? `${Math.ceil(seconds)} s` : `${Math.ceil(seconds / 60)} min`;
}
