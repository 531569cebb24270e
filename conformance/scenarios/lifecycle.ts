/**
 * One member's lifecycle, step by step, with what the reads show after each: created (Created, with its email),
 * invited (Invited; no administrator yet), declined, accepted (Enabled; the member's read of its administrator names
 * it; its count of invitations leaves the accepted one out), disassociated by the administrator (Removed) or by itself
 * (Resigned; neither names the administrator any more), and deleted (no member, or Deleted).
 */
import fc from "fast-check";
import { LISTING_CHECKS } from "../../checks/effects.ts";
import {
  ACCEPT_ASSOCIATES,
  COUNT_EXCLUDES_ACCEPTED,
  CREATED_MEMBER_SHOWN,
  DELETE_REMOVES_MEMBER,
  DISASSOCIATE_REMOVES,
  RESIGN_SHOWS_RESIGNED,
} from "../../checks/lifecycle.ts";
import { type LifecycleStatus, memberStatusOf } from "../../checks/member-status.ts";
import { accountId } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { processed } from "../answer-reader.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { judgeAdministrator, judgeEligibility, judgeInviteEffects, listedInvitationId, settledListing, settledMember } from "./membership-steps.ts";

/** How far the member goes: each path ends with the administrator deleting it. */
export const PATHS = ["created", "invited", "declined", "accepted", "disassociated", "resigned"] as const;
export type LifecyclePath = (typeof PATHS)[number];

export interface LifecycleCase {
  administrator: string;
  member: string;
  email: string | null;
  path: LifecyclePath;
}

const reaches = (path: LifecyclePath, step: LifecyclePath): boolean => {
  const order: Record<LifecyclePath, readonly LifecyclePath[]> = {
    created: ["created"],
    invited: ["created", "invited"],
    declined: ["created", "invited", "declined"],
    accepted: ["created", "invited", "accepted"],
    disassociated: ["created", "invited", "accepted", "disassociated"],
    resigned: ["created", "invited", "accepted", "resigned"],
  };
  return order[path].includes(step);
};

export function lifecycleScenario(family: Family): Scenario<LifecycleCase> {
  const op = (role: Parameters<Family["operation"]>[0]): string => family.operation(role);
  return {
    name: "lifecycle/member",
    operations: [
      op("createMembers"),
      op("getMembers"),
      op("acceptInvitation"),
      op("getAdministrator"),
      op("getInvitationsCount"),
      op("disassociateMembers"),
      op("disassociateFromAdministrator"),
      op("deleteMembers"),
    ],
    families: ["state"],
    description: `A member created, invited, declined or accepted, disassociated by either side and deleted: after each step the administrator's ${op("getMembers")}, the member's ${op("getAdministrator")} and ${op("getInvitationsCount")} show what the documentation says`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
    requestsPerCase: 16,
    // Every path, the first with an email.
    coverage: PATHS.map((path, i) => ({ administrator: "000000000001", member: "000000000002", email: i === 0 ? "member@example.com" : null, path })),
    arbitrary: fc
      .record({ administrator: accountId(), member: accountId(), email: fc.option(fc.emailAddress(), { nil: null }), path: fc.constantFrom(...PATHS) })
      .filter(({ administrator, member }) => administrator !== member),
    async run(run, input) {
      const administrator = run.fresh.map(input.administrator);
      const member = run.fresh.map(input.member);
      const email = input.email ?? undefined;
      await run.enable([administrator, member]);
      if (await lifecycle(run, administrator, member, email, input.path)) await deleteMember(run, administrator, member);
    },
  };
}

