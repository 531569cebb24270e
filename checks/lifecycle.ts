/**
 * The member lifecycle as the reads show it. Member.MemberStatus documents what each step leaves: Created after
 * CreateMembers, Invited after InviteMembers (state/invite-reflected-for-administrator), Enabled once the member
 * accepted, Removed once the administrator disassociated it, Resigned once it disassociated itself, and Deleted (or
 * no member at all) after DeleteMembers. GetAdministratorAccount names the administrator a member accepted, and
 * GetInvitationsCount leaves "the currently accepted invitation" out. Where the documentation is silent (what a
 * decline leaves, a pending relation's look in GetAdministratorAccount) the reads are not judged.
 */
import { defineCheck, judged, NOT_APPLICABLE, type Breach } from "./define-check.ts";
import { afterWaiting } from "./effects.ts";
import { memberStatusOf, type LifecycleStatus } from "./member-status.ts";

/** What an administrator's GetMembers showed of one account; undefined when the read failed (nothing is known). */
export type MemberRead =
  | { kind: "member"; status: unknown; email: unknown; administratorId: unknown; masterId: unknown }
  | { kind: "not-a-member" }
  | undefined;

/** A step of the lifecycle and what the administrator's read showed after it (waiting, bounded, for it to show). */
export interface MemberStep {
  /** The step's call (CreateMembers, DisassociateMembers …), and the read that showed its effect (GetMembers). */
  operation: string;
  shownBy: string;
  administrator: string;
  member: string;
  read: MemberRead;
  waitedMs: number;
}

function shown(read: MemberRead): string {
  if (read?.kind === "not-a-member") return "no such member";
  return `status ${JSON.stringify(read?.status)}`;
}

/** The breach when the read does not show `want`, or none. */
function statusBreach(step: MemberStep, want: LifecycleStatus, after: string): Breach | undefined {
  const { read, administrator, member, waitedMs } = step;
  if (read?.kind === "member" && memberStatusOf(read.status) === want) return undefined;
  return {
    title: `after ${after}, ${administrator}'s ${step.shownBy} shows ${member} with ${shown(read)}, not ${want.toUpperCase()}${afterWaiting(waitedMs)}`,
    facts: { administrator, member, shown: read, waitedMs },
  };
}

export interface CreatedMember extends MemberStep {
  /** The Email CreateMembers was given, if any. */
  email: string | undefined;
}

export const CREATED_MEMBER_SHOWN = defineCheck({
  id: "state/created-member-shown",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The call creating members makes the accounts members of the caller: the administrator's read of its members shows each as created, with the email it was given (when it shows one) and the caller as its administrator (when it shows one).",
  statements: [],
  run(step: CreatedMember) {
    if (step.read === undefined) return NOT_APPLICABLE;
    const { read, administrator, member, email } = step;
    const status = statusBreach(step, "created", step.operation);
    if (status || read.kind !== "member") return judged(step.operation, [status], [step.shownBy]);
    const wrongEmail =
      email !== undefined &&
      read.email !== undefined &&
      read.email !== null &&
      (typeof read.email !== "string" || read.email.toLowerCase() !== email.toLowerCase());
    const wrongAdministrator = [read.administratorId, read.masterId].find((id) => id !== undefined && id !== null && id !== administrator);
    return judged(
      step.operation,
      [
        wrongEmail && {
          title: `${administrator} created ${member} with email ${JSON.stringify(email)}, but ${step.shownBy} shows ${JSON.stringify(read.email)}`,
          facts: { administrator, member, given: email, shown: read.email },
          discriminator: "email",
        },
        wrongAdministrator !== undefined && {
          title: `${administrator}'s ${step.shownBy} shows its member ${member} with administrator ${JSON.stringify(wrongAdministrator)}`,
          facts: { administrator, member, shown: wrongAdministrator },
          discriminator: "administrator",
        },
      ],
      [step.shownBy],
    );
  },
});

