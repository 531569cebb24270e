/** Family 1: every status is one the operation documents; valid input never gets a 5xx; invalid input gets 400. */
import type { Exchange } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import type { CheckContext } from "./check-context.ts";
import { COMMON_ERRORS } from "./common-errors.ts";
import { finding, type CheckDefinition, type Finding } from "./finding.ts";
import { viewResponse } from "./response-view.ts";

export const DOCUMENTED_STATUS: CheckDefinition = {
  id: "status-codes/documented-status",
  family: "status-codes",
  rule: "The API reference lists the operation's success code (\"the service sends back an HTTP 200 response\") and each error with its \"HTTP Status Code\"; any other status must be one of AWS's Common Errors.",
};
export const NO_5XX_FOR_VALID_INPUT: CheckDefinition = {
  id: "status-codes/no-5xx-for-valid-input",
  family: "status-codes",
  rule: "InternalException (500) is \"Internal server error\": a request the documented syntax accepts must not cause one.",
};
export const INVALID_INPUT_REJECTED: CheckDefinition = {
  id: "status-codes/invalid-input-rejected",
  family: "status-codes",
  rule: "InvalidInputException (400): \"The request was rejected because you supplied an invalid or out-of-range value for an input parameter.\"",
};

const statusesOf = new WeakMap<OperationSpec, Set<number>>();
const inputErrorsOf = new WeakMap<OperationSpec, Set<string>>();

/** Statuses the operation may answer: success, its documented errors, AWS's common errors. */
export function documentedStatuses(operation: OperationSpec): Set<number> {
  let statuses = statusesOf.get(operation);
  if (!statuses) {
    statuses = new Set([operation.success.status, ...operation.errors.map((e) => e.status), ...Object.values(COMMON_ERRORS).flat()]);
    statusesOf.set(operation, statuses);
  }
  return statuses;
}

/** Error names answered with 400 that mean "your input is invalid", for this operation. */
export function inputErrorNames(operation: OperationSpec): Set<string> {
  let names = inputErrorsOf.get(operation);
  if (!names) {
    names = new Set(operation.errors.filter((e) => e.status === 400).map((e) => e.name));
    for (const [name, statuses] of Object.entries(COMMON_ERRORS)) if (statuses.includes(400) && !name.startsWith("Throttling")) names.add(name);
    inputErrorsOf.set(operation, names);
  }
  return names;
}

export function checkStatusCode(context: CheckContext, exchange: Exchange): Finding[] {
  const { operation, intent } = context;
  const { status, headers, json } = viewResponse(exchange);
  const findings: Finding[] = [];
  const allowed = documentedStatuses(operation);
  if (!allowed.has(status)) {
    findings.push(finding(DOCUMENTED_STATUS, operation.name, `${operation.name} answered ${status}, a status it does not document`, { status, allowed: [...allowed].sort() }, "failure", String(status)));
  }
  if (intent.kind === "valid" && status >= 500) {
    findings.push(finding(NO_5XX_FOR_VALID_INPUT, operation.name, `${operation.name} answered ${status} to a request its documented syntax accepts`, { status }, "failure", String(status)));
  }
  if (intent.kind === "invalid") {
    const type = identifyError(headers, json).type;
    const accepted = inputErrorNames(operation);
    if (status !== 400 || type === undefined || !accepted.has(type)) {
      findings.push(
        finding(
          INVALID_INPUT_REJECTED,
          operation.name,
          `${operation.name} answered ${status}${type ? ` ${type}` : ""} to input breaking "${intent.rule}" at ${intent.at || "the body"}; expected 400 with ${[...accepted].join(" or ")}`,
          { status, errorType: type, brokenRule: intent.rule, at: intent.at },
          "failure",
          `${intent.rule}|${status}|${type ?? ""}`,
        ),
      );
    }
  }
  return findings;
}
