/** Findings: what a check reports, as data that reports, certificates and the regression gate work from. */

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

/**
 * Where a rule comes from. The source sets how hard the suite may judge: what the API reference pages state
 * is the contract; what only the AWS model states is enforced differently by services and emulators.
 */
export const CHECK_SOURCES = ["reference-page", "aws-model", "restjson1", "aws-convention", "reference-target"] as const;
export type CheckSource = (typeof CHECK_SOURCES)[number];

/** How each source is named to people, beside each finding. */
export const SOURCE_NAMES: Readonly<Record<CheckSource, string>> = {
  "reference-page": "API reference page",
  "aws-model": "AWS model",
  restjson1: "restJson1 protocol",
  "aws-convention": "AWS-wide convention",
  "reference-target": "parity reference",
};

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
}

/** A finding's identity: the same key is the same deviation, in one run or across runs. */
export function findingKey(check: string, operation: string, discriminator = ""): string {
  return [check, operation, discriminator].filter(Boolean).join("|");
}

export const isFailure = (f: Finding): boolean => f.severity === "failure";
