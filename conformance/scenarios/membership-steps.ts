/**
 * Steps the membership scenarios share: creating members, inviting, and reading what an invitee sees, each as the
 * run's service plays its role (conformance/family.ts).
 */
import { DECLINE_EFFECT_CHECKS, INVITE_EFFECT_CHECKS, LISTING_CHECKS, type InviteeView } from "../../checks/effects.ts";
import { ADMINISTRATOR_SHOWN, type AdministratorRead, type MemberRead } from "../../checks/lifecycle.ts";
import type { Page, Walk } from "../../checks/pagination.ts";
import { LIST_ONLY_OWN } from "../../checks/isolation.ts";
import { batchMayBeRejected, ELIGIBILITY_CHECKS, type Eligibility } from "../../checks/unprocessed-accounts.ts";
import type { ApiRequest } from "../../protocol/api-request.ts";
import { valuesAt } from "../../protocol/pointer.ts";
import { hasFamily } from "../../specs/service-descriptor.ts";
import { operationOf, type OperationSpec } from "../../specs/spec-model.ts";
import { memberStatusOf } from "../../checks/member-status.ts";
import { processed, unprocessedIds } from "../answer-reader.ts";
import { admittedCall, type CallResult, type CaseRun } from "../case-run.ts";
import type { MemberSeen, PageQuery } from "../family.ts";
import type { Settled } from "../settle.ts";

/** Judges a batch answer by what the case made of each id it named: ineligible ones listed unprocessed, eligible ones not. */
export function judgeEligibility(run: CaseRun, operationName: string, result: CallResult, eligibility: Eligibility, waitedMs = 0): void {
  run.judge(ELIGIBILITY_CHECKS, { operation: operationOf(run.session.spec, operationName), eligibility, exchange: result.exchange, waitedMs }, result.exchange);
}

/**
 * A batch read (GetMembers) of `ids`, judged by what the case made of each, read again (bounded) until it shows that
 * (and whatever else `caughtUp` waits for): a member created or deleted a moment ago may show late. The last answer.
 */
export async function judgeSettledRead(
  run: CaseRun,
  caller: string,
  ids: readonly string[],
  eligibility: Eligibility,
  caughtUp: (answer: CallResult) => boolean = () => true,
): Promise<CallResult> {
  const operationName = run.family.operation("getMembers");
  const operation = operationOf(run.session.spec, operationName);
  const shows = (answer: CallResult): boolean =>
    ELIGIBILITY_CHECKS.every((check) => (check.judge({ operation, eligibility, exchange: answer.exchange })?.findings.length ?? 0) === 0) && caughtUp(answer);
  const read = () => run.call(operationName, caller, run.family.accounts("getMembers", ids), admittedCall(!batchMayBeRejected(eligibility)));
  const settled = await run.settle(read, shows);
  judgeEligibility(run, operationName, settled.value!, eligibility, settled.waitedMs);
  return settled.value!;
}

/**
 * After a success to the call creating members, whatever it was sent: deletes (unjudged) every member the
 * request named, as named, even ids that are no account ids or no strings. The scenarios that send such input name
 * fixed ids; left behind, a member would meet the same case in the next run of a long-lived target (and one that keeps
 * no accounts apart meets it in every case after).
 */
export async function undoMembersMade(run: CaseRun, operation: OperationSpec, caller: string, request: ApiRequest, status: number): Promise<void> {
  // A protocol-only run knows no role of the service's calls, so none that undoes what another made.
  if (!hasFamily(run.session.spec.service)) return;
  const { family } = run;
  if (operation.name !== family.operation("createMembers") || status < 200 || status >= 300 || !operation.accountIds || request.body === undefined) return;
  let named: unknown[];
  try {
    named = valuesAt(JSON.parse(request.body), operation.accountIds);
  } catch {
    return;
  }
  if (named.length > 0) await run.call(family.operation("deleteMembers"), caller, family.accounts("deleteMembers", named as string[]), { judge: false });
}

