/**
 * Accepting an invitation without a matching one (none at all, or a pending one named by the wrong invitation id)
 * must fail; accepting the right one ends the invitation's pending state.
 */
import fc from "fast-check";
import { ACCEPT_NEEDS_INVITATION, LISTING_CHECKS } from "../../checks/effects.ts";
import { accountId } from "../../generators/accounts.ts";
import type { CaseRun } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { invite, listedInvitationId, settledListing } from "./membership-steps.ts";

export interface AcceptCase {
  invitee: string;
  administrator: string;
  stranger: string;
  invitationId: string;
}

export function acceptInvitationScenario(family: Family): Scenario<AcceptCase> {
  const operationName = family.operation("acceptInvitation");
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["state"],
    description: `${operationName} naming an administrator that sent no invitation, or a pending invitation by a wrong invitation id, must fail; an accepted invitation is no longer pending`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
    requestsPerCase: 12,
    coverage: [{ invitee: "000000000001", administrator: "000000000002", stranger: "000000000003", invitationId: "00000000-0000-4000-8000-000000000000" }],
    arbitrary: fc
      .record({ invitee: accountId(), administrator: accountId(), stranger: accountId(), invitationId: fc.uuid() })
      .filter(({ invitee, administrator, stranger }) => new Set([invitee, administrator, stranger]).size === 3),
    // Every case tries all three: an administrator that sent nothing, a wrong invitation id, then the right one.
    async run(run, input) {
      const [invitee, administrator, stranger] = [input.invitee, input.administrator, input.stranger].map((id) => run.fresh.map(id)) as [
        string,
        string,
        string,
      ];
      await run.enable([invitee, administrator, stranger]);
      const fromStranger = await run.call(operationName, invitee, family.accept(stranger, input.invitationId));
      run.judge(ACCEPT_NEEDS_INVITATION, { operation: operationName, invitee, administrator: stranger, status: fromStranger.status }, fromStranger.exchange);
      if (!(await invite(run, administrator, invitee))) return;
      const wrongId = await run.call(operationName, invitee, family.accept(administrator, input.invitationId));
      run.judge(ACCEPT_NEEDS_INVITATION, { operation: operationName, invitee, administrator, status: wrongId.status }, wrongId.exchange);
      await acceptRightInvitation(run, invitee, administrator);
      await run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", [invitee]), { judge: false });
    },
  };
}

/** Accepts the invitation by the id the invitee's listing shows; once accepted, it must not stay listed as pending. */
async function acceptRightInvitation(run: CaseRun, invitee: string, administrator: string): Promise<void> {
  const invitationId = await listedInvitationId(run, invitee, administrator);
  if (invitationId === undefined) return;
  const accepted = await run.call(run.family.operation("acceptInvitation"), invitee, run.family.accept(administrator, invitationId));
  if (accepted.status < 200 || accepted.status >= 300) return;
  const after = await settledListing(run, invitee, (listing) => !listing.pending.includes(administrator));
  if (after.value)
    run.judge(LISTING_CHECKS, {
      operation: run.family.operation("listInvitations"),
      invitee,
      mustList: [],
      mustNotList: [administrator],
      listed: after.value.pending,
      waitedMs: after.waitedMs,
    });
}
