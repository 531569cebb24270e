/** Requests breaking one schema rule each, labelled by the rule: every one must get 400 with a documented error type. */
import { invalidRequest, type InvalidRequest } from "../../generators/invalid-request.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import type { Scenario } from "../scenario.ts";

export function invalidInputScenario(operation: OperationSpec): Scenario<InvalidRequest> {
  return {
    name: `invalid-input/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "error-shapes"],
    description: `${operation.name} with input breaking one documented constraint (missing, wrong type, blank id, not JSON …): 400 with a documented error`,
    cases: (runs) => runs,
    arbitrary: invalidRequest(operation),
    async run(run, invalid) {
      const [account] = run.session.config.accounts;
      await run.session.prepare(account!);
      await run.call(operation.name, account!, invalid.request, { intent: { kind: "invalid", rule: invalid.rule, at: invalid.at } });
    },
  };
}
