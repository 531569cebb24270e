/**
 * Coverage claimed = coverage proven. The traceability table marks a documented statement enforced by the checks
 * that name it; this module says which of those statements the variant catalogue proves can fail. A faulty variant
 * names the statements it breaks (`breaks`), each one its `caughtBy` check enforces; a run proves a statement when it
 * finds a failure of that check on an operation the statement is about, or on a read the failing judgement made of
 * one (a check judging CreateMembers by what GetMembers shows exercises GetMembers' statements too). The enforced
 * statements no variant proves stand in UNPROVEN (unproven-statements.ts), each with its reason.
 */
import type { CheckDefinition } from "../checks/define-check.ts";
import type { Finding } from "../checks/finding.ts";
import { matchesPattern, traceability } from "../checks/traceability.ts";
import type { Statement } from "../specs/statements.ts";
import { UNPROVEN_KIND_WORDS, type Unproven } from "./unproven-statements.ts";
import type { Variant } from "./variant.ts";

/** The statements a variant claims to break, in document order. */
export function claimedStatements(variant: Pick<Variant, "breaks">, statements: readonly Statement[]): Statement[] {
  const patterns = variant.breaks ?? [];
  return statements.filter((s) => patterns.some((p) => matchesPattern(p, s.id)));
}

/**
 * The scenarios a run against the variant plays (as `--only` names them; empty for all): its `only`, else those about
 * the operations of the statements it claims, where its fault shows; every one for a variant that claims none.
 */
export function runScope(variant: Pick<Variant, "breaks" | "only">, statements: readonly Statement[]): string[] {
  return [...(variant.only ?? new Set(claimedStatements(variant, statements).flatMap((s) => s.operations)))].sort();
}

/** What is wrong with a variant's claim: a pattern naming no statement, a statement its check does not enforce, a claim without a check. */
export function claimProblems(variant: Variant, statements: readonly Statement[], checks: readonly CheckDefinition[]): string[] {
  const patterns = variant.breaks ?? [];
  if (patterns.length === 0) return [];
  if (variant.kind !== "faulty" || variant.caughtBy === undefined) return [`${variant.name} claims statements but is not a faulty variant with a check`];
  const check = checks.find((c) => c.id === variant.caughtBy);
  const enforces = (id: string): boolean => check?.statements.some((p) => matchesPattern(p, id)) ?? false;
  return [
    ...patterns.filter((p) => !statements.some((s) => matchesPattern(p, s.id))).map((p) => `${variant.name}: ${p} names no documented statement`),
    ...claimedStatements(variant, statements)
      .filter((s) => !enforces(s.id))
      .map((s) => `${variant.name}: ${s.id} is not enforced by ${variant.caughtBy}, the check that catches it`),
  ];
}

/** The claimed statements a run's failures prove: a failure of `caughtBy` on an operation each is about. */
export function provenStatements(variant: Pick<Variant, "caughtBy">, claimed: readonly Statement[], failures: readonly Finding[]): string[] {
  const judged = failures.filter((f) => f.severity === "failure" && f.check === variant.caughtBy).flatMap((f) => [f.operation, ...(f.also ?? [])]);
  const operations = new Set(judged);
  return claimed.filter((s) => s.operations.some((o) => operations.has(o))).map((s) => s.id);
}

export interface UnprovenStatement {
  statement: Statement;
  /** Why: the listed reason, "no variant claims it", or that the variants claiming it were not killed so. */
  reason: string;
}

export interface StatementProof {
  /** The statements the traceability table marks enforced. */
  enforced: number;
  /** Each proven statement, with the variants that prove it. */
  proven: Map<string, string[]>;
  /** The enforced statements not proven, in document order, each with why. */
  unproven: UnprovenStatement[];
}

/**
 * Which enforced statements the variants' runs proved (`provenBy`: statement id → the variants whose run proved it),
 * and why each other one is not: its listed reason, or that no variant claims it, or that the variants claiming it
 * (`claimedBy`) did not prove it in this run.
 */
export function statementProof(
  statements: readonly Statement[],
  checks: readonly CheckDefinition[],
  provenBy: ReadonlyMap<string, readonly string[]>,
  claimedBy: ReadonlyMap<string, readonly string[]>,
  unproven: readonly Unproven[],
): StatementProof {
  const enforced = traceability(statements, checks, []).filter((row) => row.checks.length > 0);
  const proof: StatementProof = { enforced: enforced.length, proven: new Map(), unproven: [] };
  for (const { statement } of enforced) {
    const by = provenBy.get(statement.id) ?? [];
    if (by.length > 0) {
      proof.proven.set(statement.id, [...by]);
      continue;
    }
    const claimants = claimedBy.get(statement.id) ?? [];
    const listed = unproven.find((u) => matchesPattern(u.statements, statement.id));
    const reason =
      claimants.length > 0
        ? `claimed by ${claimants.join(", ")}, but no failure of the check on an operation it is about proved it in this run`
        : listed
          ? `${UNPROVEN_KIND_WORDS[listed.kind]}: ${listed.reason}`
          : "no variant claims it, and no reason is listed (variants/unproven-statements.ts)";
    proof.unproven.push({ statement, reason });
  }
  return proof;
}

/** Statement id → the names of the faulty variants that claim it. */
export function claimsOf(variants: readonly Variant[], statements: readonly Statement[]): Map<string, string[]> {
  const claims = new Map<string, string[]>();
  for (const variant of variants) {
    for (const statement of claimedStatements(variant, statements)) claims.set(statement.id, [...(claims.get(statement.id) ?? []), variant.name]);
  }
  return claims;
}
