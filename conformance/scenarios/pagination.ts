/**
 * The two paginated operations, ListInvitations and ListMembers, read whole (MaxResults 50) and then in small pages
 * following NextToken: no page holds more than MaxResults, and the small pages visit what the whole read lists, each
 * once, and end. ListMembers is read with OnlyAssociated left out, TRUE and FALSE over members in every state
 * (created, invited, associated), beside another administrator with members of its own.
 */
import fc from "fast-check";
import { ONLY_ASSOCIATED_FILTER } from "../../checks/lifecycle.ts";
import { memberStatusOf, type MemberStatus } from "../../checks/member-status.ts";
import { MEMBERS_PER_ADMINISTRATOR } from "../../checks/isolation.ts";
import { PAGINATION_CHECKS } from "../../checks/pagination.ts";
import { accountId } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { processed } from "../answer-reader.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";
import { acceptInvitation, createMembers, invite, judgePendingListed, walkPages } from "./membership-steps.ts";

/** The largest page the model allows: the "whole" read every smaller walk is compared with. */
const WHOLE = 50;
const id = (n: number): string => String(n).padStart(12, "0");

type Listed = Awaited<ReturnType<typeof walkPages>>;

/**
 * Reads a listing whole (again, bounded, until `shows` holds: what changed a moment ago may show late), then with
 * MaxResults `maxResults`, and judges the pages. The whole read, and how long it waited for it.
 */
async function judgePages(
  run: CaseRun,
  operation: "ListInvitations" | "ListMembers",
  caller: string,
  query: Record<string, unknown>,
  maxResults: number,
  shows: (whole: NonNullable<Listed>) => boolean = () => true,
): Promise<{ whole: Listed; waitedMs: number }> {
  const settled = await run.settle(() => walkPages(run, operation, caller, { ...query, MaxResults: WHOLE }), shows);
  const paged = await walkPages(run, operation, caller, { ...query, MaxResults: maxResults });
  if (paged) run.judge(PAGINATION_CHECKS, { operation, caller, paged: paged.walk, whole: settled.value?.walk });
  return { whole: settled.value, waitedMs: settled.waitedMs };
}

export interface InvitationPagesCase {
  invitee: string;
  administrators: string[];
  maxResults: number;
}

export const invitationPagesScenario: Scenario<InvitationPagesCase> = {
  name: "pagination/ListInvitations",
  operations: ["ListInvitations"],
  families: ["pagination", "state"],
  requestsPerCase: 10,
  description:
    "An invitee invited by none, one or several administrators reads ListInvitations whole and in pages of MaxResults: no page holds more, and the pages list every invitation once and end",
  cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
  coverage: [
    { invitee: id(1), administrators: [], maxResults: 1 },
    { invitee: id(1), administrators: [id(10)], maxResults: 1 },
    { invitee: id(1), administrators: [id(10), id(11), id(12)], maxResults: 1 },
    { invitee: id(1), administrators: [id(10), id(11), id(12)], maxResults: 2 },
  ],
  arbitrary: fc
    .record({ invitee: accountId(), administrators: fc.uniqueArray(accountId(), { maxLength: 4 }), maxResults: fc.integer({ min: 1, max: 3 }) })
    .filter(({ invitee, administrators }) => !administrators.includes(invitee)),
  async run(run, input) {
    const invitee = run.fresh.map(input.invitee);
    const administrators = input.administrators.map((a) => run.fresh.map(a));
    await run.enable([invitee, ...administrators]);
    const outcomes = await Promise.all(administrators.map((administrator) => invite(run, administrator, invitee, { awaitVisible: false })));
    const invited = administrators.filter((_, i) => outcomes[i]);
    // The pages depend on the invitations: wait (bounded) until all show, and judge that they do.
    await judgePendingListed(run, invitee, invited);
    await judgePages(run, "ListInvitations", invitee, {}, input.maxResults);
    await Promise.all(invited.map((administrator) => run.call("DeleteMembers", administrator, { AccountIds: [invitee] }, { judge: false })));
  },
};

export type MemberState = "created" | "invited" | "associated";

export interface MemberPagesCase {
  administrator: string;
  members: { accountId: string; state: MemberState }[];
  /** Another administrator, with a member of its own and, when `shared`, one of the first one's created members too. */
  other: string;
  shared: boolean;
  onlyAssociated: boolean | null;
  maxResults: number;
}

/** The other administrator's own member: derived from its id, so the case needs no more input. */
const ownMemberOf = (other: string): string => other.replace(/^\d/, (d) => String((Number(d) + 5) % 10));

const EVERY_STATE = [
  { accountId: id(10), state: "created" as const },
  { accountId: id(11), state: "invited" as const },
  { accountId: id(12), state: "associated" as const },
];

