/** Findings: what a check reports, as data that reports, certificates and the regression gate work from. */

export const CHECK_FAMILIES = [
  "status-codes",
  "error-shapes",
  "success-shapes",
  "unprocessed-accounts",
  "state",
  "isolation",
  "availability",
] as const;
export type CheckFamily = (typeof CHECK_FAMILIES)[number];

export interface Finding {
  /** Stable id of the check, e.g. `status-codes/no-5xx-for-valid-input`. */
  check: string;
  family: CheckFamily;
  /** Warnings are worth a look but never fail a certification. */
  severity: "failure" | "warning";
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

export interface CheckDefinition {
  id: string;
  family: CheckFamily;
  rule: string;
}

export function finding(check: CheckDefinition, operation: string, title: string, facts: Record<string, unknown> = {}, severity: Finding["severity"] = "failure", discriminator = ""): Finding {
  return {
    check: check.id,
    family: check.family,
    severity,
    operation,
    title,
    rule: check.rule,
    facts,
    key: [check.id, operation, discriminator].filter(Boolean).join("|"),
  };
}

export const isFailure = (f: Finding): boolean => f.severity === "failure";
