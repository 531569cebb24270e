/** The certificate: what a run found about a target, as documented by certificate.schema.json. */
import type { Finding } from "../checks/finding.ts";
import type { ModelName } from "../specs/model-provenance.ts";
import type { Service } from "../specs/service-descriptor.ts";
import { coverageOf, type Coverage } from "./coverage.ts";
import { collectDefects, defectSummary, type Defect } from "./defects.ts";
import type { ReplayOptions } from "./replay.ts";
import type { MissingScenario } from "./run-completeness.ts";
import { verdictCells, type VerdictCell } from "./summary-table.ts";
import { caseOf, type ScenarioRecord, type UnfinishedScenario } from "./scenario-record.ts";

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
  target: {
    endpoint: string;
    embeddedEmulator: boolean;
    realAccount: boolean;
    region: string;
    /** Found before the run: the target does not keep the accounts it is sent apart, so its cases ran one at a time. */
    sharedAccounts?: boolean;
  };
  /** The contract: the OpenAPI document the run judged by, and the AWS model it was made from (certificates of earlier suite versions lack `model`). */
  /**
   * The contract: the OpenAPI document the run judged by, and the AWS model it was made from: a built-in service's
   * vendored model (certificates of earlier suite versions lack `model`), or the model file named with --model.
   */
  spec: { title: string; apiVersion: string; sha256: string; model?: ModelName; modelFile?: CertifiedModelFile };
  suite: { name: string; version: string };
  run: {
    seed: number;
    runs: number;
    only: string[];
    shard: string | undefined;
    strict?: boolean;
    startedAt: string;
    durationSeconds: number;
    /** Scenarios played: those that finished, and those a stop found under way. */
    scenarios: number;
    /** Cases played, those of the scenarios a stop found under way included. */
    cases: number;
    requests: number;
    interrupted?: string;
    /** The run certified protocol and shapes only: why, and which scenarios it leaves out (conformance/run-kind.ts). */
    protocolOnly?: string;
  };
  verdicts: VerdictCell[];
  scenarios: {
    name: string;
    operations: string[];
    families: string[];
    /** interrupted: the run was stopped before it finished (its cases and requests are what it played until then). */
    verdict: ScenarioRecord["verdict"] | "interrupted";
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

/** The model file a `--model` run's spec was made from: its path, sha256, the operations taken and those left out, with why. */
export interface CertifiedModelFile {
  file: string;
  sha256: string;
  service: string;
  apiVersion: string;
  botocoreVersion?: string;
  operations: string[];
  leftOut: { operation: string; why: string }[];
}

export interface CertificateInput {
  /** The service certified: its documentation is what the coverage counts and the table's cells are judged by. */
  service: Service;
  records: readonly ScenarioRecord[];
  target: Certificate["target"];
  spec: Certificate["spec"];
  suite: Certificate["suite"];
  run: Omit<Certificate["run"], "scenarios" | "cases" | "requests">;
  missing?: MissingScenario[];
  /** The planned scenarios a stop left unfinished, in planned order: listed as interrupted, after those that finished. */
  unfinished?: readonly UnfinishedScenario[];
}

export function buildCertificate(input: CertificateInput): Certificate {
  const { records } = input;
  const unfinished = input.unfinished ?? [];
  const played = [...records, ...unfinished];
  const findings = records.flatMap((record) =>
    [...record.failures, ...record.warnings].map(({ exchange: _exchange, also: _also, ...finding }) => {
      const seen = finding.severity === "failure" ? caseOf(record, finding) : undefined;
      return {
        ...finding,
        scenario: record.scenario,
        counterexample: seen?.counterexample,
        replay: seen?.replay,
        ...(seen?.replayOptions ? { replayOptions: seen.replayOptions } : {}),
      };
    }),
  );
  const failed = findings.some((f) => f.severity === "failure");
  const defects = collectDefects(records);
  const missing = input.missing ?? [];
  const incomplete = records.some((r) => r.verdict === "error") || records.length === 0 || missing.length > 0 || unfinished.length > 0;
  return {
    certificateVersion: CERTIFICATE_VERSION,
    verdict: failed ? "not-certified" : incomplete ? "incomplete" : "certified",
    target: input.target,
    spec: input.spec,
    suite: input.suite,
    run: {
      ...input.run,
      scenarios: records.length + unfinished.filter(underWay).length,
      cases: played.reduce((n, r) => n + r.cases, 0),
      requests: played.reduce((n, r) => n + r.requests, 0),
    },
    verdicts: verdictCells(records, input.service, unfinished),
    scenarios: [
      ...records.map((r) => ({
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
      ...unfinished.map((u) => ({
        name: u.scenario,
        operations: [...u.operations],
        families: [...u.families],
        verdict: "interrupted" as const,
        cases: u.cases,
        coverageCases: u.coverageCases,
        requests: u.requests,
        durationMs: u.durationMs,
      })),
    ],
    summary: defectSummary(defects),
    defects,
    findings,
    coverage: coverageOf(records, input.service, unfinished),
    ...(missing.length > 0 ? { missing } : {}),
  };
}

/** An unfinished scenario that played something before the stop. */
function underWay(scenario: Pick<UnfinishedScenario, "cases" | "requests">): boolean {
  return scenario.cases > 0 || scenario.requests > 0;
}

/**
 * How many scenarios a run played, as people read it: "38 scenarios", or for a stopped run "16 scenarios (9 finished,
 * 7 stopped under way; 22 planned and not started)".
 */
export function scenariosPlayed(certificate: Pick<Certificate, "run" | "scenarios">): string {
  const stopped = certificate.scenarios.filter((s) => s.verdict === "interrupted");
  if (stopped.length === 0) return `${certificate.run.scenarios} scenarios`;
  const underWayCount = stopped.filter(underWay).length;
  const notStarted = stopped.length - underWayCount;
  return `${certificate.run.scenarios} scenarios (${certificate.run.scenarios - underWayCount} finished, ${underWayCount} stopped under way${notStarted > 0 ? `; ${notStarted} planned and not started` : ""})`;
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
