/**
 * Schema-valid requests to one operation, each from a fresh account: most with Security Hub enabled, some
 * without (whose answers are judged by the same checks: a documented error, well formed). An account the case
 * enabled is never refused as not enabled; CreateMembers by one that never enabled it is refused.
 */
import fc from "fast-check";
import { ENABLED_HUB_SERVES, SECURITY_HUB_REQUIRED } from "../../checks/security-hub.ts";
import { validInputCoverage } from "../../generators/coverage-values.ts";
import { accountId } from "../../generators/accounts.ts";
import { validInput } from "../../generators/valid-request.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import type { Scenario } from "../scenario.ts";

export interface ValidInputCase {
  account: string;
  enabled: boolean;
  input: Record<string, unknown>;
}

/** The n-th account of a coverage phase: fixed, so the phase is the same for every seed (each case shifts it to fresh ids). */
export function coverageAccount(n: number): string {
  return String(100 + n).padStart(12, "0");
}

export function validInputScenario(operation: OperationSpec): Scenario<ValidInputCase> {
  const inputs = validInputCoverage(operation);
  return {
    name: `valid-input/${operation.name}`,
    operations: [operation.name],
    families: [
      "status-codes",
      "error-shapes",
      "success-shapes",
      ...(operation.unprocessedAccounts ? (["unprocessed-accounts"] as const) : []),
      ...(operation.name === "EnableSecurityHub" ? [] : (["state"] as const)),
    ],
    description: `${operation.name} with inputs its documented syntax accepts: documented statuses, no 5xx, well-formed successes and errors`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    requestsPerCase: 2,
    // Every member at each of its boundaries, from an enabled account; the smallest input once from one that never enabled Security Hub.
    coverage: [
      ...inputs.map((input, i) => ({ account: coverageAccount(i), enabled: true, input })),
      { account: coverageAccount(inputs.length), enabled: false, input: inputs[0]! },
    ],
    arbitrary: fc.record({
      account: accountId(),
      enabled: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      input: validInput(operation, { maxItems: 4 }),
    }),
    async run(run, { account, enabled, input }) {
      const caller = run.fresh.map(account);
      const hub = enabled && operation.name !== "EnableSecurityHub" ? await run.enable([caller]) : [];
      const answer = await run.call(operation.name, caller, input);
      if (hub.includes(caller)) run.judge(ENABLED_HUB_SERVES, { operation: operation.name, account: caller, exchange: answer.exchange }, answer.exchange);
      if (!enabled && operation.name === "CreateMembers") run.judge(SECURITY_HUB_REQUIRED, { account: caller, exchange: answer.exchange }, answer.exchange);
    },
  };
}
