/**
 * Certifies one variant of the catalogue on an embedded emulator and says whether the verdict is the
 * expected one: a faulty variant must get a finding (killed), a tolerant one must be certified.
 */
import { emulatedService, serve } from "../emulator/index.ts";
import { loadStatements } from "../specs/load-statements.ts";
import type { Spec } from "../specs/spec-model.ts";
import { claimedStatements, claimsOf, provenStatements, runScope, statementProof, type StatementProof } from "./statement-proof.ts";
import type { Unproven } from "./unproven-statements.ts";
import { checksOf } from "../checks/service-checks.ts";
import type { ServiceDescriptor } from "../specs/service-descriptor.ts";
import { type AnyVariant, behaviourOf } from "./variant.ts";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";

export interface MutationRow {
  variant: string;
  kind: AnyVariant["kind"];
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
  /** The documented statements the variant claims to break. */
  claimed: string[];
  /** Those of them the run proved: a failure of the named check on an operation each is about. */
  proven: string[];
}

export async function certifyVariant(spec: Spec, variant: AnyVariant, options: { runs: number; seed: number; failFast: boolean }): Promise<MutationRow> {
  let handlerFaults = 0;
  const emulator = await serve(emulatedService(spec.service.name), { behaviours: [behaviourOf(variant)], onFault: () => void handlerFaults++ });
  const started = performance.now();
  let firstFindingSeconds: number | undefined;
  try {
    const results = await runScenarios(
      spec,
      {
        ...defaultRunConfig(),
        ...variant.config,
        runs: options.runs,
        seed: options.seed,
        endpoint: emulator.url,
        only: runScope(variant, loadStatements(spec.service)),
      },
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
    const claimed = claimedStatements(variant, loadStatements(spec.service));
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
      claimed: claimed.map((s) => s.id),
      proven: provenStatements(variant, claimed, failures),
    };
  } finally {
    await emulator.close();
  }
}

/**
 * Certifies the variants, `jobs` faulty ones at a time (their runs mostly wait: for an effect that never shows, for
 * retries of throttling that never ends), then the tolerant ones one at a time, so that no other run's load can make
 * a correct target look slow. `onRow` receives the rows in the order of `variants`, each as soon as it and those
 * before it are done.
 */
export async function certifyVariants(
  spec: Spec,
  variants: readonly AnyVariant[],
  options: { runs: number; seed: number; failFast: boolean; jobs: number },
  onRow: (row: MutationRow, variant: AnyVariant) => void = () => {},
): Promise<MutationRow[]> {
  const rows = variants.map(() => deferred<MutationRow>());
  const certify = async (index: number): Promise<void> => {
    await certifyVariant(spec, variants[index]!, options).then(rows[index]!.resolve, rows[index]!.reject);
  };
  const indexes = [...variants.keys()];
  const faulty = indexes.filter((i) => variants[i]!.kind === "faulty");
  const shown = (async () => {
    for (const [index, row] of rows.entries()) onRow(await row.promise, variants[index]!);
  })();
  const worker = async (): Promise<void> => {
    for (let next = faulty.shift(); next !== undefined; next = faulty.shift()) await certify(next);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
  for (const index of indexes.filter((i) => variants[i]!.kind !== "faulty")) await certify(index);
  await shown;
  return Promise.all(rows.map((row) => row.promise));
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  // Awaited in order, later: a failure met first by a later variant is reported then, not as unhandled now.
  promise.catch(() => {});
  return { promise, resolve, reject };
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

/**
 * The enforced statements of the service the rows certified variants of, which the rows prove, and why each other one
 * is not proven (unproven-statements.ts, or the claim the run did not bear out). Claims are those of `variants`, the
 * variants the rows are of.
 */
export function proofOfRows(
  service: ServiceDescriptor,
  rows: readonly MutationRow[],
  variants: readonly AnyVariant[],
  unproven: readonly Unproven[],
): StatementProof {
  const statements = loadStatements(service);
  const provenBy = new Map<string, string[]>();
  for (const row of rows) for (const id of row.proven) provenBy.set(id, [...(provenBy.get(id) ?? []), row.variant]);
  return statementProof(statements, checksOf(service), provenBy, claimsOf(variants, statements), unproven);
}
