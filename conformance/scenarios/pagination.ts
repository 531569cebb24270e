/**
 * The two paginated reads, the invitee's invitations and the administrator's members, read whole (the largest page the
 * model allows) and then in small pages following the page token: no page holds more than asked, and the small pages
 * visit what the whole read lists, each once, and end. The members are read with OnlyAssociated left out, TRUE and
 * FALSE over members in every state (created, invited, associated), beside another administrator with members of its own.
 */
import fc from "fast-check";
import { ONLY_ASSOCIATED_FILTER } from "../../checks/lifecycle.ts";
import { type LifecycleStatus, memberStatusOf } from "../../checks/member-status.ts";
import { MEMBERS_PER_ADMINISTRATOR } from "../../checks/isolation.ts";
import { PAGINATION_CHECKS } from "../../checks/pagination.ts";
import { accountId } from "../../generators/accounts.ts";
import type { ListCall } from "../../specs/service-descriptor.ts";
import type { JsonSchema } from "../../specs/shape-schema.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { processed } from "../answer-reader.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Family, PageQuery } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { acceptInvitation, createMembers, invite, judgePendingListed, walkPages } from "./membership-steps.ts";

/** The largest page the model allows a list read (its page size's maximum; 50 where it states none): the "whole" read every smaller walk is compared with. */
function wholePage(family: Family, call: ListCall): number {
  const operation = operationOf(family.spec, call.operation);
  const size = [...operation.query, ...(operation.body?.members ?? [])].find((p) => p.name === call.paging.maxResults);
  const maximum = size && "schema" in size ? (size.schema as JsonSchema).maximum : undefined;
  return typeof maximum === "number" ? maximum : 50;
}
const id = (n: number): string => String(n).padStart(12, "0");

type Listed = Awaited<ReturnType<typeof walkPages>>;

/**
 * Reads a listing whole (again, bounded, until `shows` holds: what changed a moment ago may show late), then with
 * MaxResults `maxResults`, and judges the pages. The whole read, and how long it waited for it.
 */
async function judgePages(
  run: CaseRun,
  role: "listInvitations" | "listMembers",
  caller: string,
  query: Pick<PageQuery, "onlyAssociated">,
  maxResults: number,
  shows: (whole: NonNullable<Listed>) => boolean = () => true,
): Promise<{ whole: Listed; waitedMs: number }> {
  const call = run.family.roles[role];
  const settled = await run.settle(() => walkPages(run, role, caller, { ...query, maxResults: wholePage(run.family, call) }), shows);
  const paged = await walkPages(run, role, caller, { ...query, maxResults });
  if (paged) run.judge(PAGINATION_CHECKS, { operation: call.operation, caller, paged: paged.walk, whole: settled.value?.walk });
  return { whole: settled.value, waitedMs: settled.waitedMs };
}

export interface InvitationPagesCase {
  invitee: string;
  administrators: string[];
  maxResults: number;
}

export function invitationPagesScenario(family: Family): Scenario<InvitationPagesCase> {
  const operationName = family.operation("listInvitations");
  return {
    name: `pagination/${operationName}`,
    operations: [operationName],
    families: ["pagination", "state"],
    requestsPerCase: 10,
    description: `An invitee invited by none, one or several administrators reads ${operationName} whole and in pages of ${family.roles.listInvitations.paging.maxResults}: no page holds more, and the pages list every invitation once and end`,
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
      await judgePages(run, "listInvitations", invitee, {}, input.maxResults);
      await Promise.all(
        invited.map((administrator) =>
          run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", [invitee]), { judge: false }),
        ),
      );
    },
  };
}

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

export function memberPagesScenario(family: Family): Scenario<MemberPagesCase> {
  const operationName = family.operation("listMembers");
  return {
    name: `pagination/${operationName}`,
    operations: [operationName],
    families: ["pagination", "state", "isolation"],
    requestsPerCase: 17,
    description: `An administrator with members created, invited and associated, beside another administrator, reads ${operationName} with ${family.roles.listMembers.onlyAssociated ?? "its filter"} left out, true and false, whole and in pages: the filter holds, only its own members are listed, and the pages list each once and end`,
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
      const status = new Map<string, LifecycleStatus>(created.map((m) => [m, "created"]));
      for (const member of members.filter((m) => m.state !== "created" && created.includes(m.accountId))) {
        const inviteMembers = family.operation("inviteMembers");
        const invited = await run.call(inviteMembers, administrator, family.accounts("inviteMembers", [member.accountId]), admittedCall());
        status.delete(member.accountId);
        if (!processed(operationOf(run.session.spec, inviteMembers), invited, member.accountId)) known.set(member.accountId, undefined);
        else if (member.state === "invited") status.set(member.accountId, "invited");
        else if (await acceptInvitation(run, member.accountId, administrator)) {
          known.set(member.accountId, true);
          status.set(member.accountId, "enabled");
        } else known.set(member.accountId, undefined);
      }
      const sharedMember = input.shared ? members.find((m) => m.state === "created" && created.includes(m.accountId))?.accountId : undefined;
      const othersMembers = await createMembers(run, other, [othersOwn, ...(sharedMember ? [sharedMember] : [])]);

      const query = input.onlyAssociated === null ? {} : { onlyAssociated: input.onlyAssociated };
      const listing = {
        operation: operationName,
        administrator,
        onlyAssociated: input.onlyAssociated ?? undefined,
        defaultAssociatedOnly: family.roles.listMembers.onlyAssociatedDefault,
        members: known,
      };
      // A member made, invited or associated a moment ago may show late: the whole read is made again (bounded) until
      // the filter holds and each member listed shows the status it was left in.
      const caughtUp = (whole: NonNullable<Listed>): boolean =>
        (ONLY_ASSOCIATED_FILTER.judge({
          ...listing,
          listed: whole.items.map((m) => family.memberOf(m)).map((m) => m.accountId),
        })?.findings.length ?? 0) === 0 &&
        family
          .members({ [family.roles.listMembers.list]: whole.items }, family.roles.listMembers.list)
          .every((m) => !status.has(String(m.accountId)) || memberStatusOf(m.status) === status.get(String(m.accountId)));
      const { whole, waitedMs } = await judgePages(run, "listMembers", administrator, query, input.maxResults, caughtUp);
      const ids = (items: Record<string, unknown>[]): unknown[] => items.map((m) => family.accountIdOf(m));
      if (whole) {
        const listed = ids(whole.items);
        run.judge(ONLY_ASSOCIATED_FILTER, { ...listing, listed, waitedMs });
        run.judge(MEMBERS_PER_ADMINISTRATOR, { operation: operationName, administrator, listed, ownMembers: created });
      }
      const othersView = await run.settle(
        () => walkPages(run, "listMembers", other, { onlyAssociated: false, maxResults: wholePage(family, family.roles.listMembers) }),
        (view) => othersMembers.every((id) => ids(view.items).includes(id)),
      );
      if (othersView.value)
        run.judge(MEMBERS_PER_ADMINISTRATOR, {
          operation: operationName,
          administrator: other,
          listed: ids(othersView.value.items),
          ownMembers: othersMembers,
        });

      const deleteMembers = family.operation("deleteMembers");
      if (created.length > 0) await run.call(deleteMembers, administrator, family.accounts("deleteMembers", created), { judge: false });
      if (othersMembers.length > 0) await run.call(deleteMembers, other, family.accounts("deleteMembers", othersMembers), { judge: false });
    },
  };
}
