/** Family 1: every status is one the service uses; valid input never gets a 5xx; invalid input is refused. */
import { identifyError } from "../protocol/error-type.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import type { ExchangeInput } from "./check-context.ts";
import { CALLER_ERRORS, COMMON_ERRORS, THROTTLING_ERRORS } from "./common-errors.ts";
import { defineCheck, judged, NOT_APPLICABLE } from "./define-check.ts";
import { viewResponse } from "./response-view.ts";

export const DOCUMENTED_STATUS = defineCheck({
  id: "status-codes/documented-status",
  family: "status-codes",
  source: "reference-page",
  severity: "failure",
  rule: "The documentation gives the operation's success code and each of its errors with its HTTP status; any other status must be that of another error of the service or of AWS's Common Errors.",
  statements: ["*.model.errors.*"],
  run({ context, exchange }: ExchangeInput) {
    const { status } = viewResponse(exchange);
    const allowed = documentedStatuses(context.operation, context.serviceErrors);
    return judged(context.operation.name, [
      !allowed.has(status) && {
        title: `${context.operation.name} answered ${status}, a status no error of the service uses`,
        facts: { status, allowed: [...allowed].sort() },
        discriminator: String(status),
      },
    ]);
  },
});

export const NO_5XX_FOR_VALID_INPUT = defineCheck({
  id: "status-codes/no-5xx-for-valid-input",
  family: "status-codes",
  source: "reference-page",
  severity: "failure",
  rule: "The service's internal error (a 5xx) must not answer a request the documented syntax accepts.",
  statements: ["*.model.input.*.syntax"],
  run({ context, exchange }: ExchangeInput) {
    if (context.intent.kind !== "valid") return NOT_APPLICABLE;
    const { status } = viewResponse(exchange);
    return judged(context.operation.name, [
      status >= 500 && {
        title: `${context.operation.name} answered ${status} to a request its documented syntax accepts`,
        facts: { status },
        discriminator: String(status),
      },
    ]);
  },
});

export const INVALID_INPUT_REJECTED = defineCheck({
  id: "status-codes/invalid-input-rejected",
  family: "status-codes",
  source: "reference-page",
  severity: "failure",
  rule: "Input breaking a rule of the API reference pages, a body that is not JSON, or a query-string value that does not parse as its member's type (restJson1, Smithy's malformed-request tests: 400 SerializationException) is refused with the service's 400 input error, or with an error of the state the request meets; never with a 5xx.",
  statements: [],
  run({ context, exchange }: ExchangeInput) {
    const refusal = judgeRefusal(context, exchange);
    if (!refusal) return NOT_APPLICABLE;
    const { operation, intent, status, type, accepted, refused, facts, where } = refusal;
    // A model-only rule accepted with a success is a leniency (model-constraint-enforced), not this check's.
    if (refused || (status >= 200 && status < 300 && intent.source === "aws-model")) return judged(operation.name);
    const documented = operation.errors.filter((e) => e.status === 400).map((e) => e.name);
    const expected = `400 ${documented.length > 0 ? documented.join(" or ") : "ValidationException"} (or another input error of the service or AWS's common errors)${intent.stateErrors.length > 0 ? `, or ${intent.stateErrors.join(" or ")}` : ""}`;
    return judged(operation.name, [
      {
        title: `${operation.name} answered ${status}${type ? ` ${type}` : ""} to input breaking ${where}; expected ${expected}`,
        facts: { ...facts, accepted: [...accepted] },
        // A server error is one defect whatever input met it; an acceptance or a wrong refusal is one per rule.
        discriminator: status >= 500 ? `${status}|${type ?? ""}` : `${intent.rule}|${status}|${type ?? ""}`,
      },
    ]);
  },
});

export const VALID_INPUT_ACCEPTED = defineCheck({
  id: "status-codes/valid-input-accepted",
  family: "status-codes",
  source: "aws-model",
  severity: "failure",
  rule: "The mirror of invalid-input-rejected: a request whose every member satisfies the documented rules (a page size within its range, a page token the target handed out, a batch of well-formed account ids), sent where the state lets it succeed, is not refused with a 400.",
  statements: ["*.model.input.*.syntax"],
  run({ context, exchange }: ExchangeInput) {
    if (context.intent.kind !== "valid" || context.intent.stateAdmitsSuccess !== true) return NOT_APPLICABLE;
    const { status, headers, json } = viewResponse(exchange);
    const type = identifyError(headers, json).type;
    // Throttling is retried (and judged by availability/throttled-out); an error about the caller refuses no input.
    const refused = status === 400 && (type === undefined || (!THROTTLING_ERRORS.has(type) && !CALLER_ERRORS.has(type)));
    return judged(context.operation.name, [
      refused && {
        title: `${context.operation.name} answered 400${type ? ` ${type}` : ""} to a request its documented syntax accepts, in a state that lets it succeed`,
        facts: { status, errorType: type },
        discriminator: type ?? "400",
      },
    ]);
  },
});

export const MODEL_CONSTRAINT_ENFORCED = defineCheck({
  id: "status-codes/model-constraint-enforced",
  family: "status-codes",
  source: "aws-model",
  severity: "lenient",
  rule: "The AWS model constrains the input of the operations (member types, patterns, sizes, ranges); services and emulators enforce these differently, so accepting such input is a leniency, a failure only with --strict.",
  statements: ["*.model.input.*.syntax"],
  run({ context, exchange }: ExchangeInput) {
    const refusal = judgeRefusal(context, exchange);
    if (refusal?.intent.source !== "aws-model") return NOT_APPLICABLE;
    const { operation, intent, status, refused, facts, where } = refusal;
    const accepted = !refused && status >= 200 && status < 300;
    return judged(operation.name, [
      accepted && {
        title: `${operation.name} accepted input breaking the model's ${where} (${status})`,
        facts,
        discriminator: intent.rule,
        strict: context.strict,
      },
    ]);
  },
});

export const STATUS_CODE_CHECKS = [DOCUMENTED_STATUS, NO_5XX_FOR_VALID_INPUT, INVALID_INPUT_REJECTED, VALID_INPUT_ACCEPTED, MODEL_CONSTRAINT_ENFORCED] as const;

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

/** How an answer to invalid input reads: whether it refused the input as invalid or by the state it met. */
function judgeRefusal(context: ExchangeInput["context"], exchange: ExchangeInput["exchange"]) {
  const { operation, intent, serviceErrors } = context;
  if (intent.kind !== "invalid") return undefined;
  const { status, headers, json } = viewResponse(exchange);
  const type = identifyError(headers, json).type;
  const accepted = inputErrorNames(operation, serviceErrors);
  const refusedAsInvalid = status === 400 && type !== undefined && accepted.has(type);
  const refusedByState = type !== undefined && intent.stateErrors.includes(type) && statusOfError(operation, serviceErrors, type) === status;
  const where = `"${intent.rule}" at ${intent.at || "the body"}`;
  const facts = { status, errorType: type, brokenRule: intent.rule, at: intent.at, ruleSource: intent.source };
  return { operation, intent, status, type, accepted, refused: refusedAsInvalid || refusedByState, facts, where };
}

/** The status the operation, else the service, gives an error name. */
function statusOfError(operation: OperationSpec, serviceErrors: ReadonlyMap<string, number>, name: string): number | undefined {
  return operation.errors.find((e) => e.name === name)?.status ?? serviceErrors.get(name);
}
