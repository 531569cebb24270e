/** Account C declines administrator A, which invited B only: B's invitation stays, and each account lists only its own. */
import fc from "fast-check";
import { LIST_ONLY_OWN, OTHERS_UNTOUCHED } from "../../checks/isolation.ts";
import { accountId } from "../../generators/accounts.ts";
import { admittedCall } from "../case-run.ts";
import type { Scenario } from "../scenario.ts";
import { invite, judgeEligibility, readListing } from "./membership-steps.ts";

export function isolationScenario(operationName: "DeclineInvitations" | "DeleteInvitations"): Scenario<[string, string, string]> {
  return {
    name: `isolation/${operationName}`,
    operations: [operationName, "ListInvitations"],
    families: ["isolation"],
    description: `${operationName} by an account that was not invited leaves another account's invitation pending; ListInvitations lists only the caller's (the inviter's lists none of the invitations it sent)`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
    requestsPerCase: 11,
    coverage: [["000000000001", "000000000002", "000000000003"]],
    arbitrary: fc.uniqueArray(accountId(), { minLength: 3, maxLength: 3 }).map(([a, b, c]): [string, string, string] => [a!, b!, c!]),
    async run(run, ids) {
      const [a, b, c] = ids.map((id) => run.fresh.map(id)) as [string, string, string];
      await run.enable([a, b, c]);
      if (!(await invite(run, a, b))) return;
      const removal = await run.call(operationName, c, { AccountIds: [a] }, admittedCall());
      judgeEligibility(run, operationName, removal, { eligible: [], ineligible: [a], malformed: [] });
      const [forA, forB, forC] = await Promise.all([readListing(run, a), readListing(run, b), readListing(run, c)]);
      if (forB) {
        run.judge(OTHERS_UNTOUCHED, { operation: operationName, actor: c, administrator: a, other: b, listedForOther: forB.pending });
        run.judge(LIST_ONLY_OWN, { caller: b, listed: forB.listed, sentToCaller: [a] });
      }
      if (forC) run.judge(LIST_ONLY_OWN, { caller: c, listed: forC.listed, sentToCaller: [] });
      if (forA) run.judge(LIST_ONLY_OWN, { caller: a, listed: forA.listed, sentToCaller: [] });
      await run.call("DeleteMembers", a, { AccountIds: [b] }, { judge: false });
    },
  };
}