export interface AcceptedMember extends MemberStep {
  /** The status the accept answered, naming the pending invitation by the id the invitee's listing showed. */
  acceptStatus: number;
  /** The invitee's listing of invitations (ListInvitations), and the call that made the member (CreateMembers). */
  listedBy: string;
  createdBy: string;
}

export const ACCEPT_ASSOCIATES = defineCheck({
  id: "state/accept-associates",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The call accepting an invitation, naming it by the id the invitee's list of invitations shows, succeeds, and the administrator's read of its members then shows the member enabled.",
  statements: [],
  run(step: AcceptedMember) {
    const { operation, administrator, member, acceptStatus, listedBy } = step;
    if (acceptStatus < 200 || acceptStatus >= 300) {
      return judged(
        operation,
        [
          {
            title: `${member} could not accept ${administrator}'s pending invitation by the invitation id its ${listedBy} shows (status ${acceptStatus})`,
            facts: { administrator, member, status: acceptStatus },
            discriminator: "refused",
          },
        ],
        [listedBy],
      );
    }
    if (step.read === undefined) return judged(operation, [], [listedBy]);
    // The member the create call made "becomes a member account" once it accepts: that statement is exercised too.
    return judged(operation, [statusBreach(step, "enabled", `${member} accepted the invitation`)], [listedBy, step.createdBy, step.shownBy]);
  },
});

/** A disassociation and what the administrator's read showed after it. */
export interface Disassociation extends MemberStep {
  /** The status the disassociating call answered. */
  callStatus: number;
  /**
   * The calls that made the member (creating and inviting it): a read still showing it after the disassociation shows
   * what they made kept (GuardDuty: "the member account details obtained from this API … will be retained").
   */
  madeBy?: readonly string[];
}

/** A disassociation refused, or the read not showing `want` after it. */
function disassociationBreach(step: Disassociation, want: LifecycleStatus, after: string): Breach | undefined {
  if (step.callStatus < 200 || step.callStatus >= 300)
    return {
      title: `${step.operation} refused to disassociate ${step.member}, an associated member of ${step.administrator} (status ${step.callStatus})`,
      facts: { administrator: step.administrator, member: step.member, status: step.callStatus },
      discriminator: "refused",
    };
  return step.read === undefined ? undefined : statusBreach(step, want, after);
}

export const DISASSOCIATE_REMOVES = defineCheck({
  id: "state/disassociate-shows-removed",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The administrator's call disassociating members succeeds, and its read of its members afterwards shows the member removed.",
  statements: [],
  run(step: Disassociation) {
    const kept = step.read?.kind === "member" ? (step.madeBy ?? []) : [];
    return judged(step.operation, [disassociationBreach(step, "removed", `${step.administrator} disassociated its member`)], [step.shownBy, ...kept]);
  },
});

export const RESIGN_SHOWS_RESIGNED = defineCheck({
  id: "state/resign-shows-resigned",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The member's call leaving its administrator succeeds, and the administrator's read of its members afterwards shows the member resigned.",
  statements: [],
  run(step: Disassociation) {
    return judged(step.operation, [disassociationBreach(step, "resigned", `${step.member} disassociated itself`)], [step.shownBy]);
  },
});

export const DELETE_REMOVES_MEMBER = defineCheck({
  id: "state/delete-removes-member",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "After the call deleting members, the administrator's read of its members no longer shows the account as a member (it lists it unprocessed, or shows it deleted).",
  statements: [],
  run(step: MemberStep) {
    const { read, administrator, member, waitedMs } = step;
    if (read === undefined) return NOT_APPLICABLE;
    const gone = read.kind === "not-a-member" || memberStatusOf(read.status) === "deleted";
    return judged(
      step.operation,
      [
        !gone && {
          title: `${administrator} deleted its member ${member}, but ${step.shownBy} still shows it with ${shown(read)}${afterWaiting(waitedMs)}`,
          facts: { administrator, member, shown: read, waitedMs },
        },
      ],
      [step.shownBy],
    );
  },
});

