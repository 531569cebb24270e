/**
 * Variants generated from the documented errors. For each "X (HTTP n)" of an operation: the operation answers its
 * errors as X with another status (error-shapes/status-matches-type); for LimitExceededException, which clients retry
 * as throttling and no response check sees before the retries end, the operation throttles every call
 * (availability/throttled-out). For each reference page's pointer to the Common Errors: the operation answers its
 * errors as an error neither the model nor AWS's common errors define (error-shapes/documented-type).
 */
import { ServiceError } from "../../emulator/index.ts";
import type { Statement } from "../../specs/statements.ts";
import type { AnyVariant, Variant } from "../variant.ts";
import { asError } from "../wire-rewrites.ts";
import { type Documented, generatedVariant, groupBy, statementsOf } from "./from-statements.ts";

const ERROR = /^(\w+)\.(?:page|model)\.errors\.(\w+)$/;
const THROTTLING = "LimitExceededException";
/** An error name no AWS document defines, answered where a documented one was due. */
const UNDOCUMENTED = "BadRequestException";

/** The status a statement gives its error: "X (HTTP 401): …" in the model, "… HTTP Status Code: 401" on a page. */
function documentedStatus(statement: Statement): number {
  const status = statement.text.match(/\(HTTP (\d{3})\)|HTTP Status Code: (\d{3})/);
  if (!status) throw new Error(`${statement.id} states no HTTP status: ${statement.text}`);
  return Number(status[1] ?? status[2]);
}

/** A status the model does not give the error: 400, or 422 for an error that is 400. */
const otherStatus = (status: number): number => (status === 400 ? 422 : 400);

/** `operation` answers each of its errors as `code` with `status`, its message kept. */
function errorsAs(operation: string, code: string, status: (given: number) => number): Variant["behaviour"] {
  return () => ({
    respond: (response, context) => (context.operation === operation && response.status >= 400 ? asError(response, code, status(response.status)) : response),
  });
}

export function errorStatusFaults(documented: Documented): AnyVariant[] {
  const found = statementsOf(documented, ERROR, "error-shapes/status-matches-type").filter(({ match }) => match[2] !== THROTTLING);
  return [...groupBy(found, ({ match }) => `${match[1]}|${match[2]}`).values()].map((group) => {
    const [operation, error] = [group[0]!.match[1]!, group[0]!.match[2]!];
    const status = documentedStatus(group[0]!.statement);
    const wrong = otherStatus(status);
    return generatedVariant(
      documented,
      {
        name: `error-status/${operation}/${error}`,
        description: `Breaks ${operation}'s "${error} (HTTP ${status})": ${operation} answers its errors as ${error} with status ${wrong}.`,
        caughtBy: "error-shapes/status-matches-type",
        behaviour: errorsAs(operation, error, () => wrong),
      },
      group.map(({ statement }) => statement),
    );
  });
}

export function throttlingFaults(documented: Documented): AnyVariant[] {
  const found = statementsOf(documented, ERROR, "availability/throttled-out").filter(({ match }) => match[2] === THROTTLING);
  return [...groupBy(found, ({ match }) => match[1]!).entries()].map(([operation, group]) =>
    generatedVariant(
      documented,
      {
        name: `throttled/${operation}`,
        description: `Breaks ${operation}'s "${THROTTLING} (HTTP 429): … throttling limits" as a passing limit: ${operation} throttles every call, so retries run out.`,
        caughtBy: "availability/throttled-out",
        behaviour: () => ({
          operations: {
            [operation]: () => () => {
              throw new ServiceError(THROTTLING, "Rate exceeded.");
            },
          },
        }),
      },
      group.map(({ statement }) => statement),
    ),
  );
}

export function undocumentedErrorFaults(documented: Documented): AnyVariant[] {
  return statementsOf(documented, /^(\w+)\.page\.common-errors$/, "error-shapes/documented-type").map(({ statement, match }) =>
    generatedVariant(
      documented,
      {
        name: `undocumented-error/${match[1]}`,
        description: `Breaks ${match[1]}'s Errors and "${statement.text}": ${match[1]} answers its errors as ${UNDOCUMENTED}, an error neither the model nor AWS's Common Errors define.`,
        caughtBy: "error-shapes/documented-type",
        behaviour: errorsAs(match[1]!, UNDOCUMENTED, (given) => given),
      },
      [statement],
    ),
  );
}
