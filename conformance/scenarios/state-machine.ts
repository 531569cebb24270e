/**
 * Model-based test: random sequences of membership commands across three accounts (and one outsider that
 * is never a member), each checked against a model of what the documentation guarantees. The model is
 * not an implementation: where the documentation leaves the outcome open it records "unknown" and
 * asserts nothing. A failing sequence shrinks to the fewest commands that still fail.
 */
import fc from "fast-check";
import { ACCEPT_NEEDS_INVITATION, LISTING_CHECKS } from "../../checks/effects.ts";
import { LIST_ONLY_OWN, MEMBERS_PER_ADMINISTRATOR } from "../../checks/isolation.ts";
import { ONLY_ASSOCIATED_FILTER } from "../../checks/lifecycle.ts";
import { memberStatusOf } from "../../checks/member-status.ts";
import { accountId } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { unprocessedIds } from "../answer-reader.ts";
import { admittedCall, type CaseRun, type CallResult } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import {
  type AdministratorKnown,
  judgeAdministrator,
  judgeEligibility,
  judgeSettledRead,
  listedInvitationId,
  settledListing,
  walkPages,
} from "./membership-steps.ts";

type Knowledge = boolean | "unknown";

/** What the documentation lets the suite know about the target after each command. */
export class MembershipModel {
  /** administrator → member → associated? (present = a member) */
  readonly members = new Map<number, Map<number, Knowledge>>();
  /** invitee → administrator → pending? */
  readonly pending = new Map<number, Map<number, Knowledge>>();
  /** "invitee administrator" pairs where an invitation may have been sent: the invitee's listing may list those, in any status. */
  private readonly sent = new Set<string>();
  /** administrator → every account it ever made its member (a deleted one may stay listed as Deleted). */
  readonly everMembers = new Map<number, Set<number>>();

  wasInvited(invitee: number, administrator: number): boolean {
    return this.sent.has(`${invitee} ${administrator}`);
  }

  memberState(administrator: number, member: number): Knowledge | undefined {
    return this.members.get(administrator)?.get(member);
  }
  setMember(administrator: number, member: number, associated: Knowledge | undefined): void {
    const members = this.members.get(administrator) ?? new Map<number, Knowledge>();
    if (associated === undefined) members.delete(member);
    else members.set(member, associated);
    this.members.set(administrator, members);
    if (associated !== undefined) this.everMembers.set(administrator, (this.everMembers.get(administrator) ?? new Set()).add(member));
  }
  /** The administrators the member is known to be associated with, and whether any association is unknown. */
  associations(member: number): { with: number[]; unknown: boolean } {
    const states = PLAYERS.map((a) => [a, this.memberState(a, member)] as const);
    return { with: states.filter(([, s]) => s === true).map(([a]) => a), unknown: states.some(([, s]) => s === "unknown") };
  }
  pendingState(invitee: number, administrator: number): Knowledge {
    return this.pending.get(invitee)?.get(administrator) ?? false;
  }
  setPending(invitee: number, administrator: number, pending: Knowledge): void {
    if (pending !== false) this.sent.add(`${invitee} ${administrator}`);
    const invitations = this.pending.get(invitee) ?? new Map<number, Knowledge>();
    invitations.set(administrator, pending);
    this.pending.set(invitee, invitations);
  }
}

export interface MembershipWorld {
  run: CaseRun;
  /** ids[0..2] play; ids[3] is an outsider that never enables Security Hub nor becomes a member. */
  ids: string[];
}

class StopSequence extends Error {}
type Command = fc.AsyncCommand<MembershipModel, MembershipWorld>;
const PLAYERS = [0, 1, 2];

function judged(world: MembershipWorld): void {
  if (world.run.findings.some((f) => f.severity === "failure")) throw new StopSequence("a finding ended the sequence");
}

function listedUnprocessed(world: MembershipWorld, operation: string, result: CallResult): Set<unknown> {
  return unprocessedIds(operationOf(world.run.session.spec, operation), result);
}

function eligibility(world: MembershipWorld, operation: string, result: CallResult, eligible: number[], ineligible: number[]): void {
  const ids = (players: number[]): string[] => players.map((i) => world.ids[i]!);
  judgeEligibility(world.run, operation, result, { eligible: ids(eligible), ineligible: ids(ineligible), malformed: [] });
}

