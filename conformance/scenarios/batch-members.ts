/**
 * The administrator's batch operations that change its members, at every batch size: creating members of accounts it
 * never made its members (up to the model's maximum), and disassociating associated members, accounts that are none,
 * and both mixed; what its read of the members shows of each afterwards.
 */
import fc from "fast-check";
import { DISASSOCIATE_REMOVES } from "../../checks/lifecycle.ts";
import { memberStatusOf } from "../../checks/member-status.ts";
import { accountId, mixedBatch } from "../../generators/accounts.ts";
import { batchMaxItems, coverageBatches } from "../../generators/batch-shapes.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { associate, judgeEligibility } from "./membership-steps.ts";

export interface MemberBatchCase {
  administrator: string;
  batch: { accountId: string; eligible: boolean }[];
}

const ADMINISTRATOR = "000000000001";

/** What `administrator`'s read of its members shows of `ids` (status by id; absent: not a member), read again (bounded) until `done` holds. */
async function settledStatuses(run: CaseRun, administrator: string, ids: readonly string[], done: (shown: Map<string, unknown>) => boolean) {
  const { family } = run;
  return run.settle(async () => {
    const answer = await run.call(family.operation("getMembers"), administrator, family.accounts("getMembers", ids), admittedCall());
    return answer.status === 200 ? new Map(family.members(answer.body).map((m) => [String(m.accountId), m.status])) : undefined;
  }, done);
}

/**
 * Creating members of accounts the administrator never made its members, from one to the model's maximum: every one
 * is processed, and its read of the members then shows each. Which other accounts the call refuses (itself, another
 * administrator's member) the documentation leaves open, so its batches are all eligible.
 */
export function createMembersScenario(family: Family): Scenario<MemberBatchCase> {
  const operation = operationOf(family.spec, family.operation("createMembers"));
  const max = batchMaxItems(operation);
  return {
    name: `semantics/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "unprocessed-accounts"],
    description: `${operation.name} naming accounts that are not yet members, in batches of one to ${max ?? "ten"}: each processed, and shown by ${family.operation("getMembers")}`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
    requestsPerCase: 4,
    coverage: coverageBatches(max, ["eligible"]).map((batch) => ({ administrator: ADMINISTRATOR, batch })),
    arbitrary: fc
      .record({
        administrator: accountId(),
        batch: fc
          .uniqueArray(accountId(), { minLength: 1, maxLength: Math.min(max ?? 8, 8) })
          .map((ids) => ids.map((id) => ({ accountId: id, eligible: true }))),
      })
      .filter(({ administrator, batch }) => !batch.some((e) => e.accountId === administrator)),
    async run(run, input) {
      const administrator = run.fresh.map(input.administrator);
      const ids = input.batch.map((e) => run.fresh.map(e.accountId));
      await run.enable([administrator]);
      const created = await run.call(operation.name, administrator, family.accounts("createMembers", ids), admittedCall());
      judgeEligibility(run, operation.name, created, { eligible: ids, ineligible: [], malformed: [] });
      if (created.status !== 200) return;
      const shown = await settledStatuses(run, administrator, ids, (statuses) => ids.every((id) => statuses.has(id)));
      const missing = shown.value ? ids.filter((id) => !shown.value!.has(id)) : [];
      // The read names them as its members: the ones it lists unprocessed are ones the create call did not create.
      if (missing.length > 0) {
        const read = await run.call(family.operation("getMembers"), administrator, family.accounts("getMembers", ids), admittedCall());
        judgeEligibility(run, family.operation("getMembers"), read, { eligible: ids, ineligible: [], malformed: [] });
      }
      await run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", ids), { judge: false });
    },
  };
}

/**
 * Disassociating associated members, accounts that are none, and both mixed, in batches of one to ten (or the model's
 * maximum): each associated one shows Removed afterwards. What the call answers for an account that is no member the
 * documentation leaves open, so only a batch of associated members is one the state lets succeed.
 */
export function disassociateMembersScenario(family: Family): Scenario<MemberBatchCase> {
  const operation = operationOf(family.spec, family.operation("disassociateMembers"));
  const max = batchMaxItems(operation);
  return {
    name: `semantics/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "state"],
    description: `${operation.name} naming associated members and accounts that are none, in batches of one to ${max ?? "ten"}: each associated one shows Removed`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
    requestsPerCase: 20,
    coverage: coverageBatches(max).map((batch) => ({ administrator: ADMINISTRATOR, batch })),
    arbitrary: fc
      .record({ administrator: accountId(), batch: mixedBatch({ maxLength: 4 }) })
      .filter(({ administrator, batch }) => !batch.some((e) => e.accountId === administrator)),
    async run(run, input) {
      const administrator = run.fresh.map(input.administrator);
      const batch = input.batch.map((e) => ({ ...e, accountId: run.fresh.map(e.accountId) }));
      const wanted = batch.filter((e) => e.eligible).map((e) => e.accountId);
      await run.enable([administrator, ...wanted]);
      const outcomes = await Promise.all(wanted.map((member) => associate(run, administrator, member)));
      const associated = wanted.filter((_, i) => outcomes[i]);
      const ids = batch.map((e) => e.accountId);
      const onlyAssociated = associated.length === ids.length;
      const call = await run.call(operation.name, administrator, family.accounts("disassociateMembers", ids), admittedCall(onlyAssociated));
      const step = { operation: operation.name, shownBy: family.operation("getMembers"), administrator };
      if (call.status >= 200 && call.status < 300 && associated.length > 0) {
        const after = await settledStatuses(run, administrator, associated, (statuses) =>
          associated.every((id) => memberStatusOf(statuses.get(id)) === "removed"),
        );
        for (const member of associated) {
          const status = after.value?.get(member);
          const read = after.value === undefined ? undefined : status === undefined ? ({ kind: "not-a-member" } as const) : memberRead(status);
          run.judge(DISASSOCIATE_REMOVES, { ...step, member, callStatus: call.status, read, waitedMs: after.waitedMs }, call.exchange);
        }
      } else if (onlyAssociated && associated.length > 0) {
        run.judge(DISASSOCIATE_REMOVES, { ...step, member: associated[0]!, callStatus: call.status, read: undefined, waitedMs: 0 }, call.exchange);
      }
      if (wanted.length > 0) await run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", wanted), { judge: false });
    },
  };
}

function memberRead(status: unknown) {
  return { kind: "member" as const, status, email: undefined, administratorId: undefined, masterId: undefined };
}
