/**
 * One member's lifecycle, step by step, with what the reads show after each: created (Created, with its Email),
 * invited (Invited; no administrator yet), declined, accepted (Enabled; GetAdministratorAccount names the
 * administrator; GetInvitationsCount leaves the accepted invitation out), disassociated by the administrator
 * (Removed) or by itself (Resigned; neither names the administrator any more), and deleted (no member, or Deleted).
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
import { memberStatusOf, type MemberStatus } from "../../checks/member-status.ts";
import { accountId } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { numberIn, objectsIn, processed } from "../answer-reader.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";
import { judgeAdministrator, judgeEligibility, judgeInviteEffects, settledListing, settledMember } from "./membership-steps.ts";

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

export const lifecycleScenario: Scenario<LifecycleCase> = {
  name: "lifecycle/member",
  operations: [
    "CreateMembers",
    "GetMembers",
    "AcceptAdministratorInvitation",
    "GetAdministratorAccount",
    "GetInvitationsCount",
    "DisassociateMembers",
    "DisassociateFromAdministratorAccount",
    "DeleteMembers",
  ],
  families: ["state"],
  description:
    "A member created, invited, declined or accepted, disassociated by either side and deleted: after each step the administrator's GetMembers, the member's GetAdministratorAccount and GetInvitationsCount show what the documentation says",
  cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
  requestsPerCase: 16,
  // Every path, the first with an Email.
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

/** Plays the path up to its last step; false when a step could not be taken (what it showed is judged already). */
async function lifecycle(run: CaseRun, administrator: string, member: string, email: string | undefined, path: LifecyclePath): Promise<boolean> {
  // An Email is the model's string only: a service may check it as an address, so a call with one is not sent as admitted.
  const created = await run.call(
    "CreateMembers",
    administrator,
    { AccountDetails: [{ AccountId: member, ...(email ? { Email: email } : {}) }] },
    admittedCall(email === undefined),
  );
  judgeEligibility(run, "CreateMembers", created, { eligible: [member], ineligible: [], malformed: [] });
  if (!processed(operationOf(run.session.spec, "CreateMembers"), created, member)) return false;
  const shown = await settledMember(run, administrator, member, (read) => hasStatus(read, "created"));
  run.judge(CREATED_MEMBER_SHOWN, { administrator, member, read: shown.value, waitedMs: shown.waitedMs, email });
  if (path === "created") return true;

  const invited = await run.call("InviteMembers", administrator, { AccountIds: [member] }, admittedCall());
  judgeEligibility(run, "InviteMembers", invited, { eligible: [member], ineligible: [], malformed: [] });
  if (!processed(operationOf(run.session.spec, "InviteMembers"), invited, member)) return true;
  await judgeInviteEffects(run, administrator, [member], [member]);
  await judgeAdministrator(run, member, [{ associatedWith: undefined, formerly: administrator }]);
  if (path === "invited") return true;

  const listing = await settledListing(run, member, (seen) => seen.pending.includes(administrator));
  if (!listing.value?.pending.includes(administrator)) return true;
  if (path === "declined") {
    const declined = await run.call("DeclineInvitations", member, { AccountIds: [administrator] }, admittedCall());
    judgeEligibility(run, "DeclineInvitations", declined, { eligible: [administrator], ineligible: [], malformed: [] });
    return true;
  }

  const listed = await run.call("ListInvitations", member, {});
  const invitationId = objectsIn(listed.body, "Invitations").find((i) => i.AccountId === administrator)?.InvitationId;
  if (typeof invitationId !== "string") return true;
  const accepted = await run.call("AcceptAdministratorInvitation", member, { AdministratorId: administrator, InvitationId: invitationId });
  const associated = succeeded(accepted.status);
  const enabled = associated ? await settledMember(run, administrator, member, (read) => hasStatus(read, "enabled")) : undefined;
  run.judge(
    ACCEPT_ASSOCIATES,
    { administrator, member, acceptStatus: accepted.status, read: enabled?.value, waitedMs: enabled?.waitedMs ?? 0 },
    accepted.exchange,
  );
  if (!associated) return true;
  await judgeAdministrator(run, member, [{ associatedWith: administrator, formerly: undefined }]);
  // The accepted invitation may stay counted a moment: read again (bounded) before calling the count wrong.
  const readCount = async () => {
    const answer = await run.call("GetInvitationsCount", member);
    return answer.status === 200 ? { count: numberIn(answer.body, "InvitationsCount"), exchange: answer.exchange } : undefined;
  };
  const count = await run.settle(readCount, (read) => read.count === undefined || read.count <= 0);
  if (count.value)
    run.judge(COUNT_EXCLUDES_ACCEPTED, { member, count: count.value.count, sentOtherThanAccepted: 0, waitedMs: count.waitedMs }, count.value.exchange);
  const after = await settledListing(run, member, (seen) => !seen.pending.includes(administrator));
  if (after.value)
    run.judge(LISTING_CHECKS, { invitee: member, mustList: [], mustNotList: [administrator], listed: after.value.pending, waitedMs: after.waitedMs });
  if (path === "accepted") return true;

  if (reaches(path, "disassociated")) {
    const call = await run.call("DisassociateMembers", administrator, { AccountIds: [member] });
    const removed = succeeded(call.status) ? await settledMember(run, administrator, member, (read) => hasStatus(read, "removed")) : undefined;
    run.judge(DISASSOCIATE_REMOVES, { administrator, member, callStatus: call.status, read: removed?.value, waitedMs: removed?.waitedMs ?? 0 }, call.exchange);
  } else {
    const call = await run.call("DisassociateFromAdministratorAccount", member);
    const resigned = succeeded(call.status) ? await settledMember(run, administrator, member, (read) => hasStatus(read, "resigned")) : undefined;
    run.judge(
      RESIGN_SHOWS_RESIGNED,
      { administrator, member, callStatus: call.status, read: resigned?.value, waitedMs: resigned?.waitedMs ?? 0 },
      call.exchange,
    );
  }
  await judgeAdministrator(run, member, [{ associatedWith: undefined, formerly: administrator }]);
  return true;
}

/** The administrator deletes the member: GetMembers no longer shows it as a member. */
async function deleteMember(run: CaseRun, administrator: string, member: string): Promise<void> {
  const deleted = await run.call("DeleteMembers", administrator, { AccountIds: [member] }, admittedCall());
  judgeEligibility(run, "DeleteMembers", deleted, { eligible: [member], ineligible: [], malformed: [] });
  if (!processed(operationOf(run.session.spec, "DeleteMembers"), deleted, member)) return;
  const gone = await settledMember(run, administrator, member, (read) => read.kind === "not-a-member" || hasStatus(read, "deleted"));
  run.judge(DELETE_REMOVES_MEMBER, { administrator, member, read: gone.value, waitedMs: gone.waitedMs });
}

const succeeded = (status: number): boolean => status >= 200 && status < 300;

function hasStatus(read: { kind: string; status?: unknown }, status: MemberStatus): boolean {
  return read.kind === "member" && memberStatusOf(read.status) === status;
}
