/** Reading and deleting members, with batches mixing the administrator's members and other accounts. */
import fc from "fast-check";
import { accountId, mixedBatch } from "../../generators/accounts.ts";
import { batchMaxItems, coverageBatches } from "../../generators/batch-shapes.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { admittedCall } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { createMembers, judgeEligibility, judgeSettledRead } from "./membership-steps.ts";

const id = (n: number): string => String(n).padStart(12, "0");

export function memberLookupScenario(
  family: Family,
  role: "getMembers" | "deleteMembers",
): Scenario<{ administrator: string; batch: { accountId: string; eligible: boolean }[] }> {
  const operationName = family.operation(role);
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts"],
    description: `${operationName} naming members and non-members: the non-members listed unprocessed, the members not`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    requestsPerCase: 4,
    // Batches of every size up to the model's maximum: members, accounts that are none, and both mixed.
    coverage: coverageBatches(batchMaxItems(operationOf(family.spec, operationName))).map((batch) => ({ administrator: id(1), batch })),
    arbitrary: fc
      .record({ administrator: accountId(), batch: mixedBatch({ maxLength: 5 }) })
      .filter(({ administrator, batch }) => !batch.some((e) => e.accountId === administrator)),
    async run(run, input) {
      const administrator = run.fresh.map(input.administrator);
      const batch = input.batch.map((e) => ({ ...e, accountId: run.fresh.map(e.accountId) }));
      await run.enable([administrator]);
      const eligible = await createMembers(
        run,
        administrator,
        batch.filter((e) => e.eligible).map((e) => e.accountId),
      );
      const ineligible = batch.filter((e) => !e.eligible).map((e) => e.accountId);
      const ids = batch.map((e) => e.accountId);
      if (role === "getMembers") {
        // A read: members created a moment ago may show late.
        await judgeSettledRead(run, administrator, ids, { eligible, ineligible, malformed: [] });
        if (eligible.length > 0) await run.call(family.operation("deleteMembers"), administrator, family.accounts("deleteMembers", eligible), { judge: false });
      } else {
        const result = await run.call(operationName, administrator, family.accounts(role, ids), admittedCall());
        judgeEligibility(run, operationName, result, { eligible, ineligible, malformed: [] });
      }
    },
  };
}
