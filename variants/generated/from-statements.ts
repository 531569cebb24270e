/**
 * What the generated variants share: reading a statement's id (its operation, kind and member), whether a check
 * enforces it as the service's checks trace it, and the variant of one group of statements. Each generated variant
 * claims exactly the statements it was made from (explicit ids, never patterns), all of them enforced by the check that
 * must catch it, and varies the emulator of the service the statements document.
 */
import type { CheckId } from "../../checks/index.ts";
import { checksOf } from "../../checks/service-checks.ts";
import { matchesPattern } from "../../checks/traceability.ts";
import type { Statement } from "../../specs/statements.ts";
import type { ServiceDescriptor } from "../../specs/service-descriptor.ts";
import type { AnyVariant, Variant } from "../variant.ts";

/** The documented statements of one service, which the variants generated from them vary the emulator of. */
export interface Documented {
  readonly service: ServiceDescriptor;
  readonly statements: readonly Statement[];
}

/** Whether `check` names the statement among those it enforces, for the service whose statement it is. */
export function enforces(service: ServiceDescriptor, check: CheckId, statement: Statement): boolean {
  return (
    checksOf(service)
      .find((c) => c.id === check)
      ?.statements.some((p) => matchesPattern(p, statement.id)) ?? false
  );
}

/** The statements whose id matches `pattern` (a regular expression over the whole id) and that `check` enforces. */
export function statementsOf({ service, statements }: Documented, pattern: RegExp, check: CheckId): { statement: Statement; match: RegExpMatchArray }[] {
  return statements.flatMap((statement) => {
    const match = statement.id.match(pattern);
    return match && enforces(service, check, statement) ? [{ statement, match }] : [];
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

/**
 * A generated faulty variant of the service's emulator: it `breaks` the ids it was made from (and plays the scenarios
 * about their operations). Another service's than Security Hub's is named as its written variants are (`guardduty/…`).
 */
export function generatedVariant(
  { service }: Documented,
  fields: Omit<Variant, "kind" | "breaks"> & { caughtBy: CheckId },
  statements: readonly Statement[],
): AnyVariant {
  const name = service.name === "securityhub" ? fields.name : `${service.name}/${fields.name}`;
  return { ...fields, name, kind: "faulty", service: service.name, breaks: statements.map((s) => s.id) };
}

/** The error an operation's model gives `status` (its InternalServerErrorException for 500), or `otherwise`. */
export function errorOfStatus({ statements }: Documented, operation: string, status: number, otherwise: string): string {
  const marker = `(HTTP ${status})`;
  const error = statements.find((s) => s.id.startsWith(`${operation}.model.errors.`) && s.text.includes(marker));
  return error ? error.id.slice(`${operation}.model.errors.`.length) : otherwise;
}

/**
 * The name a member goes by on the wire, as its syntax statement says ("…; JSON name unprocessedAccounts", "query
 * parameter maxResults", "URI label DetectorId"), else its name in the model (Security Hub's are the same).
 */
export function wireNameOf(syntax: Statement, member: string): string {
  return /(?:JSON name|query parameter|URI label|header) ([^\s;]+)/.exec(syntax.text)?.[1] ?? member;
}