/** Creates the members; returns the ids the target did create (those it listed unprocessed are not eligible). */
export async function createMembers(run: CaseRun, administrator: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const operation = run.family.operation("createMembers");
  const created = await run.call(operation, administrator, run.family.accounts("createMembers", ids), admittedCall());
  if (created.status !== 200) return [];
  const refused = unprocessedIds(operationOf(run.session.spec, operation), created);
  return ids.filter((id) => !refused.has(id));
}

/**
 * Makes `administrator` invite `invitee` (creating the member first); true when the target reports it done.
 * The steps after it depend on the invitation, so this waits (bounded) until the invitee sees it, unless the
 * caller waits for several invitations at once (`awaitVisible: false`).
 */
export async function invite(run: CaseRun, administrator: string, invitee: string, { awaitVisible = true } = {}): Promise<boolean> {
  if ((await createMembers(run, administrator, [invitee])).length === 0) return false;
  const operation = run.family.operation("inviteMembers");
  const invited = await run.call(operation, administrator, run.family.accounts("inviteMembers", [invitee]), admittedCall());
  if (!processed(operationOf(run.session.spec, operation), invited, invitee)) return false;
  if (awaitVisible) await settledListing(run, invitee, (listing) => listing.pending.includes(administrator));
  return true;
}

/** `member` accepts `administrator`'s pending invitation by the invitation id its listing shows: whether the accept succeeded. */
export async function acceptInvitation(run: CaseRun, member: string, administrator: string): Promise<boolean> {
  const listing = await settledListing(run, member, (seen) => seen.pending.includes(administrator));
  if (!listing.value?.pending.includes(administrator)) return false;
  const invitationId = await listedInvitationId(run, member, administrator);
  if (invitationId === undefined) return false;
  const accepted = await run.call(run.family.operation("acceptInvitation"), member, run.family.accept(administrator, invitationId));
  return accepted.status >= 200 && accepted.status < 300;
}

/** The id of `administrator`'s invitation as `invitee`'s ListInvitations shows it (its first page); undefined when it shows none. */
export async function listedInvitationId(run: CaseRun, invitee: string, administrator: string): Promise<string | undefined> {
  const listed = await run.call(run.family.operation("listInvitations"), invitee, {});
  const invitationId = run.family.invitations(listed.body).find((i) => i.accountId === administrator)?.invitationId;
  return typeof invitationId === "string" ? invitationId : undefined;
}

/** Makes `member` an associated member of `administrator` (created, invited, accepted); whether every step succeeded. */
export async function associate(run: CaseRun, administrator: string, member: string): Promise<boolean> {
  return (await invite(run, administrator, member, { awaitVisible: false })) && acceptInvitation(run, member, administrator);
}

/** What an invitee's ListInvitations lists, every page. */
export interface Listing {
  /** Every administrator listed. */
  listed: string[];
  /**
   * The administrators listed as pending: with no status, or Invited. ListInvitations "lists all … invitations
   * that were sent" and each carries "the current status of the association", so an accepted or declined one
   * listed with another status (Enabled, Removed …) is a record of the past, not a pending invitation.
   */
  pending: string[];
}

const PENDING_STATUSES = new Set(["invited", "pending"]);

/** The invitee's listing, every page; undefined when a page could not be read. */
export async function readListing(run: CaseRun, invitee: string): Promise<Listing | undefined> {
  const read = await walkPages(run, "listInvitations", invitee, {});
  if (!read) return undefined;
  const listing: Listing = { listed: [], pending: [] };
  for (const { accountId, status } of read.items.map((item) => run.family.invitationOf(item))) {
    if (typeof accountId !== "string") continue;
    listing.listed.push(accountId);
    if (typeof status !== "string" || PENDING_STATUSES.has(status.toLowerCase())) listing.pending.push(accountId);
  }
  return listing;
}

/** Pages a walk reads at most: a listing still handing out tokens after that does not end. */
export const MAX_PAGES = 20;

/**
 * A paginated listing (the invitee's invitations, or the administrator's members) read page by page, following its
 * token (at most MAX_PAGES pages): the walk (ids and tokens per page, for the pagination checks) and every item;
 * undefined when a page could not be read.
 */
