/** The certificate: what a run found about a target, as documented by certificate.schema.json. */
import type { Finding } from "../checks/finding.ts";
import type { ModelName } from "../specs/model-provenance.ts";
import { coverageOf, type Coverage } from "./coverage.ts";
import { collectDefects, defectSummary, type Defect } from "./defects.ts";
import type { ReplayOptions } from "./replay.ts";
import type { MissingScenario } from "./run-completeness.ts";
import { verdictMatrix, type Cell } from "./summary-table.ts";
import type { ScenarioRecord } from "./scenario-record.ts";

export const CERTIFICATE_VERSION = 1;

export interface CertificateFinding extends Omit<Finding, "exchange"> {
  scenario: string;
  counterexample: string | undefined;
  replay: string | undefined;
  /** The options that replay it: `certify(replayOptions)` from code. */
  replayOptions?: ReplayOptions;
}

export interface BaselineComparison {
  file: string;
  /** Keys of failures the baseline did not have: each fails the run. */
  new: string[];
  /** Keys the baseline had that this run did not find. */
  fixed: string[];
  /** Keys found in both. */
  known: string[];
  allowKnown: boolean;
}

export interface Certificate {
  certificateVersion: typeof CERTIFICATE_VERSION;
  verdict: "certified" | "not-certified" | "incomplete";
  target: { endpoint: string; embeddedEmulator: boolean; realAccount: boolean; region: string };
  /** The contract: the OpenAPI document the run judged by, and the AWS model it was made from (certificates of earlier suite versions lack `model`). */
  spec: { title: string; apiVersion: string; sha256: string; model?: ModelName };
  suite: { name: string; version: string };
  run: {
    seed: number;
    runs: number;
    only: string[];
    shard: string | undefined;
    strict?: boolean;
    startedAt: string;
    durationSeconds: number;
    scenarios: number;
    cases: number;
    requests: number;
    interrupted?: string;
  };
  verdicts: { operation: string; family: string; verdict: Cell }[];
  scenarios: {
    name: string;
    operations: string[];
    families: string[];
    verdict: ScenarioRecord["verdict"];
    cases: number;
    coverageCases?: number;
    requests: number;
    durationMs: number;
    error?: string;
    blockedBy?: string[];
    blockedOn?: string;
  }[];
  /** "N defect(s) in M operation(s) (F failure(s), W warning(s))". */
  summary: string;
  /** The findings grouped into defects (one per check and discriminator), failures and root causes first. */
  defects: Defect[];
  /** Every finding, once per scenario that met it: the occurrences behind the defects. */
  findings: CertificateFinding[];
  /** What the run covered: each documented statement, exercised in how many cases, or why not. */
  coverage?: Coverage;
  /** Planned scenarios that did not report, and why: any makes the run incomplete. */
  missing?: MissingScenario[];
  baseline?: BaselineComparison;
  /** Parity mode: what the target was compared with (a reference or a recording), or recorded for; whether divergences fail the run. */
  parity?: { comparedWith: string; compared: boolean; recordedTo?: string; gate: boolean };
}

export interface CertificateInput {
  records: readonly ScenarioRecord[];
  target: Certificate["target"];
  spec: Certificate["spec"];
  suite: Certificate["suite"];
  run: Omit<Certificate["run"], "scenarios" | "cases" | "requests">;
  missing?: MissingScenario[];
}

export function buildCertificate(input: CertificateInput): Certificate {
  const { records } = input;
  const findings = records.flatMap((record) =>
    [...record.failures, ...record.warnings].map(({ exchange: _exchange, ...finding }) => ({
      ...finding,
      scenario: record.scenario,
      counterexample: finding.severity === "failure" ? record.counterexample : undefined,
      replay: finding.severity === "failure" ? record.replay : undefined,
      ...(finding.severity === "failure" && record.replayOptions ? { replayOptions: record.replayOptions } : {}),
    })),
  );
  const verdicts = [...verdictMatrix(records)].flatMap(([operation, row]) => [...row].map(([family, verdict]) => ({ operation, family, verdict })));
  const failed = findings.some((f) => f.severity === "failure");
  const defects = collectDefects(records);
  const missing = input.missing ?? [];
  const incomplete = records.some((r) => r.verdict === "error") || records.length === 0 || missing.length > 0;
  return {
    certificateVersion: CERTIFICATE_VERSION,
    verdict: failed ? "not-certified" : incomplete ? "incomplete" : "certified",
    target: input.target,
    spec: input.spec,
    suite: input.suite,
    run: {
      ...input.run,
      scenarios: records.length,
      cases: records.reduce((n, r) => n + r.cases, 0),
      requests: records.reduce((n, r) => n + r.requests, 0),
    },
    verdicts: verdicts.sort((a, b) => a.operation.localeCompare(b.operation) || a.family.localeCompare(b.family)),
    scenarios: records.map((r) => ({
      name: r.scenario,
      operations: [...r.operations],
      families: [...r.families],
      verdict: r.verdict,
      cases: r.cases,
      coverageCases: r.coverageCases,
      requests: r.requests,
      durationMs: r.durationMs,
      ...(r.error ? { error: r.error } : {}),
      ...(r.blockedBy ? { blockedBy: r.blockedBy } : {}),
      ...(r.blockedOn ? { blockedOn: r.blockedOn } : {}),
    })),
    summary: defectSummary(defects),
    defects,
    findings,
    coverage: coverageOf(records),
    ...(missing.length > 0 ? { missing } : {}),
  };
}

/** Compares this run's failures with an earlier certificate's, by finding key. */
export function compareWithBaseline(current: Certificate, baseline: Certificate, file: string, allowKnown: boolean): BaselineComparison {
  const keys = (certificate: Certificate): Set<string> => new Set(certificate.findings.filter((f) => f.severity === "failure").map((f) => f.key));
  const now = keys(current);
  const before = keys(baseline);
  return {
    file,
    new: [...now].filter((k) => !before.has(k)).sort(),
    fixed: [...before].filter((k) => !now.has(k)).sort(),
    known: [...now].filter((k) => before.has(k)).sort(),
    allowKnown,
  };
}

/** Whether the run fails: a new failure always does; known ones do unless allowed; an incomplete run does. */
export function runFails(certificate: Certificate): boolean {
  if (certificate.verdict === "incomplete") return true;
  if (!certificate.baseline) return certificate.verdict === "not-certified";
  return certificate.baseline.new.length > 0 || (!certificate.baseline.allowKnown && certificate.baseline.known.length > 0);
}
