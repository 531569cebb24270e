/** Account C declines (or deletes) administrator A's invitation, which went to B only: B's stays, and each account lists only its own. */
import fc from "fast-check";
import { LIST_ONLY_OWN, OTHERS_UNTOUCHED } from "../../checks/isolation.ts";
import { accountId } from "../../generators/accounts.ts";
import { admittedCall } from "../case-run.ts";
import type { Family } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { invite, judgeEligibility, readListing } from "./membership-steps.ts";

export function isolationScenario(family: Family, role: "declineInvitations" | "deleteInvitations"): Scenario<[string, string, string]> {
  const operationName = family.operation(role);
  const listing = family.operation("listInvitations");
  return {
    name: `isolation/${operationName}`,
    operations: [operationName, listing],
    families: ["isolation"],
    description: `${operationName} by an account that was not invited leaves another account's invitation pending; ${listing} lists only the caller's (the inviter's lists none of the invitations it sent)`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 4)),
    requestsPerCase: 11,
    coverage: [["000000000001", "000000000002", "000000000003"]],
    arbitrary: fc.uniqueArray(accountId(), { minLength: 3, maxLength: 3 }).map(([a, b, c]): [string, string, string] => [a!, b!, c!]),
    async run(run, ids) {
      const [a, b, c] = ids.map((id) => run.fresh.map(id)) as [string, string, string];
      await run.enable([a, b, c]);
      if (!(await invite(run, a, b))) return;
      // Neither reading of the call names an invitation C has or sent: A sent C none, and C sent A none.
      const removal = await run.call(operationName, c, family.accounts(role, [a]), admittedCall());
      judgeEligibility(run, operationName, removal, { eligible: [], ineligible: [a], malformed: [] });
      const [forA, forB, forC] = await Promise.all([readListing(run, a), readListing(run, b), readListing(run, c)]);
      if (forB) {
        run.judge(OTHERS_UNTOUCHED, { operation: operationName, actor: c, administrator: a, other: b, listedForOther: forB.pending });
        run.judge(LIST_ONLY_OWN, { operation: listing, caller: b, listed: forB.listed, sentToCaller: [a] });
      }
      if (forC) run.judge(LIST_ONLY_OWN, { operation: listing, caller: c, listed: forC.listed, sentToCaller: [] });
      if (forA) run.judge(LIST_ONLY_OWN, { operation: listing, caller: a, listed: forA.listed, sentToCaller: [] });
      await run.call(family.operation("deleteMembers"), a, family.accounts("deleteMembers", [b]), { judge: false });
    },
  };
}
