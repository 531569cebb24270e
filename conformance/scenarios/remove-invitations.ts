/**
 * DeclineInvitations and DeleteInvitations with batches mixing administrators that invited the caller and
 * administrators that did not, while one more administrator's invitation stands by, not named.
 */
import fc from "fast-check";
import { checkDeclineEffects } from "../../checks/effects.ts";
import { checkListsOnlyOwn } from "../../checks/isolation.ts";
import { checkEligibility, unprocessedEntries } from "../../checks/unprocessed-accounts.ts";
import { accountId, mixedBatch } from "../../generators/accounts.ts";
import { operationOf } from "../../specs/spec-model.ts";
import type { CaseRun } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";
import { createMembers, listedAdministrators } from "./invite-members.ts";

export interface RemoveInvitationsCase {
  invitee: string;
  batch: { accountId: string; eligible: boolean }[];
  bystander: string | null;
}

export function removeInvitationsScenario(operationName: "DeclineInvitations" | "DeleteInvitations"): Scenario<RemoveInvitationsCase> {
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts", "state", "isolation"],
    description: `${operationName} naming administrators with and without a pending invitation: the latter listed unprocessed, the former's invitations gone, others kept`,
    cases: (runs) => runs,
    arbitrary: fc
      .record({ invitee: accountId(), batch: mixedBatch({ maxLength: 5 }), bystander: fc.option(accountId(), { nil: null }) })
      .filter(({ invitee, batch, bystander }) => !batch.some((e) => e.accountId === invitee || e.accountId === bystander) && bystander !== invitee),
    async run(run, input) {
      const fresh = (id: string): string => run.fresh.map(id);
      const invitee = fresh(input.invitee);
      const batch = input.batch.map((e) => ({ ...e, accountId: fresh(e.accountId) }));
      const standing = input.bystander === null ? undefined : fresh(input.bystander);
      const inviters = [...batch.filter((e) => e.eligible).map((e) => e.accountId), ...(standing ? [standing] : [])];
      await run.enable([invitee, ...inviters]);
      const invited = (await Promise.all(inviters.map((administrator) => invite(run, administrator, invitee)))).filter((id): id is string => id !== undefined);
      const eligible = batch.map((e) => e.accountId).filter((id) => invited.includes(id));
      const ineligible = batch.filter((e) => !e.eligible).map((e) => e.accountId);

      const removal = await run.call(operationName, invitee, { AccountIds: batch.map((e) => e.accountId) });
      const context = { operation: operationOf(run.session.spec, operationName), intent: { kind: "valid" as const } };
      run.add(checkEligibility(context, { eligible, ineligible, malformed: [] }, removal.exchange), removal.exchange);

      const listed = new Set((unprocessedEntries(context.operation, removal.exchange) ?? []).map((e) => e.AccountId));
      const processed = removal.status === 200 ? eligible.filter((id) => !listed.has(id)) : [];
      const listedAfter = await listedAdministrators(run, invitee);
      run.add(
        checkDeclineEffects({
          operation: operationName,
          invitee,
          processed,
          bystanders: standing && invited.includes(standing) ? [standing] : [],
          listedAfter,
        }),
      );
      run.add(checkListsOnlyOwn(invitee, listedAfter, invited));
      await Promise.all(invited.map((administrator) => run.call("DeleteMembers", administrator, { AccountIds: [invitee] }, { judge: false })));
    },
  };
}

/** Makes `administrator` invite `invitee`; returns the administrator when the target reports it done. */
async function invite(run: CaseRun, administrator: string, invitee: string): Promise<string | undefined> {
  const created = await createMembers(run, administrator, [invitee]);
  if (created.length === 0) return undefined;
  const invited = await run.call("InviteMembers", administrator, { AccountIds: [invitee] });
  const refused = (invited.body.UnprocessedAccounts ?? []).some((e: { AccountId?: string }) => e.AccountId === invitee);
  return invited.status === 200 && !refused ? administrator : undefined;
}
