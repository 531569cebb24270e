/** Findings: what a check reports, as data that reports, certificates and the regression gate work from. */
import type { CheckSource } from "../specs/rule-source.ts";

export const CHECK_FAMILIES = [
  "status-codes",
  "error-shapes",
  "success-shapes",
  "unprocessed-accounts",
  "state",
  "pagination",
  "isolation",
  "availability",
  "parity",
] as const;
export type CheckFamily = (typeof CHECK_FAMILIES)[number];

// Where a rule comes from is shared with the generators, which sit below the checks.
export { CHECK_SOURCES, SOURCE_NAMES, type CheckSource } from "../specs/rule-source.ts";

export type Severity = "failure" | "warning";

export interface Finding<Id extends string = string> {
  /** Stable id of the check, e.g. `status-codes/no-5xx-for-valid-input`. */
  check: Id;
  family: CheckFamily;
  /** Where the rule comes from. */
  source: CheckSource;
  /** Warnings are worth a look but never fail a certification. */
  severity: Severity;
  operation: string;
  /** One line saying what went wrong. */
  title: string;
  /** The documented rule it enforces: a quote of the API reference, the AWS model or the restJson1 protocol. */
  rule: string;
  /** The facts behind the verdict (status seen, statuses allowed, ids involved …). */
  facts: Record<string, unknown>;
  /** Same key, same deviation: used to de-duplicate and to compare against a baseline. */
  key: string;
  /** Index, among the case's exchanges, of the exchange the finding is about (set by the case runner). */
  exchange?: number;
  /**
   * The other operations whose documented statements the judgement that found it exercised: the reads that showed
   * the effect it judges (GetMembers showing what CreateMembers made). Not reported; a killed variant's proof reads it.
   */
  also?: readonly string[];
}

/** A finding's identity: the same key is the same deviation, in one run or across runs. */
export function findingKey(check: string, operation: string, discriminator = ""): string {
  return [check, operation, discriminator].filter(Boolean).join("|");
}

export const isFailure = (f: Finding): boolean => f.severity === "failure";
