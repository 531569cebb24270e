/**
 * A check is one documented rule and the pure function that judges it: `defineCheck({ id, family, source,
 * severity, rule, statements, run })`. `run` gets what the rule is about (an exchange, an outcome the scenario
 * observed) and answers which operation it judged and how the rule was broken, or that it does not apply. The
 * registry (index.ts) holds these objects, so the list of checks, the traceability of the documentation, the
 * coverage of a run and the variant catalogue all read one source, and ids are literal types the compiler knows.
 */
import { findingKey, type CheckFamily, type CheckSource, type Finding, type Severity } from "./finding.ts";

/**
 * How a breach is reported: a failure; a warning that never fails a run; `lenient`, a warning that `--strict`
 * turns into a failure (a target more lenient than the AWS model, which harms no client); or `divergence`, a
 * warning that `--parity-gate` turns into a failure (answering unlike a reference breaks no contract).
 */
export type CheckSeverity = Severity | "lenient" | "divergence";

/** One way the rule was broken, by name; the check adds who it is. */
export interface Breach {
  /** One line saying what went wrong. */
  title: string;
  /** The facts behind the verdict (status seen, statuses allowed, ids involved …). */
  facts?: Record<string, unknown>;
  /** Tells deviations of one check on one operation apart (a status, an error name); part of the key. */
  discriminator?: string;
  /** For a `lenient` check: whether the run is strict, which makes the breach a failure. */
  strict?: boolean;
  /** For a `divergence` check: whether the run gates on parity, which makes the breach a failure. */
  gated?: boolean;
}

/** What a check says about one input: the operation it judged and the breaches (none: the rule held). */
export interface Judgement {
  operation: string;
  breaches: readonly Breach[];
  /** Other operations whose documented statements the judgement exercises too (the reads that showed an effect). */
  also?: readonly string[];
}

/** The check does not apply to this input (an error for a success check, a batch with no ineligible id …). */
export const NOT_APPLICABLE = undefined;

export interface CheckDefinition<Id extends string = string> {
  /** Stable id, `family/name`, e.g. `status-codes/no-5xx-for-valid-input`. */
  id: Id;
  family: CheckFamily;
  /** Where the rule comes from; it sets how hard the suite may judge. */
  source: CheckSource;
  severity: CheckSeverity;
  /** The documented rule it enforces: a quote of the API reference, the AWS model or the restJson1 protocol. */
  rule: string;
  /**
   * The documented statements it enforces (ids of specs/statements.json; `*` stands for any run of characters).
   * Exercising the check on an operation exercises those of them that are about that operation.
   */
  statements: readonly string[];
}

export interface CheckSpec<Id extends string, Input> extends CheckDefinition<Id> {
  /** Judges one input; undefined (NOT_APPLICABLE) when the rule says nothing about it. Pure. */
  run(input: Input): Judgement | undefined;
}

export interface Check<Id extends string = string, Input = never> extends CheckSpec<Id, Input> {
  /** Runs the check: the operation it judged and its findings (none: the rule held), or undefined when it does not apply. */
  judge(input: Input): Verdict<Id> | undefined;
  /** The finding of one breach on `operation`: for breaches seen outside `run` (a case runner's retries). */
  finding(operation: string, breach: Breach): Finding<Id>;
}

export interface Verdict<Id extends string = string> {
  check: Id;
  operation: string;
  /** The operations it exercised: the one judged, and the reads that showed it. */
  operations: readonly string[];
  findings: readonly Finding<Id>[];
}

export function defineCheck<const Id extends string, Input>(spec: CheckSpec<Id, Input>): Check<Id, Input> {
  const finding = (operation: string, breach: Breach): Finding<Id> => ({
    check: spec.id,
    family: spec.family,
    source: spec.source,
    severity: severityOf(spec.severity, breach),
    operation,
    title: breach.title,
    rule: spec.rule,
    facts: breach.facts ?? {},
    key: findingKey(spec.id, operation, breach.discriminator),
  });
  return {
    ...spec,
    finding,
    judge(input) {
      const judgement = spec.run(input);
      if (judgement === undefined) return undefined;
      const { operation, breaches, also } = judgement;
      const operations = also !== undefined && also.length > 0 ? [operation, ...also] : onlyOperation(operation);
      if (breaches.length === 0) return { check: spec.id, operation, operations, findings: NO_FINDINGS };
      const findings = breaches.map((breach) => finding(operation, breach));
      return { check: spec.id, operation, operations, findings: also !== undefined && also.length > 0 ? findings.map((f) => ({ ...f, also })) : findings };
    },
  };
}

/** The judgement "the rule held" or "it was broken so", on `operation` (and, for the statements it exercises, on the reads `also` names). */
export function judged(operation: string, breaches: readonly (Breach | undefined | false)[] = NONE, also: readonly string[] = NONE): Judgement {
  const kept = breaches.some(Boolean) ? breaches.filter((b): b is Breach => Boolean(b)) : NONE;
  return also.length > 0 ? { operation, breaches: kept, also } : { operation, breaches: kept };
}

// A response meets a score of checks, and nearly every one holds: the verdicts of a rule that held share these
// (frozen) lists rather than allocating their own, which a deep run would collect again and again.
const NONE: readonly never[] = Object.freeze([]);
const NO_FINDINGS: readonly Finding<never>[] = NONE;
const operationLists = new Map<string, readonly string[]>();

/** `[operation]`, one frozen list per operation. */
function onlyOperation(operation: string): readonly string[] {
  let list = operationLists.get(operation);
  if (!list) operationLists.set(operation, (list = Object.freeze([operation])));
  return list;
}

function severityOf(severity: CheckSeverity, breach: Breach): Severity {
  if (severity === "failure") return "failure";
  if (severity === "lenient") return breach.strict === true ? "failure" : "warning";
  if (severity === "divergence") return breach.gated === true ? "failure" : "warning";
  return "warning";
}

/** Runs every check of a list on one input: the verdicts of those that applied. */
export function judgeAll<Input>(checks: readonly Check<string, Input>[], input: Input): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const check of checks) {
    const verdict = check.judge(input);
    if (verdict) verdicts.push(verdict);
  }
  return verdicts;
}

/** The findings of some verdicts, in order. */
export function findingsOf(verdicts: readonly Verdict[]): Finding[] {
  return verdicts.flatMap((v) => v.findings);
}
