/**
 * The normalised view parity compares: what two correct implementations must agree on, with everything they
 * may legitimately differ in taken away. Every normaliser lives here, named after what it removes or keeps.
 *
 * Kept: the status, the error type (as AWS clients read it), the *set* of UnprocessedAccounts ids, which
 * documented output members are present, and the effects a read shows (who is listed, with which status, how
 * many). Removed: request ids, invitation ids, timestamps, messages, ProcessingResult texts, emails, the order
 * of lists, members the model does not declare; account ids become roles, so two runs on different accounts
 * (or two cases shifted by different fresh-id offsets) read alike.
 */
import { unprocessedEntries } from "./unprocessed-accounts.ts";
import { isObject, viewResponse } from "./response-view.ts";
import type { Exchange } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import type { Paging, ServiceDescriptor } from "../specs/service-descriptor.ts";
import type { OperationSpec } from "../specs/spec-model.ts";

/** How a case's account ids map to roles: the standing (played) accounts by position, fresh ids by the id generated before the case shifted it. */
export interface AccountRoles {
  /** The played accounts, in order (administrator, member, outsider on real accounts). */
  standing: readonly string[];
  /** The id a 12-digit fresh id was generated as (the case's shift undone); undefined where ids are not shifted (real accounts). */
  generatedFrom: ((id: string) => string) | undefined;
}

/** What an answer is compared on. */
export interface NormalisedAnswer {
  status: number;
  /** The answer says the operation is not served at all (a web server's 404 page): set by the trace, which knows whether it ever was. */
  notImplemented?: true;
  /** The error's type, for an answer that is not 2xx. */
  errorType?: string | undefined;
  /** The roles of the accounts listed unprocessed, sorted (a batch operation's 200 answer). */
  unprocessed?: string[];
  /** The documented output members present, sorted (a 200 answer). */
  members?: string[];
  /** What a read shows of the state (see `observedEffects`). */
  effects?: string[];
}

const ACCOUNT_ID = /^\d{12}$/;

/** An account id as a role: `account#0` for the first played account, `fresh#000000000007` for a fresh id, anything else as it is. */
export function accountRole(id: unknown, roles: AccountRoles): string {
  if (typeof id !== "string") return JSON.stringify(id) ?? "undefined";
  const standing = roles.standing.indexOf(id);
  if (standing !== -1) return `account#${standing}`;
  if (roles.generatedFrom === undefined || !ACCOUNT_ID.test(id)) return id;
  return `fresh#${roles.generatedFrom(id)}`;
}

/** A read's answer as the state it shows: who is listed with which status, how many. */
type EffectReader = (body: Record<string, unknown>, roles: AccountRoles) => string[];

/** What parity reads of one service's exchanges, by its wire names (specs/services/). */
interface ServiceReading {
  /** Members whose values are the implementation's own (invitation ids, page tokens): only their presence is compared. */
  issued: ReadonlySet<string>;
  /** For each read, what it shows of the state; timestamps, invitation ids and emails are dropped, lists become sorted sets. */
  effects: ReadonlyMap<string, EffectReader>;
  /** How each list read pages. */
  paging: ReadonlyMap<string, Paging>;
}

const readings = new WeakMap<ServiceDescriptor, ServiceReading>();

function readingOf(service: ServiceDescriptor): ServiceReading {
  let reading = readings.get(service);
  if (reading) return reading;
  const { family, invitation, member, names } = service;
  const lists = [family.listInvitations, family.listMembers];
  // An invitation, and the administrator a member reads (invitation-shaped): who, with which status.
  const invited = (i: Record<string, unknown>, roles: AccountRoles): string => `${accountRole(i[invitation.accountId], roles)}:${String(i[invitation.status])}`;
  const membered = (m: Record<string, unknown>, roles: AccountRoles): string => `${accountRole(m[names.accountId], roles)}:${String(m[member.status])}`;
  const effects = new Map<string, EffectReader>([
    [family.listInvitations.operation, (body, roles) => listed(body[family.listInvitations.list], (i) => invited(i, roles))],
    [family.listMembers.operation, (body, roles) => listed(body[family.listMembers.list], (m) => membered(m, roles))],
  ]);
  const { getMembers, getInvitationsCount: count, getAdministrator } = family;
  if (getMembers.list !== undefined) effects.set(getMembers.operation, (body, roles) => listed(body[getMembers.list!], (m) => membered(m, roles)));
  if (count) effects.set(count.operation, (body) => [`count:${String(body[count.count])}`]);
  if (getAdministrator)
    effects.set(getAdministrator.operation, (body, roles) => {
      const administrator = body[getAdministrator.administrator];
      return isObject(administrator) ? [invited(administrator, roles)] : [];
    });
  reading = {
    issued: new Set(
      [invitation.invitationId, family.acceptInvitation.invitationId, ...lists.flatMap((l) => [l.paging.nextToken, l.paging.answerNextToken])].filter(
        (name): name is string => name !== undefined,
      ),
    ),
    effects,
    paging: new Map(lists.map((l) => [l.operation, l.paging])),
  };
  readings.set(service, reading);
  return reading;
}

