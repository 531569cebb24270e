/** One certificate from the certificates of a sharded run (each shard ran some of the suites against the same target). */
import type { Certificate } from "./certificate.ts";
import { mergeCoverage } from "./coverage.ts";
import { defectSummary, mergeDefects } from "./defects.ts";
import { CELL_RANK } from "./summary-table.ts";

export function mergeCertificates(shards: readonly Certificate[]): Certificate {
  const [first] = shards;
  if (!first) throw new Error("there is no certificate to merge");
  const seen = new Set<string>();
  for (const shard of shards) {
    // The same shard twice would count its scenarios, cases and requests twice.
    const name = shard.run.shard ?? "the whole run";
    if (seen.has(name)) throw new Error(`shard ${name} is given twice; give each shard's report directory once`);
    seen.add(name);
    if (shard.spec.sha256 !== first.spec.sha256) throw new Error("the shards were judged against different specs");
    if (shard.target.endpoint !== first.target.endpoint && !(shard.target.embeddedEmulator && first.target.embeddedEmulator)) {
      throw new Error(`the shards certified different targets: ${first.target.endpoint} and ${shard.target.endpoint}`);
    }
    if (shard.run.seed !== first.run.seed || shard.run.runs !== first.run.runs) throw new Error("the shards ran with different seeds or budgets");
  }
  const verdicts = new Map<string, Certificate["verdicts"][number]>();
  for (const verdict of shards.flatMap((s) => s.verdicts)) {
    const key = `${verdict.operation}|${verdict.family}`;
    const current = verdicts.get(key);
    if (!current || CELL_RANK[verdict.verdict] > CELL_RANK[current.verdict]) verdicts.set(key, verdict);
  }
  const findings = shards.flatMap((s) => s.findings);
  const defects = mergeDefects(shards.map((s) => s.defects));
  const scenarios = shards.flatMap((s) => s.scenarios);
  const verdict = findings.some((f) => f.severity === "failure")
    ? "not-certified"
    : shards.some((s) => s.verdict === "incomplete")
      ? "incomplete"
      : "certified";
  const sum = (pick: (c: Certificate) => number): number => shards.reduce((n, s) => n + pick(s), 0);
  return {
    certificateVersion: first.certificateVersion,
    verdict,
    target: first.target,
    spec: first.spec,
    suite: first.suite,
    run: {
      seed: first.run.seed,
      runs: first.run.runs,
      only: first.run.only,
      shard: undefined,
      startedAt: shards.map((s) => s.run.startedAt).sort()[0]!,
      durationSeconds: Math.max(...shards.map((s) => s.run.durationSeconds)),
      scenarios: sum((c) => c.run.scenarios),
      cases: sum((c) => c.run.cases),
      requests: sum((c) => c.run.requests),
    },
    verdicts: [...verdicts.values()].sort((a, b) => a.operation.localeCompare(b.operation) || a.family.localeCompare(b.family)),
    scenarios,
    summary: defectSummary(defects),
    defects,
    findings,
    ...(shards.every((s) => s.coverage) ? { coverage: mergeCoverage(shards.map((s) => s.coverage!)) } : {}),
  };
}