/** Waits (bounded) until the invitee lists the invitations the model knows are pending: the next step depends on them. */
async function awaitPending(world: MembershipWorld, invitee: number, administrators: number[]): Promise<void> {
  const pending = administrators.map((a) => world.ids[a]!);
  if (pending.length > 0) await settledListing(world.run, world.ids[invitee]!, (listing) => pending.every((a) => listing.pending.includes(a)));
}

class CreateMember implements Command {
  constructor(
    readonly administrator: number,
    readonly member: number,
  ) {}
  check = (): boolean => this.administrator !== this.member;
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const { family } = world.run;
    const result = await world.run.call(
      family.operation("createMembers"),
      world.ids[this.administrator]!,
      family.accounts("createMembers", [world.ids[this.member]!]),
    );
    judged(world);
    if (result.status === 200 && !listedUnprocessed(world, family.operation("createMembers"), result).has(world.ids[this.member])) {
      if (model.memberState(this.administrator, this.member) === undefined) model.setMember(this.administrator, this.member, false);
    }
  }
  toString = (): string => `createMembers(P${this.administrator} → P${this.member})`;
}

class Invitation implements Command {
  constructor(
    readonly administrator: number,
    readonly invitees: number[],
  ) {}
  check = (): boolean => !this.invitees.includes(this.administrator);
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const { family } = world.run;
    const operation = family.operation("inviteMembers");
    const result = await world.run.call(
      operation,
      world.ids[this.administrator]!,
      family.accounts(
        "inviteMembers",
        this.invitees.map((i) => world.ids[i]!),
      ),
    );
    // An account associated with another administrator may be refused: the documentation leaves that open. So does it
    // for inviting again a member whose invitation is still pending (GuardDuty is seen to list it unprocessed).
    const associatedElsewhere = (i: number): boolean => PLAYERS.some((a) => a !== this.administrator && model.memberState(a, i) === true);
    const invitedAlready = (i: number): boolean => model.pendingState(i, this.administrator) !== false;
    const eligible = this.invitees.filter((i) => model.memberState(this.administrator, i) === false && !associatedElsewhere(i) && !invitedAlready(i));
    const ineligible = this.invitees.filter((i) => model.memberState(this.administrator, i) === undefined);
    eligibility(world, operation, result, eligible, ineligible);
    judged(world);
    if (result.status !== 200) return;
    const listed = listedUnprocessed(world, operation, result);
    for (const i of this.invitees) {
      const state = model.memberState(this.administrator, i);
      if (state === undefined || listed.has(world.ids[i])) continue;
      // Re-inviting an associated member is left open by the documentation.
      model.setPending(i, this.administrator, state === false ? true : "unknown");
    }
  }
  toString = (): string => `inviteMembers(P${this.administrator} → [${this.invitees.map((i) => `P${i}`).join(", ")}])`;
}

class RemoveInvitations implements Command {
  constructor(
    readonly role: "declineInvitations" | "deleteInvitations",
    readonly invitee: number,
    readonly administrators: number[],
  ) {}
  check = (): boolean => !this.administrators.includes(this.invitee);
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const eligible = this.administrators.filter((a) => model.pendingState(this.invitee, a) === true);
    await awaitPending(world, this.invitee, eligible);
    const operation = world.run.family.operation(this.role);
    const result = await world.run.call(
      operation,
      world.ids[this.invitee]!,
      world.run.family.accounts(
        this.role,
        this.administrators.map((i) => world.ids[i]!),
      ),
      admittedCall(),
    );
    // DeleteInvitations is the invitee's (naming the administrators that invited it) or, as today's AWS model says,
    // the administrator's (naming the accounts it invited): AWS says both, so the model knows only what holds in both.
    const eitherWay = this.role === "deleteInvitations";
    const ineligible = this.administrators.filter(
      (a) => model.pendingState(this.invitee, a) === false && (!eitherWay || model.pendingState(a, this.invitee) === false),
    );
    eligibility(world, operation, result, eitherWay ? [] : eligible, ineligible);
    judged(world);
    if (result.status !== 200) return;
    const listed = listedUnprocessed(world, operation, result);
    for (const a of this.administrators) {
      if (listed.has(world.ids[a])) continue;
      if (!eitherWay) {
        model.setPending(this.invitee, a, false);
        continue;
      }
      // Processed: the invitation a sent the caller is gone, or the one the caller sent a. Where only one of them was
      // surely pending, that one; else neither is known any more.
      const received = model.pendingState(this.invitee, a);
      const sent = model.pendingState(a, this.invitee);
      if (received === true && sent === false) model.setPending(this.invitee, a, false);
      else if (sent === true && received === false) model.setPending(a, this.invitee, false);
      else {
        if (received !== false) model.setPending(this.invitee, a, "unknown");
        if (sent !== false) model.setPending(a, this.invitee, "unknown");
      }
    }
  }
  toString = (): string => `${this.role}(P${this.invitee} ✗ [${this.administrators.map((i) => `P${i}`).join(", ")}])`;
}

