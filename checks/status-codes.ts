/** Family 1: every status is one the service uses; valid input never gets a 5xx; invalid input is refused. */
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
  source: "reference-page",
  severity: "failure",
  rule: "The API reference lists the operation's success code (\"the service sends back an HTTP 200 response\") and each error with its \"HTTP Status Code\"; any other status must be that of another error of the service or of AWS's Common Errors.",
};
export const NO_5XX_FOR_VALID_INPUT: CheckDefinition = {
  id: "status-codes/no-5xx-for-valid-input",
  family: "status-codes",
  source: "reference-page",
  severity: "failure",
  rule: "InternalException (500) is \"Internal server error\": a request the documented syntax accepts must not cause one.",
};
export const INVALID_INPUT_REJECTED: CheckDefinition = {
  id: "status-codes/invalid-input-rejected",
  family: "status-codes",
  source: "reference-page",
  severity: "failure",
  rule: "InvalidInputException (400): \"The request was rejected because you supplied an invalid or out-of-range value for an input parameter.\" Input breaking a rule of the reference page (AccountIds: Required, Array of strings, Pattern .*\\S.*) or not JSON (restJson1: 400 SerializationException) is refused with a 400 input error, or with an error of the state the request meets; never with a 5xx.",
};
export const MODEL_CONSTRAINT_ENFORCED: CheckDefinition = {
  id: "status-codes/model-constraint-enforced",
  family: "status-codes",
  source: "aws-model",
  severity: "lenient",
  rule: "The AWS model constrains the input of the operations around InviteMembers and DeclineInvitations (member types, patterns, sizes, ranges); services and emulators enforce these differently, so accepting such input is a leniency, a failure only with --strict.",
};

const statusesOf = new WeakMap<OperationSpec, Set<number>>();
const inputErrorsOf = new WeakMap<OperationSpec, Set<string>>();

/** Statuses the operation may answer: its success, and the status of any error of the service or of AWS's common errors. */
export function documentedStatuses(operation: OperationSpec, serviceErrors: ReadonlyMap<string, number>): Set<number> {
  let statuses = statusesOf.get(operation);
  if (!statuses) {
    statuses = new Set([operation.success.status, ...operation.errors.map((e) => e.status), ...serviceErrors.values(), ...Object.values(COMMON_ERRORS).flat()]);
    statusesOf.set(operation, statuses);
  }
  return statuses;
}

/** Error names answered with 400 that mean "your input is invalid": the operation's, the service's, AWS's common ones. */
export function inputErrorNames(operation: OperationSpec, serviceErrors: ReadonlyMap<string, number>): Set<string> {
  let names = inputErrorsOf.get(operation);
  if (!names) {
    names = new Set(operation.errors.filter((e) => e.status === 400).map((e) => e.name));
    for (const [name, status] of serviceErrors) if (status === 400) names.add(name);
    for (const [name, statuses] of Object.entries(COMMON_ERRORS)) if (statuses.includes(400) && !name.startsWith("Throttling")) names.add(name);
    inputErrorsOf.set(operation, names);
  }
  return names;
}

export function checkStatusCode(context: CheckContext, exchange: Exchange): Finding[] {
  const { operation, intent, serviceErrors } = context;
  const { status, headers, json } = viewResponse(exchange);
  const findings: Finding[] = [];
  const allowed = documentedStatuses(operation, serviceErrors);
  if (!allowed.has(status)) {
    findings.push(finding(DOCUMENTED_STATUS, { operation: operation.name, title: `${operation.name} answered ${status}, a status no error of the service uses`, facts: { status, allowed: [...allowed].sort() }, discriminator: String(status) }));
  }
  if (intent.kind === "valid" && status >= 500) {
    findings.push(finding(NO_5XX_FOR_VALID_INPUT, { operation: operation.name, title: `${operation.name} answered ${status} to a request its documented syntax accepts`, facts: { status }, discriminator: String(status) }));
  }
  if (intent.kind !== "invalid") return findings;
  const type = identifyError(headers, json).type;
  const accepted = inputErrorNames(operation, serviceErrors);
  const refusedAsInvalid = status === 400 && type !== undefined && accepted.has(type);
  const refusedByState = type !== undefined && intent.stateErrors.includes(type) && statusOfError(operation, serviceErrors, type) === status;
  if (refusedAsInvalid || refusedByState) return findings;
  const where = `"${intent.rule}" at ${intent.at || "the body"}`;
  const facts = { status, errorType: type, brokenRule: intent.rule, at: intent.at, ruleSource: intent.source };
  if (status >= 200 && status < 300 && intent.source === "aws-model") {
    findings.push(finding(MODEL_CONSTRAINT_ENFORCED, { operation: operation.name, title: `${operation.name} accepted input breaking the model's ${where} (${status})`, facts, discriminator: intent.rule, strict: context.strict }));
  } else {
    const documented = operation.errors.filter((e) => e.status === 400).map((e) => e.name);
    const expected = `400 ${documented.length > 0 ? documented.join(" or ") : "ValidationException"} (or another input error of the service or AWS's common errors)${intent.stateErrors.length > 0 ? `, or ${intent.stateErrors.join(" or ")}` : ""}`;
    findings.push(finding(INVALID_INPUT_REJECTED, { operation: operation.name, title: `${operation.name} answered ${status}${type ? ` ${type}` : ""} to input breaking ${where}; expected ${expected}`, facts: { ...facts, accepted: [...accepted] }, discriminator: `${intent.rule}|${status}|${type ?? ""}` }));
  }
  return findings;
}

/** The status the operation, else the service, gives an error name. */
function statusOfError(operation: OperationSpec, serviceErrors: ReadonlyMap<string, number>, name: string): number | undefined {
  return operation.errors.find((e) => e.name === name)?.status ?? serviceErrors.get(name);
}