export async function walkPages(
  run: CaseRun,
  role: "listInvitations" | "listMembers",
  caller: string,
  query: Omit<PageQuery, "nextToken">,
): Promise<{ walk: Walk; items: Record<string, unknown>[] } | undefined> {
  const { family } = run;
  const call = family.roles[role];
  const pages: Page[] = [];
  const items: Record<string, unknown>[] = [];
  let nextToken: string | undefined;
  while (pages.length < MAX_PAGES) {
    // Every page is one the listing has: the first, or the one a token the target handed out continues to.
    const answer = await run.call(call.operation, caller, family.page(call, { ...query, nextToken }), admittedCall());
    if (answer.status !== 200) return undefined;
    const listed = family.listed(call, answer.body);
    items.push(...listed.items);
    nextToken = listed.nextToken;
    pages.push({ ids: listed.items.map((item) => family.accountIdOf(item)).filter((id): id is string => typeof id === "string"), nextToken });
    if (!nextToken) return { walk: { maxResults: query.maxResults, pages, ended: true }, items };
  }
  return { walk: { maxResults: query.maxResults, pages, ended: false }, items };
}

/** What `administrator`'s GetMembers shows of `member`; undefined when the read failed. */
export async function readMember(run: CaseRun, administrator: string, member: string): Promise<MemberRead> {
  const answer = await run.call(run.family.operation("getMembers"), administrator, run.family.accounts("getMembers", [member]), admittedCall());
  if (answer.status !== 200) return undefined;
  const shown = run.family.members(answer.body).find((m) => m.accountId === member);
  return shown
    ? { kind: "member", status: shown.status, email: shown.email, administratorId: shown.administratorId, masterId: shown.deprecatedAdministratorId }
    : { kind: "not-a-member" };
}

/** `administrator`'s view of `member`, read again (bounded) until `done` holds: effects may show after a moment. */
export function settledMember(
  run: CaseRun,
  administrator: string,
  member: string,
  done: (read: NonNullable<MemberRead>) => boolean,
): Promise<Settled<NonNullable<MemberRead>>> {
  return run.settle(async () => readMember(run, administrator, member), done);
}

/** What `member`'s read of its administrator answered: its status, and the administrator it names. */
export async function readAdministrator(run: CaseRun, member: string): Promise<{ status: number; administratorId: unknown; memberStatus: unknown }> {
  const answer = await run.call(run.family.operation("getAdministrator"), member);
  const administrator = run.family.administrator(answer.body);
  return { status: answer.status, administratorId: administrator?.accountId, memberStatus: administrator?.status };
}

/** Whom the suite knows a member to be associated with, or no longer with. */
export type AdministratorKnown = Pick<AdministratorRead, "associatedWith" | "formerly">;

/**
 * `member`'s GetAdministratorAccount against what the suite knows of its administrators (`mayName`: every account of
 * the case that may be one), read again (bounded) until it agrees: an association made or ended a moment ago may show
 * late, or linger.
 */
export async function judgeAdministrator(run: CaseRun, member: string, known: readonly AdministratorKnown[], mayName: readonly string[]): Promise<void> {
  const operation = run.family.operation("getAdministrator");
  const agrees = (read: Awaited<ReturnType<typeof readAdministrator>>): boolean =>
    known.every((k) => (ADMINISTRATOR_SHOWN.judge({ operation, member, mayName, ...k, ...read })?.findings.length ?? 0) === 0);
  const settled = await run.settle(() => readAdministrator(run, member), agrees);
  for (const k of known) run.judge(ADMINISTRATOR_SHOWN, { operation, member, mayName, ...k, ...settled.value!, waitedMs: settled.waitedMs });
}

/** The invitee's listing, read again until `done` holds (effects may show after a moment). */
export function settledListing(run: CaseRun, invitee: string, done: (listing: Listing) => boolean): Promise<Settled<Listing>> {
  return run.settle(() => readListing(run, invitee), done);
}