class Acceptance implements Command {
  constructor(
    readonly invitee: number,
    readonly administrator: number,
  ) {}
  check = (): boolean => this.invitee !== this.administrator;
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const invitee = world.ids[this.invitee]!;
    const administrator = world.ids[this.administrator]!;
    const pending = model.pendingState(this.invitee, this.administrator);
    let invitationId = "00000000-0000-0000-0000-000000000000";
    if (pending !== false) {
      if (pending === true) await awaitPending(world, this.invitee, [this.administrator]);
      invitationId = (await listedInvitationId(world.run, invitee, administrator)) ?? invitationId;
      judged(world);
    }
    const operation = world.run.family.operation("acceptInvitation");
    const result = await world.run.call(operation, invitee, world.run.family.accept(administrator, invitationId));
    if (pending === false) world.run.judge(ACCEPT_NEEDS_INVITATION, { operation, invitee, administrator, status: result.status }, result.exchange);
    judged(world);
    if (result.status >= 200 && result.status < 300) {
      model.setPending(this.invitee, this.administrator, false);
      if (model.memberState(this.administrator, this.invitee) !== undefined) model.setMember(this.administrator, this.invitee, true);
      // Whether accepting another administrator's invitation ends an association the account had is not documented.
      for (const other of PLAYERS)
        if (other !== this.administrator && model.memberState(other, this.invitee) === true) model.setMember(other, this.invitee, "unknown");
    }
  }
  toString = (): string => `acceptInvitation(P${this.invitee} ✓ P${this.administrator})`;
}

class DropMembers implements Command {
  constructor(
    readonly administrator: number,
    readonly members: number[],
  ) {}
  check = (): boolean => !this.members.includes(this.administrator);
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const result = await world.run.call(
      world.run.family.operation("deleteMembers"),
      world.ids[this.administrator]!,
      world.run.family.accounts(
        "deleteMembers",
        this.members.map((i) => world.ids[i]!),
      ),
      admittedCall(),
    );
    const ineligible = this.members.filter((m) => model.memberState(this.administrator, m) === undefined);
    eligibility(world, world.run.family.operation("deleteMembers"), result, [], ineligible);
    judged(world);
    if (result.status !== 200) return;
    const listed = listedUnprocessed(world, world.run.family.operation("deleteMembers"), result);
    for (const m of this.members) {
      if (listed.has(world.ids[m]) || model.memberState(this.administrator, m) === undefined) continue;
      model.setMember(this.administrator, m, undefined);
      // Whether deleting a member withdraws its pending invitation is not documented.
      if (model.pendingState(m, this.administrator) !== false) model.setPending(m, this.administrator, "unknown");
    }
  }
  toString = (): string => `deleteMembers(P${this.administrator} ✗ [${this.members.map((i) => `P${i}`).join(", ")}])`;
}

class ReadInvitations implements Command {
  constructor(readonly invitee: number) {}
  check = (): boolean => true;
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const invitee = world.ids[this.invitee]!;
    const others = PLAYERS.filter((p) => p !== this.invitee);
    const mustList = others.filter((a) => model.pendingState(this.invitee, a) === true).map((a) => world.ids[a]!);
    const mustNotList = [...others.filter((a) => model.pendingState(this.invitee, a) === false), 3].map((a) => world.ids[a]!);
    // Invitations sent or removed a moment ago may show late: read again (bounded) before calling one wrong.
    const settled = await settledListing(
      world.run,
      invitee,
      (listing) => mustList.every((a) => listing.pending.includes(a)) && !mustNotList.some((a) => listing.pending.includes(a)),
    );
    judged(world);
    const listing = settled.value;
    if (listing === undefined) return;
    const operation = world.run.family.operation("listInvitations");
    world.run.judge(LISTING_CHECKS, { operation, invitee, mustList, mustNotList, listed: listing.pending, waitedMs: settled.waitedMs });
    const played = new Set(world.ids);
    const sent = others.filter((a) => model.wasInvited(this.invitee, a)).map((a) => world.ids[a]!);
    world.run.judge(LIST_ONLY_OWN, { operation, caller: invitee, listed: listing.listed.filter((a) => played.has(a)), sentToCaller: sent });
    judged(world);
  }
  toString = (): string => `listInvitations(P${this.invitee})`;
}