/** What a member's read of its administrator (GetAdministratorAccount) answered, and whom the suite knows it to be associated with. */
export interface AdministratorRead {
  /** The read (GetAdministratorAccount). */
  operation: string;
  member: string;
  /** The administrator whose invitation the member accepted and has not left; undefined when it has none. */
  associatedWith: string | undefined;
  /** An administrator the member was invited by or associated with before, which must no longer show as its administrator. */
  formerly: string | undefined;
  status: number;
  /** Administrator.AccountId and Administrator.MemberStatus of a 200 answer. */
  administratorId: unknown;
  memberStatus: unknown;
  /** How long the suite read again before judging (an association made or ended a moment ago may show late). */
  waitedMs?: number;
}

export const ADMINISTRATOR_SHOWN = defineCheck({
  id: "state/administrator-shown",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The member's read of its administrator names the administrator whose invitation it accepted, and no administrator as current once it was disassociated (a record of the past relation with a status such as resigned is allowed).",
  statements: [],
  run(read: AdministratorRead) {
    const { operation, member, associatedWith, formerly, status, administratorId, memberStatus, waitedMs = 0 } = read;
    if (associatedWith !== undefined) {
      const named = status === 200 && administratorId === associatedWith;
      return judged(operation, [
        !named && {
          title: `${member} accepted ${associatedWith}'s invitation, but ${operation} answers ${status === 200 ? `administrator ${JSON.stringify(administratorId)}` : status}${afterWaiting(waitedMs)}`,
          facts: { member, administrator: associatedWith, status, shown: administratorId, waitedMs },
          discriminator: "missing",
        },
      ]);
    }
    if (formerly === undefined) return NOT_APPLICABLE;
    // Naming the former administrator is allowed only as a record of a relation that is not current.
    const relation = memberStatusOf(memberStatus);
    const current = status === 200 && administratorId === formerly && (relation === undefined || relation === "enabled");
    return judged(operation, [
      current && {
        title: `${member} is no longer associated with ${formerly}, but ${operation} still names it${memberStatus === undefined ? "" : ` (status ${JSON.stringify(memberStatus)})`}${afterWaiting(waitedMs)}`,
        facts: { member, administrator: formerly, memberStatus, waitedMs },
        discriminator: "stale",
      },
    ]);
  },
});

/** A member's count of its invitations (GetInvitationsCount) once it accepted one. */
export interface CountAfterAccept {
  /** The count's operation (GetInvitationsCount). */
  operation: string;
  member: string;
  count: number | undefined;
  /** Invitations sent to the member, the accepted one left out (declined ones may be counted or not). */
  sentOtherThanAccepted: number;
  /** How long the suite read again before judging (the accepted invitation may stay counted a moment). */
  waitedMs?: number;
}

export const COUNT_EXCLUDES_ACCEPTED = defineCheck({
  id: "state/count-excludes-accepted",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The invitee's count of invitations counts those sent to it, not including the currently accepted invitation.",
  statements: [],
  run({ operation, member, count, sentOtherThanAccepted, waitedMs = 0 }: CountAfterAccept) {
    if (count === undefined) return NOT_APPLICABLE;
    return judged(operation, [
      count > sentOtherThanAccepted && {
        title: `${member}'s ${operation} is ${count} after it accepted an invitation; at most ${sentOtherThanAccepted} other invitation(s) were sent to it${afterWaiting(waitedMs)}`,
        facts: { member, count, sentOtherThanAccepted, waitedMs },
      },
    ]);
  },
});

