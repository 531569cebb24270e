/**
 * Family 4: the UnprocessedAccounts list of a batch operation names only accounts of the request, each once
 * per mention, with a reason; ineligible accounts are in it, eligible ones are not.
 */
import type { Exchange } from "../client/exchange.ts";
import { valuesAt } from "../protocol/pointer.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import type { ExchangeInput } from "./check-context.ts";
import { defineCheck, judged, NOT_APPLICABLE, type Breach } from "./define-check.ts";
import { afterWaiting } from "./effects.ts";
import { isObject, viewResponse } from "./response-view.ts";

/** An entry of the unprocessed list, by the service's names: the account and why it was not processed. */
export interface UnprocessedEntry {
  accountId: unknown;
  /** The first reason member holding text (Security Hub's ProcessingResult; Macie's errorCode or errorMessage), else the first's value. */
  reason: unknown;
}

/** The account ids a request names, in order, as the spec's account-ids pointer finds them. */
export function requestAccountIds(operation: OperationSpec, exchange: Exchange): string[] {
  if (!operation.accountIds || exchange.request.body === undefined) return [];
  try {
    return valuesAt(JSON.parse(exchange.request.body), operation.accountIds).filter((v): v is string => typeof v === "string");
  } catch {
    return [];
  }
}

/** The entries of a 200 response's unprocessed list; an omitted or null list is an empty one. */
export function unprocessedEntries(operation: OperationSpec, exchange: Exchange): UnprocessedEntry[] | undefined {
  const view = viewResponse(exchange);
  const names = operation.unprocessedEntry;
  if (!operation.unprocessedAccounts || !names || view.status !== 200 || !isObject(view.json)) return undefined;
  const [list] = valuesAt(view.json, operation.unprocessedAccounts);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) return undefined;
  return list.map((entry) => {
    if (!isObject(entry)) return { accountId: undefined, reason: undefined };
    const reasons = names.reason.map((member) => entry[member]);
    return { accountId: entry[names.accountId], reason: reasons.find((r) => typeof r === "string" && r.trim() !== "") ?? reasons[0] };
  });
}

interface ListedEntries {
  name: string;
  entries: UnprocessedEntry[];
  requested: string[];
  timesRequested: Map<unknown, number>;
  timesListed: Map<unknown, number>;
}

/** Per exchange, once: the family's checks all read it. */
const listed = new WeakMap<Exchange, ListedEntries | undefined>();

/** The entries of a valid batch's 200 answer, with how often the request named and the answer listed each id. */
function listedEntries({ context, exchange }: ExchangeInput): ListedEntries | undefined {
  // UnprocessedAccounts name the ids of a valid batch; an invalid one a lenient target accepted has none to judge by.
  if (context.intent.kind !== "valid") return undefined;
  if (listed.has(exchange)) return listed.get(exchange);
  const entries = unprocessedEntries(context.operation, exchange);
  const requested = entries && requestAccountIds(context.operation, exchange);
  const result = entries &&
    requested && {
      name: context.operation.name,
      entries,
      requested,
      timesRequested: countBy(requested),
      timesListed: countBy(entries.map((e) => e.accountId)),
    };
  listed.set(exchange, result);
  return result;
}

export const ENTRY_FROM_REQUEST = defineCheck({
  id: "unprocessed-accounts/entry-from-request",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "The unprocessed list holds the accounts that could not be processed, of those the request named: each entry's account id is one the request sent, exactly as sent.",
  statements: [],
  run(input: ExchangeInput) {
    const listed = listedEntries(input);
    if (!listed) return NOT_APPLICABLE;
    const { name, requested, timesRequested, timesListed } = listed;
    const strangers = [...timesListed.keys()].filter((id) => !timesRequested.has(id));
    return judged(
      name,
      strangers.map((id) => ({
        title: `${name} listed ${JSON.stringify(id)} unprocessed, an account the request did not name`,
        facts: { accountId: id, requested },
      })),
    );
  },
});

export const NO_DUPLICATE_ENTRY = defineCheck({
  id: "unprocessed-accounts/no-duplicates",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "The unprocessed list lists each account that could not be processed: an account appears at most as often as the request named it.",
  statements: [],
  run(input: ExchangeInput) {
    const listed = listedEntries(input);
    if (!listed) return NOT_APPLICABLE;
    const { name, timesRequested, timesListed } = listed;
    const breaches: Breach[] = [];
    for (const [id, times] of timesListed) {
      const asked = timesRequested.get(id) ?? 0;
      if (asked > 0 && times > asked)
        breaches.push({
          title: `${name} listed ${JSON.stringify(id)} unprocessed ${times} times; the request named it ${asked} time(s)`,
          facts: { accountId: id, listed: times, requested: asked },
        });
    }
    return judged(name, breaches);
  },
});

