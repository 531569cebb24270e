/**
 * Family 4: the UnprocessedAccounts list of a batch operation names only accounts of the request, each once
 * per mention, with a reason; ineligible accounts are in it, eligible ones are not.
 */
import type { Exchange } from "../client/exchange.ts";
import { valuesAt } from "../protocol/pointer.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import type { CheckContext } from "./check-context.ts";
import { finding, type CheckDefinition, type Finding } from "./finding.ts";
import { isObject, viewResponse } from "./response-view.ts";

export const ENTRY_FROM_REQUEST: CheckDefinition = {
  id: "unprocessed-accounts/entry-from-request",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "UnprocessedAccounts: \"The list of AWS accounts that could not be processed\" — of the accounts the request named, so each AccountId is one the request sent, exactly as sent.",
};
export const NO_DUPLICATE_ENTRY: CheckDefinition = {
  id: "unprocessed-accounts/no-duplicates",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "UnprocessedAccounts lists each account that could not be processed: an account appears at most as often as the request named it.",
};
export const PROCESSING_RESULT: CheckDefinition = {
  id: "unprocessed-accounts/processing-result",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "Result.ProcessingResult: \"The reason that the account was not processed\" (a NonEmptyString, pattern .*\\S.*).",
};
export const INELIGIBLE_REPORTED: CheckDefinition = {
  id: "unprocessed-accounts/ineligible-reported",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "An account the operation cannot act on (InviteMembers: \"you must first use the CreateMembers action\"; DeclineInvitations: no invitation from that account) \"could not be processed\" and must be listed in UnprocessedAccounts.",
};
export const ELIGIBLE_PROCESSED: CheckDefinition = {
  id: "unprocessed-accounts/eligible-processed",
  family: "unprocessed-accounts",
  source: "reference-page",
  severity: "failure",
  rule: "UnprocessedAccounts lists only the accounts that could not be processed: an account the operation can act on must not be in it, even when others in the batch are.",
};

export interface UnprocessedEntry {
  AccountId: unknown;
  ProcessingResult: unknown;
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

/** The UnprocessedAccounts entries of a 200 response; an omitted or null list is an empty one. */
export function unprocessedEntries(operation: OperationSpec, exchange: Exchange): UnprocessedEntry[] | undefined {
  const view = viewResponse(exchange);
  if (!operation.unprocessedAccounts || view.status !== 200 || !isObject(view.json)) return undefined;
  const [list] = valuesAt(view.json, operation.unprocessedAccounts);
  if (list === undefined || list === null) return [];
  return Array.isArray(list) ? list.map((entry) => (isObject(entry) ? (entry as unknown as UnprocessedEntry) : { AccountId: undefined, ProcessingResult: undefined })) : undefined;
}

export function checkUnprocessedEntries(context: CheckContext, exchange: Exchange): Finding[] {
  const { operation } = context;
  const entries = unprocessedEntries(operation, exchange);
  if (!entries) return [];
  const requested = requestAccountIds(operation, exchange);
  const findings: Finding[] = [];
  const timesRequested = countBy(requested);
  const timesListed = countBy(entries.map((e) => e.AccountId));
  for (const [id, listed] of timesListed) {
    const asked = timesRequested.get(id) ?? 0;
    if (asked === 0) {
      findings.push(finding(ENTRY_FROM_REQUEST, { operation: operation.name, title: `${operation.name} listed ${JSON.stringify(id)} unprocessed, an account the request did not name`, facts: { accountId: id, requested } }));
    } else if (listed > asked) {
      findings.push(finding(NO_DUPLICATE_ENTRY, { operation: operation.name, title: `${operation.name} listed ${JSON.stringify(id)} unprocessed ${listed} times; the request named it ${asked} time(s)`, facts: { accountId: id, listed, requested: asked } }));
    }
  }
  for (const entry of entries) {
    if (typeof entry.ProcessingResult !== "string" || entry.ProcessingResult.trim() === "") {
      findings.push(finding(PROCESSING_RESULT, { operation: operation.name, title: `${operation.name} listed ${JSON.stringify(entry.AccountId)} unprocessed without a reason`, facts: { accountId: entry.AccountId, processingResult: entry.ProcessingResult } }));
    }
  }
  return findings;
}

export interface Eligibility {
  /** Ids the case made eligible (InviteMembers: created as members; DeclineInvitations: a pending invitation). */
  eligible: readonly string[];
  /** Ids the case made sure are not. */
  ineligible: readonly string[];
  /** Ids the documentation leaves open (not 12 digits): a 400 for the batch, or listed unprocessed. */
  malformed: readonly string[];
}

/** Whether the batch holds something a service may reject whole: no ids at all, or an id that is not 12 digits. */
export function batchMayBeRejected(eligibility: Eligibility): boolean {
  return eligibility.malformed.length > 0 || eligibility.eligible.length + eligibility.ineligible.length === 0;
}

export function checkEligibility(operation: OperationSpec, eligibility: Eligibility, exchange: Exchange): Finding[] {
  const view = viewResponse(exchange);
  if (view.status === 400 && !batchMayBeRejected(eligibility) && eligibility.eligible.length > 0) {
    return [finding(ELIGIBLE_PROCESSED, { operation: operation.name, title: `${operation.name} rejected a batch of well-formed ids with 400, so its eligible accounts were not processed`, facts: { eligible: eligibility.eligible, status: 400 }, discriminator: "rejected" })];
  }
  const entries = unprocessedEntries(operation, exchange);
  if (!entries) return [];
  const listed = new Set(entries.map((e) => e.AccountId));
  const findings: Finding[] = [];
  for (const id of [...eligibility.ineligible, ...eligibility.malformed]) {
    if (!listed.has(id)) findings.push(finding(INELIGIBLE_REPORTED, { operation: operation.name, title: `${operation.name} did not list ${JSON.stringify(id)} unprocessed, though it cannot act on it`, facts: { accountId: id } }));
  }
  for (const id of eligibility.eligible) {
    if (listed.has(id)) findings.push(finding(ELIGIBLE_PROCESSED, { operation: operation.name, title: `${operation.name} listed ${id} unprocessed, though it is eligible`, facts: { accountId: id, reason: entries.find((e) => e.AccountId === id)?.ProcessingResult } }));
  }
  return findings;
}

function countBy(values: unknown[]): Map<unknown, number> {
  const counts = new Map<unknown, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
