/**
 * Inviting members, with batches mixing members (created first), accounts never created, accounts that only another
 * administrator created as its members, and ids that are not account ids: which are reported unprocessed, and what
 * each invitee and the administrator see afterwards.
 */
import fc from "fast-check";
import { accountId, malformedAccountId, mixedBatch, type BatchEntry } from "../../generators/accounts.ts";
import { coverageBatches } from "../../generators/batch-shapes.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { batchMayBeRejected } from "../../checks/unprocessed-accounts.ts";
import { unprocessedIds } from "../answer-reader.ts";
import { admittedCall } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { createMembers, judgeEligibility, judgeInviteEffects } from "./membership-steps.ts";

export interface InviteCase {
  administrator: string;
  batch: BatchEntry[];
  malformed: string[];
  /** Accounts another administrator created as its members, which this one never did: not its members, so ineligible. */
  othersMembers: string[];
}

const id = (n: number): string => String(n).padStart(12, "0");
/** The other administrator of a case: derived from the first one's id, so the case needs no more input. */
const otherAdministrator = (administrator: string): string => administrator.replace(/\d$/, (d) => String((Number(d) + 5) % 10));
const member = (n: number): BatchEntry => ({ accountId: id(n), eligible: true });
const invite = (batch: BatchEntry[], more: Partial<InviteCase> = {}): InviteCase => ({
  administrator: id(1),
  batch,
  malformed: [],
  othersMembers: [],
  ...more,
});

/**
 * Batches of every size (members, non-members and both mixed), with an id that is not an account id, an empty batch,
 * and another administrator's member. InviteMembers' AccountIds states no maximum.
 */
const COVERAGE: InviteCase[] = [
  ...coverageBatches(undefined).map((batch) => invite(batch)),
  invite([member(10)], { malformed: ["12345"] }),
  invite([]),
  invite([member(10)], { othersMembers: [id(30)] }),
];

export function inviteMembersScenario(family: Family): Scenario<InviteCase> {
  const operationName = family.operation("inviteMembers");
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts", "state"],
    description: `${operationName} with members, non-members and another administrator's members mixed: all but its members listed unprocessed, its members invited and visible to invitee and administrator`,
    cases: (runs) => runs,
    requestsPerCase: 14,
    coverage: COVERAGE,
    arbitrary: fc
      .record({
        administrator: accountId(),
        batch: mixedBatch({ minLength: 0, maxLength: 6 }),
        malformed: fc.array(malformedAccountId(), { maxLength: 1 }),
        othersMembers: fc.uniqueArray(accountId(), { maxLength: 1 }),
      })
      .filter(({ administrator, batch, othersMembers }) => {
        const ids = [administrator, otherAdministrator(administrator), ...batch.map((e) => e.accountId), ...othersMembers];
        return new Set(ids).size === ids.length;
      }),
    async run(run, input) {
      const fresh = (id: string): string => run.fresh.map(id);
      const administrator = fresh(input.administrator);
      const batch = input.batch.map((e) => ({ ...e, accountId: fresh(e.accountId) }));
      const othersMembers = input.othersMembers.map(fresh);
      const other = fresh(otherAdministrator(input.administrator));
      await run.enable([administrator, ...batch.map((e) => e.accountId), ...(othersMembers.length > 0 ? [other, ...othersMembers] : [])]);
      const eligible = await createMembers(
        run,
        administrator,
        batch.filter((e) => e.eligible).map((e) => e.accountId),
      );
      const created = await createMembers(run, other, othersMembers);
      const ineligible = [...batch.filter((e) => !e.eligible).map((e) => e.accountId), ...created];
      const ids = [...batch.map((e) => e.accountId), ...created, ...input.malformed];

      const operation = operationOf(run.session.spec, operationName);
      const eligibility = { eligible, ineligible, malformed: input.malformed };
      const invited = await run.call(operationName, administrator, family.accounts("inviteMembers", ids), admittedCall(!batchMayBeRejected(eligibility)));
      judgeEligibility(run, operationName, invited, eligibility);

      const listed = unprocessedIds(operation, invited);
      const processed = invited.status === 200 ? eligible.filter((id) => !listed.has(id)) : [];
      await judgeInviteEffects(run, administrator, [...batch.map((e) => e.accountId), ...created], processed);
      if (eligible.length > 0) await run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", eligible), { judge: false });
      if (created.length > 0) await run.call(family.operation("deleteMembers"), other, family.accounts("deleteMembers", created), { judge: false });
    },
  };
}