export const PROCESSING_RESULT = defineCheck({
  id: "unprocessed-accounts/processing-result",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "Each entry of the unprocessed list says why the account was not processed: its reason is not blank.",
  statements: [],
  run(input: ExchangeInput) {
    const listed = listedEntries(input);
    if (!listed || listed.entries.length === 0) return NOT_APPLICABLE;
    const { name, entries } = listed;
    const reasonless = entries.filter((e) => typeof e.reason !== "string" || e.reason.trim() === "");
    return judged(
      name,
      reasonless.map((entry) => ({
        title: `${name} listed ${JSON.stringify(entry.accountId)} unprocessed without a reason`,
        facts: { accountId: entry.accountId, processingResult: entry.reason },
      })),
    );
  },
});

export const UNPROCESSED_ENTRY_CHECKS = [ENTRY_FROM_REQUEST, NO_DUPLICATE_ENTRY, PROCESSING_RESULT] as const;

export interface Eligibility {
  /** Ids the case made eligible (InviteMembers: created as members; DeclineInvitations: a pending invitation). */
  eligible: readonly string[];
  /** Ids the case made sure are not. */
  ineligible: readonly string[];
  /** Ids the documentation leaves open (not 12 digits): a 400 for the batch, or listed unprocessed. */
  malformed: readonly string[];
}

/**
 * Whether the batch holds something a service may reject whole: no ids at all, or an id that is not 12 digits. Any
 * other batch the state lets succeed: its ineligible ids are listed unprocessed, not refused.
 */
export function batchMayBeRejected(eligibility: Eligibility): boolean {
  return eligibility.malformed.length > 0 || eligibility.eligible.length + eligibility.ineligible.length === 0;
}

/** A batch answer judged against what the case made of each id it named. */
export interface EligibilityInput {
  operation: OperationSpec;
  eligibility: Eligibility;
  exchange: Exchange;
  /** How long the suite read again before judging a read (GetMembers) whose ids were made eligible a moment before. */
  waitedMs?: number;
}

export const INELIGIBLE_REPORTED = defineCheck({
  id: "unprocessed-accounts/ineligible-reported",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "An account a batch call cannot act on (inviting an account that is not yet a member; declining with no invitation from that account) could not be processed, and must be listed in the unprocessed list.",
  statements: [],
  run({ operation, eligibility, exchange, waitedMs = 0 }: EligibilityInput) {
    const ineligible = [...eligibility.ineligible, ...eligibility.malformed];
    const entries = unprocessedEntries(operation, exchange);
    if (ineligible.length === 0 || !entries) return NOT_APPLICABLE;
    const listed = new Set(entries.map((e) => e.accountId));
    return judged(
      operation.name,
      ineligible
        .filter((id) => !listed.has(id))
        .map((id) => ({
          title: `${operation.name} did not list ${JSON.stringify(id)} unprocessed, though it cannot act on it${afterWaiting(waitedMs)}`,
          facts: { accountId: id, waitedMs },
        })),
    );
  },
});

export const ELIGIBLE_PROCESSED = defineCheck({
  id: "unprocessed-accounts/eligible-processed",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "The unprocessed list lists only the accounts that could not be processed: an account the call can act on must not be in it, even when others in the batch are.",
  statements: [],
  run({ operation, eligibility, exchange, waitedMs = 0 }: EligibilityInput) {
    // A batch of well-formed ids refused whole with 400 is status-codes/valid-input-accepted's: the call sends it as admitted.
    if (eligibility.eligible.length === 0) return NOT_APPLICABLE;
    const entries = unprocessedEntries(operation, exchange);
    if (!entries) return NOT_APPLICABLE;
    const listed = new Set(entries.map((e) => e.accountId));
    return judged(
      operation.name,
      eligibility.eligible
        .filter((id) => listed.has(id))
        .map((id) => ({
          title: `${operation.name} listed ${id} unprocessed, though it is eligible${afterWaiting(waitedMs)}`,
          facts: { accountId: id, reason: entries.find((e) => e.accountId === id)?.reason, waitedMs },
        })),
    );
  },
});

export const ELIGIBILITY_CHECKS = [INELIGIBLE_REPORTED, ELIGIBLE_PROCESSED] as const;

function countBy(values: unknown[]): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
