/** Requests breaking one schema rule each, labelled by the rule and its source: each must be refused, or (a model-only rule) is a leniency. */
import type { RequestIntent } from "../../checks/check-context.ts";
import { invalidRequest, invalidRequestCoverage, type InvalidRequest } from "../../generators/invalid-request.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import type { Scenario } from "../scenario.ts";
import { undoMembersMade } from "./membership-steps.ts";

/** What an invalid request is meant to test, for the checks. */
export function invalidIntent(operation: OperationSpec, invalid: InvalidRequest, stateErrors: readonly string[]): RequestIntent {
  return {
    kind: "invalid",
    rule: invalid.rule,
    at: invalid.at,
    source: invalid.source,
    // Errors of the state the request meets (the service's), which an implementation may check before the input.
    stateErrors: operation.errors.filter((e) => stateErrors.includes(e.name)).map((e) => e.name),
  };
}

export function invalidInputScenario(operation: OperationSpec): Scenario<InvalidRequest> {
  return {
    name: `invalid-input/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "error-shapes"],
    description: `${operation.name} with input breaking one documented constraint (missing, wrong type, blank id, not JSON …): refused with a 400 input error (accepting a rule only the AWS model states is a warning, a failure with --strict)`,
    cases: (runs) => runs,
    // Every site of every rule, with one bad value of each class (each wrong JSON type, each blank, each broken body).
    coverage: invalidRequestCoverage(operation),
    arbitrary: invalidRequest(operation),
    async run(run, invalid) {
      const [account] = run.session.config.accounts;
      await run.session.prepare(account!);
      const answer = await run.call(operation.name, account!, invalid.request, {
        intent: invalidIntent(operation, invalid, run.session.spec.service.stateErrors),
      });
      await undoMembersMade(run, operation, account!, invalid.request, answer.status);
    },
  };
}
