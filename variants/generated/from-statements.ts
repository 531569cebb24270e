/**
 * What the generated variants share: reading a statement's id (its operation, kind and member), whether a check
 * enforces it, and the variant of one group of statements. Each generated variant claims exactly the statements it
 * was made from (explicit ids, never patterns), all of them enforced by the check that must catch it.
 */
import type { CheckId } from "../../checks/index.ts";
import { checksOf } from "../../checks/service-checks.ts";
import { matchesPattern } from "../../checks/traceability.ts";
import type { Statement } from "../../specs/statements.ts";
import { VARIANT_SERVICE, type Variant } from "../variant.ts";

/** Whether `check` names the statement among those it enforces. */
export function enforces(check: CheckId, statement: Statement): boolean {
  return (
    checksOf(VARIANT_SERVICE)
      .find((c) => c.id === check)
      ?.statements.some((p) => matchesPattern(p, statement.id)) ?? false
  );
}

/** The statements whose id matches `pattern` (a regular expression over the whole id) and that `check` enforces. */
export function statementsOf(statements: readonly Statement[], pattern: RegExp, check: CheckId): { statement: Statement; match: RegExpMatchArray }[] {
  return statements.flatMap((statement) => {
    const match = statement.id.match(pattern);
    return match && enforces(check, statement) ? [{ statement, match }] : [];
  });
}

/** Groups items by a key, keeping the order in which keys first appear. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** The statement as a description quotes it: its text, cut at a sentence's length. */
export function quoted(statement: Statement): string {
  const text = statement.text.length > 140 ? `${statement.text.slice(0, 137)}…` : statement.text;
  return `"${text}"`;
}

/** A generated faulty variant: it `breaks` the ids it was made from (and plays the scenarios about their operations). */
export function generatedVariant(fields: Omit<Variant, "kind" | "breaks"> & { caughtBy: CheckId }, statements: readonly Statement[]): Variant {
  return { ...fields, kind: "faulty", breaks: statements.map((s) => s.id) };
}