/** One read of an administrator's list of members (ListMembers), every page, against the members the suite made. */
export interface MemberListing {
  /** The list read (ListMembers). */
  operation: string;
  administrator: string;
  onlyAssociated: boolean | undefined;
  /** What a left-out filter means where the documentation says (Security Hub: associated only); undefined where it does not, and either reading passes. */
  defaultAssociatedOnly: boolean | undefined;
  /** Each listed member's AccountId. */
  listed: readonly unknown[];
  /** The administrator's members: true where the suite knows it is associated (ENABLED), false where it knows it is not, undefined where it does not know. */
  members: ReadonlyMap<string, boolean | undefined>;
  /** How long the suite read again before judging (members made or associated a moment ago may show late). */
  waitedMs?: number;
}

export const ONLY_ASSOCIATED_FILTER = defineCheck({
  id: "state/only-associated-filter",
  family: "state",
  source: "aws-model",
  severity: "failure",
  rule: "The administrator's list of members, asked for associated members only (by the filter, or by its default where the documentation gives one), lists the members whose relationship is enabled; asked for all, it lists every existing member.",
  statements: [],
  run({ operation, administrator, onlyAssociated, defaultAssociatedOnly, listed, members, waitedMs = 0 }: MemberListing) {
    if (members.size === 0) return NOT_APPLICABLE;
    const shown = new Set(listed);
    const reading = onlyAssociated ?? defaultAssociatedOnly;
    if (reading !== undefined) {
      const how =
        onlyAssociated === undefined
          ? `without the associated-only filter (${String(reading).toUpperCase()} by default)`
          : `with the associated-only filter ${String(onlyAssociated).toUpperCase()}`;
      return judged(operation, filterBreaches(shown, members, reading, `${administrator}'s ${operation} ${how}`, { administrator, onlyAssociated, waitedMs }));
    }
    // No documented default: the associated members alone, or every member, as long as it is one of the two.
    const asAssociatedOnly = filterBreaches(shown, members, true, "", {});
    const asEvery = filterBreaches(shown, members, false, "", {});
    return judged(operation, [
      asAssociatedOnly.length > 0 &&
        asEvery.length > 0 && {
          title: `${administrator}'s ${operation} without the associated-only filter (whose default the documentation leaves open) lists neither its associated members alone nor every member${afterWaiting(waitedMs)}`,
          facts: { administrator, listed: [...shown], members: Object.fromEntries(members), waitedMs },
          discriminator: "neither-reading",
        },
    ]);
  },
});

/** How a listing breaks the filter read as `associatedOnly`: a member it must show left out, one it must not show listed. */
function filterBreaches(
  shown: ReadonlySet<unknown>,
  members: ReadonlyMap<string, boolean | undefined>,
  associatedOnly: boolean,
  what: string,
  facts: Record<string, unknown>,
): Breach[] {
  const waited = afterWaiting(Number(facts.waitedMs ?? 0));
  const breaches: Breach[] = [];
  for (const [id, associated] of members) {
    if (associated === undefined) continue;
    const mustShow = !associatedOnly || associated;
    if (mustShow && !shown.has(id))
      breaches.push({
        title: `${what} leaves out its ${associated ? "associated " : ""}member ${id}${waited}`,
        facts: { ...facts, member: id, associated, listed: [...shown] },
        discriminator: associatedOnly ? "associated-left-out" : "member-left-out",
      });
    if (!mustShow && shown.has(id))
      breaches.push({
        title: `${what} lists ${id}, a member that is not associated (not ENABLED)${waited}`,
        facts: { ...facts, member: id },
        discriminator: "not-associated-listed",
      });
  }
  return breaches;
}

export const LIFECYCLE_CHECKS = [
  CREATED_MEMBER_SHOWN,
  ACCEPT_ASSOCIATES,
  DISASSOCIATE_REMOVES,
  RESIGN_SHOWS_RESIGNED,
  DELETE_REMOVES_MEMBER,
  ADMINISTRATOR_SHOWN,
  COUNT_EXCLUDES_ACCEPTED,
  ONLY_ASSOCIATED_FILTER,
] as const;
