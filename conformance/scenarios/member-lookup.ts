/** GetMembers and DeleteMembers with batches mixing the administrator's members and other accounts. */
import fc from "fast-check";
import { accountId, mixedBatch } from "../../generators/accounts.ts";
import { coverageBatches } from "../../generators/batch-shapes.ts";
import { admittedCall } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";
import { createMembers, judgeEligibility, judgeSettledRead } from "./membership-steps.ts";

const id = (n: number): string => String(n).padStart(12, "0");

export function memberLookupScenario(
  operationName: "GetMembers" | "DeleteMembers",
): Scenario<{ administrator: string; batch: { accountId: string; eligible: boolean }[] }> {
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts"],
    description: `${operationName} naming members and non-members: the non-members listed unprocessed, the members not`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    requestsPerCase: 4,
    // Batches of every size: members, accounts that are none, and both mixed (AccountIds states no maximum).
    coverage: coverageBatches(undefined).map((batch) => ({ administrator: id(1), batch })),
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
      if (operationName === "GetMembers") {
        // A read: members created a moment ago may show late.
        await judgeSettledRead(run, operationName, administrator, ids, { eligible, ineligible, malformed: [] });
      } else {
        const result = await run.call(operationName, administrator, { AccountIds: ids }, admittedCall());
        judgeEligibility(run, operationName, result, { eligible, ineligible, malformed: [] });
      }
      if (operationName === "GetMembers" && eligible.length > 0) await run.call("DeleteMembers", administrator, { AccountIds: eligible }, { judge: false });
    },
  };
}
