/**
 * The administrator's batch operations that change its members, at every batch size: CreateMembers with accounts it
 * never made its members (up to the model's maximum), and DisassociateMembers with associated members, accounts that
 * are none, and both mixed; what GetMembers shows of each afterwards.
 */
import fc from "fast-check";
import { DISASSOCIATE_REMOVES } from "../../checks/lifecycle.ts";
import { memberStatusOf } from "../../checks/member-status.ts";
import { accountId, mixedBatch } from "../../generators/accounts.ts";
import { batchMaxItems, coverageBatches } from "../../generators/batch-shapes.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import { objectsIn } from "../answer-reader.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";
import { associate, judgeEligibility } from "./membership-steps.ts";

export interface MemberBatchCase {
  administrator: string;
  batch: { accountId: string; eligible: boolean }[];
}

const ADMINISTRATOR = "000000000001";

/** What `administrator`'s GetMembers shows of `ids` (status by id; absent: not a member), read again (bounded) until `done` holds. */
async function settledStatuses(run: CaseRun, administrator: string, ids: readonly string[], done: (shown: Map<string, unknown>) => boolean) {
  return run.settle(async () => {
    const answer = await run.call("GetMembers", administrator, { AccountIds: ids }, admittedCall());
    return answer.status === 200 ? new Map(objectsIn(answer.body, "Members").map((m) => [String(m.AccountId), m.MemberStatus])) : undefined;
  }, done);
}

/**
 * CreateMembers naming accounts the administrator never made its members, from one to the model's maximum: every one
 * is processed, and GetMembers then shows each. Which other accounts CreateMembers refuses (itself, another
 * administrator's member) the documentation leaves open, so its batches are all eligible.
 */
export function createMembersScenario(operation: OperationSpec): Scenario<MemberBatchCase> {
  const max = batchMaxItems(operation);
  return {
    name: `semantics/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "unprocessed-accounts"],
    description: `${operation.name} naming accounts that are not yet members, in batches of one to ${max ?? "ten"}: each processed, and shown by GetMembers`,
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
      const created = await run.call(operation.name, administrator, { AccountDetails: ids.map((AccountId) => ({ AccountId })) }, admittedCall());
      judgeEligibility(run, operation.name, created, { eligible: ids, ineligible: [], malformed: [] });
      if (created.status !== 200) return;
      const shown = await settledStatuses(run, administrator, ids, (statuses) => ids.every((id) => statuses.has(id)));
      const missing = shown.value ? ids.filter((id) => !shown.value!.has(id)) : [];
      // GetMembers names them as its members: the ones it lists unprocessed are ones CreateMembers did not create.
      if (missing.length > 0) {
        const read = await run.call("GetMembers", administrator, { AccountIds: ids }, admittedCall());
        judgeEligibility(run, "GetMembers", read, { eligible: ids, ineligible: [], malformed: [] });
      }
      await run.call("DeleteMembers", administrator, { AccountIds: ids }, { judge: false });
    },
  };
}

/**
 * DisassociateMembers naming associated members, accounts that are none, and both mixed, in batches of one to ten
 * (or the model's maximum): each associated one shows Removed afterwards. What it answers for an account that is no
 * member the documentation leaves open, so only a batch of associated members is one the state lets succeed.
 */
export function disassociateMembersScenario(operation: OperationSpec): Scenario<MemberBatchCase> {
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
      const call = await run.call(operation.name, administrator, { AccountIds: ids }, admittedCall(onlyAssociated));
      if (call.status >= 200 && call.status < 300 && associated.length > 0) {
        const after = await settledStatuses(run, administrator, associated, (statuses) =>
          associated.every((id) => memberStatusOf(statuses.get(id)) === "removed"),
        );
        for (const member of associated) {
          const status = after.value?.get(member);
          const read = after.value === undefined ? undefined : status === undefined ? ({ kind: "not-a-member" } as const) : memberRead(status);
          run.judge(DISASSOCIATE_REMOVES, { administrator, member, callStatus: call.status, read, waitedMs: after.waitedMs }, call.exchange);
        }
      } else if (onlyAssociated && associated.length > 0) {
        run.judge(DISASSOCIATE_REMOVES, { administrator, member: associated[0]!, callStatus: call.status, read: undefined, waitedMs: 0 }, call.exchange);
      }
      if (wanted.length > 0) await run.call("DeleteMembers", administrator, { AccountIds: wanted }, { judge: false });
    },
  };
}

function memberRead(status: unknown) {
  return { kind: "member" as const, status, email: undefined, administratorId: undefined, masterId: undefined };
}