class ReadMembers implements Command {
  constructor(
    readonly administrator: number,
    readonly members: number[],
  ) {}
  check = (): boolean => !this.members.includes(this.administrator);
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const eligible = this.members.filter((m) => model.memberState(this.administrator, m) !== undefined);
    // A deleted member may be listed unprocessed or shown with status Deleted (the model's DELETED): either passes.
    const deleted = (m: number): boolean => model.everMembers.get(this.administrator)?.has(m) === true;
    const ineligible = this.members.filter((m) => model.memberState(this.administrator, m) === undefined && !deleted(m));
    const ids = (players: number[]): string[] => players.map((i) => world.ids[i]!);
    // A member created or deleted a moment ago may show late: read again (bounded) before calling the answer wrong. A
    // deleted one may be listed unprocessed or shown Deleted: the read also waits (judging nothing) until it is one of them.
    const gone = ids(this.members.filter((m) => deleted(m) && model.memberState(this.administrator, m) === undefined));
    const deletionShown = (answer: CallResult): boolean =>
      !world.run.family.members(answer.body).some((m) => gone.includes(String(m.accountId)) && memberStatusOf(m.status) !== "deleted");
    await judgeSettledRead(
      world.run,
      world.ids[this.administrator]!,
      ids(this.members),
      { eligible: ids(eligible), ineligible: ids(ineligible), malformed: [] },
      deletionShown,
    );
    judged(world);
  }
  toString = (): string => `getMembers(P${this.administrator} ? [${this.members.map((i) => `P${i}`).join(", ")}])`;
}

class Disassociate implements Command {
  constructor(
    readonly administrator: number,
    readonly members: number[],
  ) {}
  check = (): boolean => !this.members.includes(this.administrator);
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const { family } = world.run;
    const result = await world.run.call(
      family.operation("disassociateMembers"),
      world.ids[this.administrator]!,
      family.accounts(
        "disassociateMembers",
        this.members.map((i) => world.ids[i]!),
      ),
    );
    judged(world);
    if (result.status < 200 || result.status >= 300) return;
    for (const m of this.members) {
      const state = model.memberState(this.administrator, m);
      if (state === true || state === "unknown") model.setMember(this.administrator, m, false);
      // What disassociating a member that was only invited does to its invitation is not documented.
      if (state !== undefined && model.pendingState(m, this.administrator) !== false) model.setPending(m, this.administrator, "unknown");
    }
  }
  toString = (): string => `disassociateMembers(P${this.administrator} ✗ [${this.members.map((i) => `P${i}`).join(", ")}])`;
}

class Resign implements Command {
  constructor(readonly member: number) {}
  check = (): boolean => true;
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const result = await world.run.call(world.run.family.operation("disassociateFromAdministrator"), world.ids[this.member]!);
    judged(world);
    if (result.status < 200 || result.status >= 300) return;
    for (const a of PLAYERS) {
      const state = model.memberState(a, this.member);
      if (state === true || state === "unknown") model.setMember(a, this.member, false);
    }
  }
  toString = (): string => `disassociateFromAdministrator(P${this.member})`;
}

class ReadAdministrator implements Command {
  constructor(readonly member: number) {}
  check = (): boolean => true;
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const { with: associated, unknown } = model.associations(this.member);
    const known: AdministratorKnown[] = [
      ...(!unknown && associated.length === 1 ? [{ associatedWith: world.ids[associated[0]!]!, formerly: undefined }] : []),
      // An administrator it is known not to be associated with must not show as its current one.
      ...PLAYERS.filter((a) => model.memberState(a, this.member) === false).map((a) => ({ associatedWith: undefined, formerly: world.ids[a]! })),
    ];
    await judgeAdministrator(world.run, world.ids[this.member]!, known);
    judged(world);
  }
  toString = (): string => `getAdministrator(P${this.member})`;
}