export const memberPagesScenario: Scenario<MemberPagesCase> = {
  name: "pagination/ListMembers",
  operations: ["ListMembers"],
  families: ["pagination", "state", "isolation"],
  requestsPerCase: 17,
  description:
    "An administrator with members created, invited and associated, beside another administrator, reads ListMembers with OnlyAssociated left out, TRUE and FALSE, whole and in pages: the filter holds, only its own members are listed, and the pages list each once and end",
  cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
  coverage: [
    { administrator: id(1), members: [], other: id(2), shared: false, onlyAssociated: null, maxResults: 1 },
    { administrator: id(1), members: EVERY_STATE, other: id(2), shared: true, onlyAssociated: null, maxResults: 1 },
    { administrator: id(1), members: EVERY_STATE, other: id(2), shared: true, onlyAssociated: true, maxResults: 2 },
    { administrator: id(1), members: EVERY_STATE, other: id(2), shared: true, onlyAssociated: false, maxResults: 1 },
    { administrator: id(1), members: EVERY_STATE, other: id(2), shared: false, onlyAssociated: false, maxResults: 2 },
  ],
  arbitrary: fc
    .record({
      administrator: accountId(),
      members: fc.uniqueArray(fc.record({ accountId: accountId(), state: fc.constantFrom<MemberState>("created", "invited", "associated") }), {
        maxLength: 4,
        selector: (m) => m.accountId,
      }),
      other: accountId(),
      shared: fc.boolean(),
      onlyAssociated: fc.constantFrom(null, true, false),
      maxResults: fc.integer({ min: 1, max: 3 }),
    })
    .filter(({ administrator, other, members }) => {
      const ids = [administrator, other, ownMemberOf(other), ...members.map((m) => m.accountId)];
      return new Set(ids).size === ids.length;
    }),
  async run(run, input) {
    const fresh = (account: string): string => run.fresh.map(account);
    const administrator = fresh(input.administrator);
    const other = fresh(input.other);
    const members = input.members.map((m) => ({ ...m, accountId: fresh(m.accountId) }));
    const othersOwn = fresh(ownMemberOf(input.other));
    await run.enable([administrator, other, othersOwn, ...members.map((m) => m.accountId)]);

    const created = await createMembers(
      run,
      administrator,
      members.map((m) => m.accountId),
    );
    const known = new Map<string, boolean | undefined>(created.map((m) => [m, false]));
    /** The status each member was left in, where the suite knows it: the reads wait until they show it. */
    const status = new Map<string, MemberStatus>(created.map((m) => [m, "created"]));
    for (const member of members.filter((m) => m.state !== "created" && created.includes(m.accountId))) {
      const invited = await run.call("InviteMembers", administrator, { AccountIds: [member.accountId] }, admittedCall());
      status.delete(member.accountId);
      if (!processed(operationOf(run.session.spec, "InviteMembers"), invited, member.accountId)) known.set(member.accountId, undefined);
      else if (member.state === "invited") status.set(member.accountId, "invited");
      else if (await acceptInvitation(run, member.accountId, administrator)) {
        known.set(member.accountId, true);
        status.set(member.accountId, "enabled");
      } else known.set(member.accountId, undefined);
    }
    const sharedMember = input.shared ? members.find((m) => m.state === "created" && created.includes(m.accountId))?.accountId : undefined;
    const othersMembers = await createMembers(run, other, [othersOwn, ...(sharedMember ? [sharedMember] : [])]);

    const query = input.onlyAssociated === null ? {} : { OnlyAssociated: input.onlyAssociated };
    const listing = { administrator, onlyAssociated: input.onlyAssociated ?? undefined, members: known };
    // A member made, invited or associated a moment ago may show late: the whole read is made again (bounded) until
    // the filter holds and each member listed shows the status it was left in.
    const caughtUp = (whole: NonNullable<Listed>): boolean =>
      (ONLY_ASSOCIATED_FILTER.judge({ ...listing, listed: whole.items.map((m) => m.AccountId) })?.findings.length ?? 0) === 0 &&
      whole.items.every((m) => !status.has(String(m.AccountId)) || memberStatusOf(m.MemberStatus) === status.get(String(m.AccountId)));
    const { whole, waitedMs } = await judgePages(run, "ListMembers", administrator, query, input.maxResults, caughtUp);
    if (whole) {
      const listed = whole.items.map((m) => m.AccountId);
      run.judge(ONLY_ASSOCIATED_FILTER, { ...listing, listed, waitedMs });
      run.judge(MEMBERS_PER_ADMINISTRATOR, { administrator, listed, ownMembers: created });
    }
    const othersView = await run.settle(
      () => walkPages(run, "ListMembers", other, { OnlyAssociated: false, MaxResults: WHOLE }),
      (view) => othersMembers.every((id) => view.items.some((m) => m.AccountId === id)),
    );
    if (othersView.value)
      run.judge(MEMBERS_PER_ADMINISTRATOR, { administrator: other, listed: othersView.value.items.map((m) => m.AccountId), ownMembers: othersMembers });

    if (created.length > 0) await run.call("DeleteMembers", administrator, { AccountIds: created }, { judge: false });
    if (othersMembers.length > 0) await run.call("DeleteMembers", other, { AccountIds: othersMembers }, { judge: false });
  },
};
