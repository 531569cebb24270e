/**
 * InviteMembers with batches mixing members (created first) and non-members: which are reported
 * unprocessed, and what each invitee and the administrator see afterwards.
 */
import fc from "fast-check";
import { accountId, malformedAccountId, mixedBatch } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { unprocessedIds } from "../answer-reader.ts";
import type { Scenario } from "../scenario.ts";
import { createMembers, judgeEligibility, judgeInviteEffects } from "./membership-steps.ts";

export interface InviteCase {
  administrator: string;
  batch: { accountId: string; eligible: boolean }[];
  malformed: string[];
}

export const inviteMembersScenario: Scenario<InviteCase> = {
  name: "semantics/InviteMembers",
  operations: ["InviteMembers"],
  families: ["unprocessed-accounts", "state"],
  description: "InviteMembers with members and non-members mixed: non-members listed unprocessed, members invited and visible to invitee and administrator",
  cases: (runs) => runs,
  arbitrary: fc
    .record({ administrator: accountId(), batch: mixedBatch({ minLength: 0, maxLength: 6 }), malformed: fc.array(malformedAccountId(), { maxLength: 1 }) })
    .filter(({ administrator, batch }) => !batch.some((e) => e.accountId === administrator)),
  async run(run, input) {
    const fresh = (id: string): string => run.fresh.map(id);
    const administrator = fresh(input.administrator);
    const batch = input.batch.map((e) => ({ ...e, accountId: fresh(e.accountId) }));
    await run.enable([administrator, ...batch.map((e) => e.accountId)]);
    const eligible = await createMembers(run, administrator, batch.filter((e) => e.eligible).map((e) => e.accountId));
    const ineligible = batch.filter((e) => !e.eligible).map((e) => e.accountId);
    const ids = [...batch.map((e) => e.accountId), ...input.malformed];

    const operation = operationOf(run.session.spec, "InviteMembers");
    const invite = await run.call("InviteMembers", administrator, { AccountIds: ids });
    judgeEligibility(run, operation.name, invite, { eligible, ineligible, malformed: input.malformed });

    const listed = unprocessedIds(operation, invite);
    const processed = invite.status === 200 ? eligible.filter((id) => !listed.has(id)) : [];
    const named = batch.map((e) => e.accountId);
    await judgeInviteEffects(run, administrator, named, processed);
    if (eligible.length > 0) await run.call("DeleteMembers", administrator, { AccountIds: eligible }, { judge: false });
  },
};