/** Plays the path up to its last step; false when a step could not be taken (what it showed is judged already). */
async function lifecycle(run: CaseRun, administrator: string, member: string, email: string | undefined, path: LifecyclePath): Promise<boolean> {
  const { family } = run;
  const read = family.operation("getMembers");
  const createMembers = family.operation("createMembers");
  // An email is the model's string only: a service may check it as an address, so a call with one is not sent as admitted.
  const created = await run.call(
    createMembers,
    administrator,
    family.accounts("createMembers", [member], () => email),
    admittedCall(email === undefined),
  );
  judgeEligibility(run, createMembers, created, { eligible: [member], ineligible: [], malformed: [] });
  if (!processed(operationOf(run.session.spec, createMembers), created, member)) return false;
  const shown = await settledMember(run, administrator, member, (seen) => hasStatus(seen, "created"));
  run.judge(CREATED_MEMBER_SHOWN, { operation: createMembers, shownBy: read, administrator, member, read: shown.value, waitedMs: shown.waitedMs, email });
  if (path === "created") return true;

  const inviteMembers = family.operation("inviteMembers");
  const invited = await run.call(inviteMembers, administrator, family.accounts("inviteMembers", [member]), admittedCall());
  judgeEligibility(run, inviteMembers, invited, { eligible: [member], ineligible: [], malformed: [] });
  if (!processed(operationOf(run.session.spec, inviteMembers), invited, member)) return true;
  await judgeInviteEffects(run, administrator, [member], [member]);
  await judgeAdministrator(run, member, [{ associatedWith: undefined, formerly: administrator }]);
  if (path === "invited") return true;

  const listing = await settledListing(run, member, (seen) => seen.pending.includes(administrator));
  if (!listing.value?.pending.includes(administrator)) return true;
  if (path === "declined") {
    const declineInvitations = family.operation("declineInvitations");
    const declined = await run.call(declineInvitations, member, family.accounts("declineInvitations", [administrator]), admittedCall());
    judgeEligibility(run, declineInvitations, declined, { eligible: [administrator], ineligible: [], malformed: [] });
    return true;
  }

  const invitationId = await listedInvitationId(run, member, administrator);
  if (invitationId === undefined) return true;
  const acceptInvitation = family.operation("acceptInvitation");
  const accepted = await run.call(acceptInvitation, member, family.accept(administrator, invitationId));
  const associated = succeeded(accepted.status);
  const enabled = associated ? await settledMember(run, administrator, member, (seen) => hasStatus(seen, "enabled")) : undefined;
  run.judge(
    ACCEPT_ASSOCIATES,
    {
      operation: acceptInvitation,
      shownBy: read,
      listedBy: family.operation("listInvitations"),
      createdBy: createMembers,
      administrator,
      member,
      acceptStatus: accepted.status,
      read: enabled?.value,
      waitedMs: enabled?.waitedMs ?? 0,
    },
    accepted.exchange,
  );
  if (!associated) return true;
  await judgeAdministrator(run, member, [{ associatedWith: administrator, formerly: undefined }]);
  // The accepted invitation may stay counted a moment: read again (bounded) before calling the count wrong.
  const getInvitationsCount = family.operation("getInvitationsCount");
  const readCount = async () => {
    const answer = await run.call(getInvitationsCount, member);
    return answer.status === 200 ? { count: family.invitationsCount(answer.body), exchange: answer.exchange } : undefined;
  };
  const count = await run.settle(readCount, (seen) => seen.count === undefined || seen.count <= 0);
  if (count.value)
    run.judge(
      COUNT_EXCLUDES_ACCEPTED,
      { operation: getInvitationsCount, member, count: count.value.count, sentOtherThanAccepted: 0, waitedMs: count.waitedMs },
      count.value.exchange,
    );
  const after = await settledListing(run, member, (seen) => !seen.pending.includes(administrator));
  if (after.value)
    run.judge(LISTING_CHECKS, {
      operation: family.operation("listInvitations"),
      invitee: member,
      mustList: [],
      mustNotList: [administrator],
      listed: after.value.pending,
      waitedMs: after.waitedMs,
    });
  if (path === "accepted") return true;

  if (reaches(path, "disassociated")) {
    const disassociateMembers = family.operation("disassociateMembers");
    const call = await run.call(disassociateMembers, administrator, family.accounts("disassociateMembers", [member]));
    const removed = succeeded(call.status) ? await settledMember(run, administrator, member, (seen) => hasStatus(seen, "removed")) : undefined;
    run.judge(
      DISASSOCIATE_REMOVES,
      {
        operation: disassociateMembers,
        shownBy: read,
        madeBy: [family.operation("createMembers"), family.operation("inviteMembers")],
        administrator,
        member,
        callStatus: call.status,
        read: removed?.value,
        waitedMs: removed?.waitedMs ?? 0,
      },
      call.exchange,
    );
  } else {
    const resign = family.operation("disassociateFromAdministrator");
    const call = await run.call(resign, member);
    const resigned = succeeded(call.status) ? await settledMember(run, administrator, member, (seen) => hasStatus(seen, "resigned")) : undefined;
    run.judge(
      RESIGN_SHOWS_RESIGNED,
      { operation: resign, shownBy: read, administrator, member, callStatus: call.status, read: resigned?.value, waitedMs: resigned?.waitedMs ?? 0 },
      call.exchange,
    );
  }
  await judgeAdministrator(run, member, [{ associatedWith: undefined, formerly: administrator }]);
  return true;
}

/** The administrator deletes the member: its read of the member no longer shows it as one. */
async function deleteMember(run: CaseRun, administrator: string, member: string): Promise<void> {
  const { family } = run;
  const deleteMembers = family.operation("deleteMembers");
  const deleted = await run.call(deleteMembers, administrator, family.accounts("deleteMembers", [member]), admittedCall());
  judgeEligibility(run, deleteMembers, deleted, { eligible: [member], ineligible: [], malformed: [] });
  if (!processed(operationOf(run.session.spec, deleteMembers), deleted, member)) return;
  const gone = await settledMember(run, administrator, member, (seen) => seen.kind === "not-a-member" || hasStatus(seen, "deleted"));
  run.judge(DELETE_REMOVES_MEMBER, {
    operation: deleteMembers,
    shownBy: family.operation("getMembers"),
    administrator,
    member,
    read: gone.value,
    waitedMs: gone.waitedMs,
  });
}

const succeeded = (status: number): boolean => status >= 200 && status < 300;

function hasStatus(read: { kind: string; status?: unknown }, status: LifecycleStatus): boolean {
  return read.kind === "member" && memberStatusOf(read.status) === status;
}
