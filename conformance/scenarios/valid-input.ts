/** Schema-valid requests to one operation, each from a fresh account with Security Hub enabled. */
import fc from "fast-check";
import { accountId } from "../../generators/accounts.ts";
import { validInput } from "../../generators/valid-request.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import type { Scenario } from "../scenario.ts";

export function validInputScenario(operation: OperationSpec): Scenario<{ account: string; input: Record<string, unknown> }> {
  return {
    name: `valid-input/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "error-shapes", "success-shapes", ...(operation.unprocessedAccounts ? (["unprocessed-accounts"] as const) : [])],
    description: `${operation.name} with inputs its documented syntax accepts: documented statuses, no 5xx, well-formed successes and errors`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    arbitrary: fc.record({ account: accountId(), input: validInput(operation, { maxItems: 4 }) }),
    async run(run, { account, input }) {
      const caller = run.fresh.map(account);
      if (operation.name !== "EnableSecurityHub") await run.enable([caller]);
      await run.call(operation.name, caller, input);
    },
  };
}