/** What an invitee sees: the administrators whose invitations it lists as pending, and its GetInvitationsCount (undefined where a read failed). */
export async function inviteeView(run: CaseRun, invitee: string): Promise<InviteeView> {
  const [listing, count] = await Promise.all([readListing(run, invitee), run.call(run.family.operation("getInvitationsCount"), invitee)]);
  return { invitee, administrators: listing?.pending, count: count.status === 200 ? run.family.invitationsCount(count.body) : undefined };
}

interface InviteEffects {
  invitees: InviteeView[];
  members: MemberSeen[] | undefined;
}

/**
 * After `administrator` invited `named` (of which `processed` were reported done): each invitee sees its
 * invitation, the administrator sees it Invited, and the ones not processed see nothing. Waits (bounded) for
 * the processed invitations to show before calling one missing.
 */
export async function judgeInviteEffects(run: CaseRun, administrator: string, named: readonly string[], processed: readonly string[]): Promise<void> {
  if (named.length === 0) return;
  const observe = async (): Promise<InviteEffects> => {
    const [invitees, members] = await Promise.all([
      Promise.all(named.map((id) => inviteeView(run, id))),
      run.call(run.family.operation("getMembers"), administrator, run.family.accounts("getMembers", named), admittedCall()),
    ]);
    return { invitees, members: members.status === 200 ? run.family.members(members.body) : undefined };
  };
  const observed = await run.settle(observe, (seen) => processed.every((id) => invitationShown(seen, administrator, id)));
  const { invitees, members } = observed.value!;
  const unprocessed = named.filter((id) => !processed.includes(id));
  run.judge(INVITE_EFFECT_CHECKS, {
    operation: run.family.operation("inviteMembers"),
    administrator,
    processed,
    unprocessed,
    invitees,
    members,
    waitedMs: observed.waitedMs,
    reads: {
      created: run.family.operation("createMembers"),
      listed: run.family.operation("listInvitations"),
      counted: run.family.operation("getInvitationsCount"),
      members: run.family.operation("getMembers"),
    },
  });
}

/** Whether every view that could be read shows `id`'s invitation: listed, counted, and Invited for the administrator. */
function invitationShown(seen: InviteEffects, administrator: string, id: string): boolean {
  const view = seen.invitees.find((v) => v.invitee === id);
  const listed = view?.administrators === undefined || view.administrators.includes(administrator);
  const counted = view?.count === undefined || view.count >= 1;
  const member = seen.members?.find((m) => m.accountId === id);
  const invited = seen.members === undefined || memberStatusOf(member?.status) === "invited";
  return listed && counted && invited;
}

/**
 * After `invitee` declined or deleted the invitations of `processed`: they are gone (waiting, bounded, for the
 * removal to show), the `bystanders`' are kept, and the listing holds only invitations sent to the invitee.
 */
export async function judgeRemovalEffects(
  run: CaseRun,
  operation: string,
  invitee: string,
  processed: readonly string[],
  bystanders: readonly string[],
  sentToInvitee: readonly string[],
): Promise<void> {
  const after = await settledListing(run, invitee, (listing) => !processed.some((id) => listing.pending.includes(id)));
  if (after.value === undefined) return;
  run.judge(DECLINE_EFFECT_CHECKS, { operation, invitee, processed, bystanders, listedAfter: after.value.pending, waitedMs: after.waitedMs });
  run.judge(LIST_ONLY_OWN, { operation: run.family.operation("listInvitations"), caller: invitee, listed: after.value.listed, sentToCaller: sentToInvitee });
}

/** Before a step that needs them: every invitation `invitee` was sent is listed as pending (waiting, bounded, for late ones). */
export async function judgePendingListed(run: CaseRun, invitee: string, sentToInvitee: readonly string[]): Promise<void> {
  if (sentToInvitee.length === 0) return;
  const listing = await settledListing(run, invitee, (seen) => sentToInvitee.every((a) => seen.pending.includes(a)));
  if (listing.value)
    run.judge(LISTING_CHECKS, {
      operation: run.family.operation("listInvitations"),
      invitee,
      mustList: sentToInvitee,
      mustNotList: [],
      listed: listing.value.pending,
      waitedMs: listing.waitedMs,
    });
}
