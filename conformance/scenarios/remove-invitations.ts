/**
 * Declining and deleting invitations, with batches mixing administrators that invited the caller and administrators
 * that did not, while one more administrator's invitation stands by, not named.
 */
import fc from "fast-check";
import { accountId, mixedBatch } from "../../generators/accounts.ts";
import { batchMaxItems, coverageBatches } from "../../generators/batch-shapes.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { unprocessedIds } from "../answer-reader.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { invite, judgeEligibility, judgePendingListed, judgeRemovalEffects } from "./membership-steps.ts";

export interface RemoveInvitationsCase {
  invitee: string;
  batch: { accountId: string; eligible: boolean }[];
  bystander: string | null;
}

const id = (n: number): string => String(n).padStart(12, "0");
const sender = (n: number) => ({ accountId: id(n), eligible: true });
const stranger = (n: number) => ({ accountId: id(n), eligible: false });

/**
 * Batches of every size up to the model's maximum naming administrators with a pending invitation, without one, and
 * both mixed (an invitee with pending invitations from many administrators); several mixed while another's stands by,
 * and one with a bystander.
 */
const coverage = (maxItems: number | undefined): RemoveInvitationsCase[] => [
  ...coverageBatches(maxItems).map((batch) => ({ invitee: id(1), batch, bystander: null })),
  { invitee: id(1), batch: [sender(10), stranger(20), sender(11)], bystander: id(30) },
  { invitee: id(1), batch: [sender(10)], bystander: id(30) },
];

/**
 * Deleting invitations in the administrators' hands, as Security Hub's model has it today ("A Security Hub CSPM
 * administrator account can use this operation to delete invitations sent to one or more prospective member accounts", AccountIds
 * "member account IDs that received the invitations"): each administrator names the invitee. The administrators
 * whose invitation it deleted, each call judged as a batch that names one invitation it sent.
 */
export async function administratorDeletes(run: CaseRun, invitee: string, administrators: readonly string[]): Promise<string[]> {
  const operationName = run.family.operation("deleteInvitations");
  const operation = operationOf(run.session.spec, operationName);
  const answers = await Promise.all(
    administrators.map((administrator) => run.call(operationName, administrator, run.family.accounts("deleteInvitations", [invitee]), admittedCall())),
  );
  const deleted = administrators.filter((_, i) => answers[i]!.status === 200 && !unprocessedIds(operation, answers[i]!).has(invitee));
  // Once the target deletes in this reading, each administrator's call names an invitation it sent.
  if (deleted.length > 0) for (const answer of answers) judgeEligibility(run, operationName, answer, { eligible: [invitee], ineligible: [], malformed: [] });
  return deleted;
}

export function removeInvitationsScenario(family: Family, role: "declineInvitations" | "deleteInvitations"): Scenario<RemoveInvitationsCase> {
  const operationName = family.operation(role);
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts", "state", "isolation"],
    description: `${operationName} naming administrators with and without a pending invitation: the latter listed unprocessed, the former's invitations gone, others kept`,
    cases: (runs) => runs,
    requestsPerCase: 13,
    coverage: coverage(batchMaxItems(operationOf(family.spec, operationName))),
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
      const outcomes = await Promise.all(inviters.map((administrator) => invite(run, administrator, invitee, { awaitVisible: false })));
      const invited = inviters.filter((_, i) => outcomes[i]);
      const eligible = batch.map((e) => e.accountId).filter((id) => invited.includes(id));
      const ineligible = batch.filter((e) => !e.eligible).map((e) => e.accountId);
      // The removal depends on the invitations: wait (bounded) until all show, and judge that they do.
      await judgePendingListed(run, invitee, invited);

      const operation = operationOf(run.session.spec, operationName);
      const removal = await run.call(
        operationName,
        invitee,
        family.accounts(
          role,
          batch.map((e) => e.accountId),
        ),
        admittedCall(),
      );
      const listed = unprocessedIds(operation, removal);
      let processed = removal.status === 200 ? eligible.filter((id) => !listed.has(id)) : [];
      // Who deletes an invitation AWS says two ways (see administratorDeletes): a target that processed none of the
      // invitee's may delete in the administrators' hands instead. Only one that deletes in neither fails.
      const deletedBy = role === "deleteInvitations" && eligible.length > 0 && processed.length === 0 ? await administratorDeletes(run, invitee, eligible) : [];
      if (deletedBy.length > 0) {
        // Read as the administrators' operation, the invitee's call named no invitation it sent: all unprocessed.
        judgeEligibility(run, operation.name, removal, { eligible: [], ineligible: [...eligible, ...ineligible], malformed: [] });
        processed = deletedBy;
      } else {
        judgeEligibility(run, operation.name, removal, { eligible, ineligible, malformed: [] });
      }
      await judgeRemovalEffects(run, operationName, invitee, processed, standing && invited.includes(standing) ? [standing] : [], invited);
      await Promise.all(
        invited.map((administrator) =>
          run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", [invitee]), { judge: false }),
        ),
      );
    },
  };
}