class ReadMemberList implements Command {
  constructor(
    readonly administrator: number,
    readonly onlyAssociated: boolean | undefined,
  ) {}
  check = (): boolean => true;
  async run(model: MembershipModel, world: MembershipWorld): Promise<void> {
    const administrator = world.ids[this.administrator]!;
    const known = new Map(
      [...(model.members.get(this.administrator) ?? new Map<number, Knowledge>())].map(([m, state]) => [
        world.ids[m]!,
        state === "unknown" ? undefined : state,
      ]),
    );
    const ownMembers = [...(model.everMembers.get(this.administrator) ?? [])].map((m) => world.ids[m]!);
    const query = { onlyAssociated: this.onlyAssociated, maxResults: 50 };
    const operation = world.run.family.operation("listMembers");
    const listing = {
      operation,
      administrator,
      onlyAssociated: this.onlyAssociated,
      defaultAssociatedOnly: world.run.family.roles.listMembers.onlyAssociatedDefault,
      members: known,
    };
    // An association made or ended a moment ago may show late: read again (bounded) before calling the filter wrong.
    const settled = await world.run.settle(
      async () => (await walkPages(world.run, "listMembers", administrator, query))?.items.map((m) => world.run.family.accountIdOf(m)),
      (listed) => (ONLY_ASSOCIATED_FILTER.judge({ ...listing, listed })?.findings.length ?? 0) === 0,
    );
    judged(world);
    if (settled.value === undefined) return;
    world.run.judge(ONLY_ASSOCIATED_FILTER, { ...listing, listed: settled.value, waitedMs: settled.waitedMs });
    world.run.judge(MEMBERS_PER_ADMINISTRATOR, { operation, administrator, listed: settled.value, ownMembers });
    judged(world);
  }
  toString = (): string => `listMembers(P${this.administrator}${this.onlyAssociated === undefined ? "" : `, associated only ${this.onlyAssociated}`})`;
}

const player = fc.constantFrom(...PLAYERS);
const targets = fc.uniqueArray(fc.constantFrom(0, 1, 2, 3), { minLength: 1, maxLength: 3 });
/**
 * The command sequences. fast-check's commands arbitrary records, while it shrinks, which commands ran: each run
 * needs its own, and replaying a shrunk sequence needs that record (`replayPath`) back.
 */
export const membershipCommands = (replayPath?: string): fc.Arbitrary<Iterable<Command>> =>
  fc.commands(
    [
      fc.tuple(player, player).map(([a, m]) => new CreateMember(a, m)),
      fc.tuple(player, targets).map(([a, ids]) => new Invitation(a, ids)),
      fc
        .tuple(fc.constantFrom("declineInvitations" as const, "deleteInvitations" as const), player, targets)
        .map(([op, i, ids]) => new RemoveInvitations(op, i, ids)),
      fc.tuple(player, player).map(([i, a]) => new Acceptance(i, a)),
      fc.tuple(player, targets).map(([a, ids]) => new DropMembers(a, ids)),
      player.map((i) => new ReadInvitations(i)),
      fc.tuple(player, targets).map(([a, ids]) => new ReadMembers(a, ids)),
      fc.tuple(player, targets).map(([a, ids]) => new Disassociate(a, ids)),
      player.map((m) => new Resign(m)),
      player.map((m) => new ReadAdministrator(m)),
      fc.tuple(player, fc.constantFrom(undefined, true, false)).map(([a, only]) => new ReadMemberList(a, only)),
    ],
    { maxCommands: 25, size: "medium", ...(replayPath === undefined ? {} : { replayPath }) },
  );

const Decline = (invitee: number, administrators: number[]): Command => new RemoveInvitations("declineInvitations", invitee, administrators);
const Delete = (invitee: number, administrators: number[]): Command => new RemoveInvitations("deleteInvitations", invitee, administrators);
const Create = (administrator: number, member: number): Command => new CreateMember(administrator, member);
const Invite = (administrator: number, invitees: number[]): Command => new Invitation(administrator, invitees);
const Accept = (invitee: number, administrator: number): Command => new Acceptance(invitee, administrator);

/**
 * The coverage phase: a sequence for each relation between a caller and an account — administrator of it, another
 * administrator's member, invitee with pending invitations from one and from two administrators, associated member
 * (then disassociated by either side), member whose invitation was withdrawn, outsider and account never created; and
 * a member created and invited twice, which the documentation leaves open, and one invited again after it was
 * disassociated, without being created again (GuardDuty: its details "will be retained … so that you can invoke
 * InviteMembers without the need to invoke CreateMembers again").
 */
