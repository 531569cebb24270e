/**
 * Reading what the target answered without trusting its shape. A member of the wrong type reads as absent, so
 * a malformed answer (`"UnprocessedAccounts": "none"`) is a finding of the response checks, never a crash of
 * the scenario reading it.
 */
import { unprocessedEntries } from "../checks/unprocessed-accounts.ts";
import { isObject } from "../checks/response-view.ts";
import type { Exchange } from "../client/exchange.ts";
import type { OperationSpec } from "../specs/spec-model.ts";

/** An answer as a case run gives it (see CaseRun.call): its status and its exchange. */
interface Answered {
  status: number;
  exchange: Exchange;
}

/** The objects of a list member; none when the member is absent or not a list. */
export function objectsIn(body: unknown, member: string): Record<string, unknown>[] {
  const list = isObject(body) ? body[member] : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** A string member, or undefined. */
export function stringIn(body: unknown, member: string): string | undefined {
  const value = isObject(body) ? body[member] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** A number member, or undefined. */
export function numberIn(body: unknown, member: string): number | undefined {
  const value = isObject(body) ? body[member] : undefined;
  return typeof value === "number" ? value : undefined;
}

/** The account ids a 200 answer of a batch operation lists unprocessed. */
export function unprocessedIds(operation: OperationSpec, result: Answered): Set<unknown> {
  return new Set((unprocessedEntries(operation, result.exchange) ?? []).map((e) => e.accountId));
}

/** Whether a batch call acted on `id`: answered 200 and did not list it unprocessed. */
export function processed(operation: OperationSpec, result: Answered, id: string): boolean {
  return result.status === 200 && unprocessedEntries(operation, result.exchange) !== undefined && !unprocessedIds(operation, result).has(id);
}
