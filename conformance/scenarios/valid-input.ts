/**
 * Schema-valid requests to one operation, each from a fresh account: most with Security Hub enabled, some
 * without (whose answers are judged by the same checks: a documented error, well formed).
 */
import fc from "fast-check";
import { accountId } from "../../generators/accounts.ts";
import { validInput } from "../../generators/valid-request.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import type { Scenario } from "../scenario.ts";

export function validInputScenario(operation: OperationSpec): Scenario<{ account: string; enabled: boolean; input: Record<string, unknown> }> {
  return {
    name: `valid-input/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "error-shapes", "success-shapes", ...(operation.unprocessedAccounts ? (["unprocessed-accounts"] as const) : [])],
    description: `${operation.name} with inputs its documented syntax accepts: documented statuses, no 5xx, well-formed successes and errors`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    arbitrary: fc.record({ account: accountId(), enabled: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), input: validInput(operation, { maxItems: 4 }) }),
    async run(run, { account, enabled, input }) {
      const caller = run.fresh.map(account);
      if (enabled && operation.name !== "EnableSecurityHub") await run.enable([caller]);
      await run.call(operation.name, caller, input);
    },
  };
}