const RELATIONS: Command[][] = [
  [Create(0, 1), Invite(0, [1]), Invite(0, [1]), Create(0, 1), new ReadInvitations(1), new ReadMembers(0, [1])],
  [Create(0, 1), Invite(0, [1]), Accept(1, 0), new Disassociate(0, [1]), Invite(0, [1]), new ReadInvitations(1), new ReadMembers(0, [1])],
  [Create(0, 1), Invite(0, [1]), new ReadInvitations(1), new ReadMembers(0, [1]), Decline(1, [0]), new ReadInvitations(1), new ReadMembers(0, [1])],
  [Create(0, 1), Invite(2, [1]), new ReadMembers(2, [1]), new DropMembers(2, [1]), Delete(1, [2]), new ReadInvitations(1), new ReadMemberList(2, false)],
  [
    Create(0, 2),
    Create(1, 2),
    Invite(0, [2]),
    Invite(1, [2]),
    new ReadInvitations(2),
    Decline(2, [0]),
    new ReadInvitations(2),
    Delete(2, [1]),
    new ReadInvitations(2),
  ],
  [
    Create(0, 1),
    Invite(0, [1]),
    Accept(1, 0),
    new ReadInvitations(1),
    Invite(0, [1]),
    Create(2, 1),
    Invite(2, [1]),
    new ReadMembers(0, [1]),
    new ReadMemberList(0, undefined),
    new DropMembers(0, [1]),
    new ReadInvitations(1),
  ],
  [Invite(0, [3]), new ReadMembers(0, [3]), Decline(1, [3]), Accept(1, 0), new DropMembers(0, [3, 2]), new ReadInvitations(1), new ReadMemberList(0, false)],
  [Create(0, 1), Invite(0, [1]), new DropMembers(0, [1]), new ReadInvitations(1), Invite(0, [1]), new ReadMembers(0, [1])],
  [Create(0, 1), Invite(0, [1, 2, 3]), new ReadInvitations(1), new ReadInvitations(2)],
  [
    Create(0, 1),
    Invite(0, [1]),
    Accept(1, 0),
    new ReadMemberList(0, undefined),
    new ReadAdministrator(1),
    new Disassociate(0, [1]),
    new ReadAdministrator(1),
    new ReadMemberList(0, false),
    new ReadMemberList(0, true),
  ],
  [
    Create(0, 1),
    Invite(0, [1]),
    Accept(1, 0),
    new Resign(1),
    new ReadAdministrator(1),
    new ReadMemberList(0, true),
    Create(2, 1),
    Invite(2, [1]),
    Accept(1, 2),
    new ReadAdministrator(1),
    new ReadMemberList(2, undefined),
  ],
];

/** The roles the membership commands play. */
const PLAYED_ROLES = [
  "createMembers",
  "inviteMembers",
  "declineInvitations",
  "deleteInvitations",
  "acceptInvitation",
  "deleteMembers",
  "listInvitations",
  "getMembers",
  "disassociateMembers",
  "disassociateFromAdministrator",
  "getAdministrator",
  "listMembers",
] as const;

export function stateMachineScenario(family: Family): Scenario<{ ids: string[]; commands: Iterable<Command> }> {
  return {
    name: "state-machine/membership",
    operations: PLAYED_ROLES.map((role) => family.operation(role)),
    families: ["state", "unprocessed-accounts", "isolation"],
    description: "Random sequences of membership commands across three accounts and an outsider, checked against the documented guarantees",
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    requestsPerCase: 12,
    coverage: RELATIONS.map((commands) => ({ ids: ["000000000001", "000000000002", "000000000003", "000000000004"], commands })),
    arbitrary: (replayPath) => fc.record({ ids: fc.uniqueArray(accountId(), { minLength: 4, maxLength: 4 }), commands: membershipCommands(replayPath) }),
    async run(run, { ids, commands }) {
      const world: MembershipWorld = { run, ids: ids.map((id) => run.fresh.map(id)) };
      await run.enable(world.ids.slice(0, 3));
      try {
        await fc.asyncModelRun(() => ({ model: new MembershipModel(), real: world }), commands);
      } catch (error) {
        if (!(error instanceof StopSequence)) throw error;
      }
    },
  };
}
