/**
 * Variants generated from the documented successes. For each operation's success code ("success 200", "the service
 * sends back an HTTP 200 response"): it succeeds with another 2xx (success-shapes/success-status). For each page's
 * "The following data is returned in JSON format": the output object comes inside a JSON array
 * (success-shapes/json-body). For each member of an output, or of a structure outputs carry (Member, Invitation,
 * Result): its value is sent as another JSON type, a timestamp as epoch seconds, an id as a number, a list as its
 * first item (success-shapes/schema).
 */
import type { Statement } from "../../specs/statements.ts";
import type { AnyVariant, Variant } from "../variant.ts";
import { onSuccessOf, rewriteBody } from "../wire-rewrites.ts";
import { type Documented, generatedVariant, groupBy, statementsOf, wireNameOf } from "./from-statements.ts";

export function successStatusFaults(documented: Documented): AnyVariant[] {
  const found = statementsOf(documented, /^(\w+)\.(?:model\.http|page\.if-the-action-is-successful)$/, "success-shapes/success-status");
  return [...groupBy(found, ({ match }) => match[1]!).entries()].map(([operation, group]) => {
    const status = Math.min(...group.map(({ statement }) => successStatus(statement)));
    const other = status === 201 ? 200 : 201;
    return generatedVariant(
      documented,
      {
        name: `success-status/${operation}`,
        description: `Breaks ${operation}'s "success ${status}": ${operation} succeeds with ${other}.`,
        caughtBy: "success-shapes/success-status",
        behaviour: () => ({ respond: onSuccessOf(operation, (response) => ({ ...response, status: other })) }),
      },
      group.map(({ statement }) => statement),
    );
  });
}

export function successBodyFaults(documented: Documented): AnyVariant[] {
  const found = statementsOf(documented, /^(\w+)\.page\.(?:the-following-data-is-returned|response-syntax)$/, "success-shapes/json-body");
  return [...groupBy(found, ({ match }) => match[1]!).entries()].map(([operation, group]) =>
    generatedVariant(
      documented,
      {
        name: `success-body/${operation}`,
        description: `Breaks ${operation}'s "${group[0]!.statement.text}": ${operation} sends its output object inside a JSON array.`,
        caughtBy: "success-shapes/json-body",
        behaviour: () => ({ respond: onSuccessOf(operation, (response) => rewriteBody(response, (body) => [body])) }),
      },
      group.map(({ statement }) => statement),
    ),
  );
}

/** The success code a statement states: "POST /members, success 200" in the model, "… an HTTP 200 response" on a page. */
function successStatus(statement: Statement): number {
  const status = statement.text.match(/success (\d{3})|HTTP (\d{3}) response/);
  if (!status) throw new Error(`${statement.id} states no success code: ${statement.text}`);
  return Number(status[1] ?? status[2]);
}

/** The value sent as another JSON type, as a careless serializer would: undefined when there is none. */
export function mistyped(value: unknown): unknown {
  if (typeof value === "string") {
    if (/^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value))) return Date.parse(value) / 1000;
    return /^\d+$/.test(value) ? Number(value) : [value];
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value[0] ?? {};
  if (value !== null && typeof value === "object") return [value];
  return undefined;
}

/** `body[member]` mistyped where it is present. */
function mistype(body: Record<string, unknown>, member: string): void {
  const value = mistyped(body[member]);
  if (value !== undefined) body[member] = value;
}

/** The successes of `operations` with `change` applied to their JSON body (a fresh copy each). */
function successBodies(operations: readonly string[], change: (body: Record<string, any>, operation: string) => void): Variant["behaviour"] {
  return () => ({
    respond: (response, { operation }) =>
      operation !== undefined && operations.includes(operation)
        ? onSuccessOf(operation, (success) =>
            rewriteBody(success, (body) => {
              change(body, operation);
              return body;
            }),
          )(response, { operation })
        : response,
  });
}

export function outputTypeFaults(documented: Documented): AnyVariant[] {
  const check = "success-shapes/schema";
  const outputs = statementsOf(documented, /^(\w+)\.model\.output\.(\w+)\.syntax$/, check);
  // What a page says of the same output member (InviteMembers' "UnprocessedAccounts Type: Array of Result objects").
  const pageTypes = statementsOf(documented, /^(\w+)\.page\.(\w+)\.type$/, check);
  const pageSyntax = statementsOf(documented, /^(\w+)\.page\.response-syntax$/, check);
  const ofOutputs = outputs.map(({ statement, match }) => {
    const [operation, member] = [match[1]!, match[2]!];
    const page = pageTypes.filter((p) => p.match[1] === operation && p.match[2] === member).map((p) => p.statement);
    const syntax = pageSyntax.filter((p) => p.match[1] === operation).map((p) => p.statement);
    return generatedVariant(
      documented,
      {
        name: `output-type/${operation}/${member}`,
        description: `Breaks ${operation}'s output ${member}, ${statement.text.split(";")[0]}: ${operation} sends it as another JSON type.`,
        caughtBy: check,
        behaviour: successBodies([operation], (body) => mistype(body, wireNameOf(statement, member))),
      },
      [statement, ...page, ...syntax],
    );
  });
  // Structures outputs carry: where each is (the operation and its member), read from the outputs' own statements.
  const holders = outputs.flatMap(({ statement, match }) => {
    const structure = statement.text.match(/^(?:list of )?(\w+) object/)?.[1];
    return structure ? [{ structure, operation: match[1]!, member: wireNameOf(statement, match[2]!) }] : [];
  });
  const ofStructures = statementsOf(documented, /^(\w+)\.model\.(\w+)\.syntax$/, check)
    .filter(({ match }) => holders.some((h) => h.structure === match[1]))
    .map(({ statement, match }) => {
      const [structure, member] = [match[1]!, match[2]!];
      const at = holders.filter((h) => h.structure === structure);
      const wire = wireNameOf(statement, member);
      return generatedVariant(
        documented,
        {
          name: `output-type/${structure}.${member}`,
          description: `Breaks ${structure}.${member}, ${statement.text.split(";")[0]}: ${[...new Set(at.map((h) => h.operation))].join(", ")} send it as another JSON type.`,
          caughtBy: check,
          behaviour: successBodies(
            at.map((h) => h.operation),
            (body, operation) => {
              for (const holder of at.filter((h) => h.operation === operation && body[h.member] !== undefined)) {
                const items: unknown[] = Array.isArray(body[holder.member]) ? body[holder.member] : [body[holder.member]];
                for (const item of items) if (item !== null && typeof item === "object") mistype(item as Record<string, unknown>, wire);
              }
            },
          ),
        },
        [statement],
      );
    });
  return [...ofOutputs, ...ofStructures];
}
