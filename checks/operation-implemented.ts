/**
 * Root cause: an operation that answers at its documented route with something no AWS client can read as the
 * operation's answer is not implemented. It is one defect, and the scenarios that need the operation are
 * blocked, instead of failing every check on its answers.
 */
import type { Exchange } from "../client/exchange.ts";
import { identifyError } from "../protocol/error-type.ts";
import { defineCheck, judged } from "./define-check.ts";
import { isObject, viewResponse } from "./response-view.ts";

/** An answer of an operation the suite has not yet seen answer as AWS does. */
export interface ImplementedInput {
  operation: string;
  exchange: Exchange;
}

export const NOT_IMPLEMENTED = defineCheck({
  id: "status-codes/operation-implemented",
  family: "status-codes",
  source: "aws-model",
  severity: "failure",
  rule: "The AWS model binds each operation to its route (its method and path). An answer there that names no AWS error and is no JSON object — 404, 405 or 501, as web servers answer a route they do not serve — or an UnknownOperationException, means the operation is not implemented.",
  statements: ["*.model.http"],
  run({ operation, exchange }: ImplementedInput) {
    if (!isNotImplemented(exchange)) return judged(operation);
    const { status, headers } = viewResponse(exchange);
    return judged(operation, [
      {
        title: `${operation} is not implemented: ${exchange.request.method} ${exchange.request.path.split("?")[0]} answered ${status}${headers["content-type"] ? ` ${headers["content-type"]}` : ""}, not an AWS answer`,
        facts: { status, contentType: headers["content-type"] },
      },
    ]);
  },
});

/** Whether the answer says the operation is not served at all, rather than answering it (even with an error). */
export function isNotImplemented(exchange: Exchange): boolean {
  const view = viewResponse(exchange);
  const type = identifyError(view.headers, view.json).type;
  if (type === "UnknownOperationException") return true;
  return (view.status === 404 || view.status === 405 || view.status === 501) && type === undefined && !(view.isJson && isObject(view.json));
}
