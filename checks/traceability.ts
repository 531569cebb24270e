/**
 * A service's documentation traced to the checks: each of its statements (specs/statements.json for Security Hub) is
 * enforced by the checks whose patterns match it — the service-neutral ones and the service's own — or stands in the
 * service's untested list with its reason (an open choice, something not observable from outside, or no behaviour at
 * all). A statement with neither fails the traceability test; docs/traceability*.md show the tables.
 */
import type { Untested } from "../specs/check-texts.ts";
import { loadStatements } from "../specs/load-statements.ts";
import type { Service } from "../specs/service-descriptor.ts";
import type { Statement } from "../specs/statements.ts";
import type { CheckDefinition } from "./define-check.ts";
import { checksOf, untestedOf } from "./service-checks.ts";

export interface TraceRow {
  statement: Statement;
  /** Ids of the checks that enforce it. */
  checks: string[];
  /** Why no check enforces it, when none does. */
  untested: Untested | undefined;
}

/** Whether a statement id matches a pattern, `*` standing for any run of characters. */
export function matchesPattern(pattern: string, id: string): boolean {
  if (!pattern.includes("*")) return pattern === id;
  const parts = pattern.split("*");
  if (!id.startsWith(parts[0]!) || !id.endsWith(parts.at(-1)!)) return false;
  let at = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const found = id.indexOf(part, at);
    if (found === -1) return false;
    at = found + part.length;
  }
  return at <= id.length - parts.at(-1)!.length;
}

/** Every statement with the checks that enforce it and, where none does, why not. */
export function traceability(statements: readonly Statement[], checks: readonly CheckDefinition[], untested: readonly Untested[]): TraceRow[] {
  return statements.map((statement) => ({
    statement,
    checks: checks.filter((c) => c.statements.some((p) => matchesPattern(p, statement.id))).map((c) => c.id),
    untested: untested.find((u) => matchesPattern(u.statements, statement.id)),
  }));
}

/** The service's statements traced to its checks and its untested list. */
export function traceabilityOf(service: Service): TraceRow[] {
  return traceability(loadStatements(service), checksOf(service), untestedOf(service));
}

/**
 * The statements a check exercises when it judges something on `operation`: those it names that are about that
 * operation. Cached per check and operation, since every judged answer asks.
 */
export class StatementIndex {
  private readonly cache = new Map<string, readonly string[]>();

  constructor(
    private readonly statements: readonly Statement[],
    private readonly checks: ReadonlyMap<string, CheckDefinition>,
  ) {}

  /** The index of a service's statements and checks, one per service and process: neither changes while it runs. */
  static of(service: Service): StatementIndex {
    let index = indexes.get(service);
    if (!index) indexes.set(service, (index = new StatementIndex(loadStatements(service), new Map(checksOf(service).map((c) => [c.id, c])))));
    return index;
  }

  exercisedBy(check: string, operation: string): readonly string[] {
    return this.exercisedByKey(`${check}|${operation}`);
  }

  /** As exercisedBy, for a case's `check|operation` key as it records them. */
  exercisedByKey(key: string): readonly string[] {
    let ids = this.cache.get(key);
    if (!ids) {
      const [check, operation] = key.split("|") as [string, string];
      const patterns = this.checks.get(check)?.statements ?? [];
      ids = this.statements.filter((s) => s.operations.includes(operation) && patterns.some((p) => matchesPattern(p, s.id))).map((s) => s.id);
      this.cache.set(key, ids);
    }
    return ids;
  }
}

// By descriptor: a service made from a model file may share a built-in one's name (Security Hub's own model, named with --model).
const indexes = new WeakMap<Service, StatementIndex>();

/**
 * Whether some check of `family` can judge `operation`: one that names a statement about it, or a protocol check
 * that names none and judges every answer. A table cell with none is not the family's to fill.
 */
export function familyJudges(index: StatementIndex, checks: readonly CheckDefinition[], family: string, operation: string): boolean {
  return checks.some((c) => c.family === family && (c.statements.length === 0 || index.exercisedBy(c.id, operation).length > 0));
}