/** A request body or query value with account ids as roles and issued ids (invitation ids, tokens) as placeholders. */
export function withRoles(value: unknown, roles: AccountRoles, service: ServiceDescriptor, member?: string): unknown {
  if (member !== undefined && readingOf(service).issued.has(member)) return `<${member}>`;
  if (typeof value === "string") return ACCOUNT_ID.test(value) ? accountRole(value, roles) : value;
  if (Array.isArray(value)) return value.map((item) => withRoles(item, roles, service));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withRoles(item, roles, service, key)]));
  return value;
}

/** What a request was, independent of the accounts and issued ids it names: the operation, the caller's role, the query and the body. */
export function requestKey(exchange: Exchange, roles: AccountRoles, service: ServiceDescriptor): string {
  const [, query = ""] = exchange.request.path.split("?", 2);
  const params = Object.fromEntries([...new URLSearchParams(query)].map(([name, value]) => [name, withRoles(value, roles, service, name)]));
  const text = exchange.request.body;
  let body: unknown = text;
  try {
    body = text === undefined || text === "" ? undefined : JSON.parse(text);
  } catch {
    // Not JSON (an invalid-input case): compared as sent.
  }
  return `${exchange.operation} as ${accountRole(exchange.account, roles)} ${JSON.stringify(params)} ${JSON.stringify(withRoles(body, roles, service))}`;
}

/** The error type of a non-2xx answer, read as AWS clients read it; message and request id are dropped. */
export function errorTypeOf(exchange: Exchange): string | undefined {
  const view = viewResponse(exchange);
  return identifyError(view.headers, view.json).type;
}

/** The roles of the accounts a batch answer lists unprocessed, as a sorted set: order and reason texts are dropped. */
export function unprocessedRoles(operation: OperationSpec, exchange: Exchange, roles: AccountRoles): string[] | undefined {
  const entries = unprocessedEntries(operation, exchange);
  return entries && [...new Set(entries.map((e) => accountRole(e.accountId, roles)))].sort();
}

/** The documented output members a success body holds, sorted; members the model does not declare are dropped (a conformance warning already). */
export function documentedMembers(operation: OperationSpec, exchange: Exchange): string[] | undefined {
  const { json } = viewResponse(exchange);
  const declared = operation.success.schema?.properties;
  if (!isObject(json) || !isObject(declared)) return undefined;
  return Object.keys(json)
    .filter((member) => member in declared && json[member] !== null)
    .sort();
}

function listed(list: unknown, describe: (item: Record<string, unknown>) => string): string[] {
  return Array.isArray(list) ? [...new Set(list.filter(isObject).map(describe))].sort() : [];
}

/** What a successful read observed of the state, as a sorted set; undefined for operations that are not reads. */
export function observedEffects(exchange: Exchange, roles: AccountRoles, service: ServiceDescriptor): string[] | undefined {
  const reader = readingOf(service).effects.get(exchange.operation);
  const { json, status } = viewResponse(exchange);
  if (!reader || status !== 200 || !isObject(json) || isPartialPage(exchange, readingOf(service).paging.get(exchange.operation))) return undefined;
  return reader(json, roles);
}

/**
 * A page asked for in small pieces (MaxResults below the largest page) or continued by a token: which items it
 * holds depends on the order the implementation lists them in, which the documentation leaves open (and which
 * differs between the two sides, whose accounts differ by their offsets). The whole read is compared instead.
 */
function isPartialPage(exchange: Exchange, paging: Paging | undefined): boolean {
  if (!paging) return false;
  const asked = pagingInput(exchange, paging.in);
  const maxResults = asked[paging.maxResults];
  return asked[paging.nextToken] !== undefined || (maxResults !== undefined && Number(maxResults) < 50);
}

/** The members a request pages with: its query, or its JSON body (a service paging in the body). */
function pagingInput(exchange: Exchange, where: Paging["in"]): Record<string, unknown> {
  if (where === "query") return Object.fromEntries(new URLSearchParams(exchange.request.path.split("?", 2)[1] ?? ""));
  try {
    const body: unknown = JSON.parse(exchange.request.body ?? "");
    return isObject(body) ? body : {};
  } catch {
    return {};
  }
}

/** The answer as parity compares it. */
export function normaliseAnswer(operation: OperationSpec, exchange: Exchange, roles: AccountRoles, service: ServiceDescriptor): NormalisedAnswer {
  const { status } = exchange.response;
  if (status < 200 || status > 299) return { status, errorType: errorTypeOf(exchange) };
  const answer: NormalisedAnswer = { status };
  const unprocessed = unprocessedRoles(operation, exchange, roles);
  if (unprocessed) answer.unprocessed = unprocessed;
  const members = documentedMembers(operation, exchange);
  if (members) answer.members = members;
  const effects = observedEffects(exchange, roles, service);
  if (effects) answer.effects = effects;
  return answer;
}
