/**
 * Variants generated from the documented input. For each member's syntax ("integer (range 1–50)", "list of string"):
 * the operation refuses a valid value of it with 400 (status-codes/valid-input-accepted) — every value but the least
 * (a list of two or more, a number above 1, false, any string, a map with an entry) — or, where the suite never sends
 * the operation in a state that lets it succeed, fails with 500 on it (status-codes/no-5xx-for-valid-input). For each
 * rule of a reference page's Request Parameters (Type, Pattern, Required, a JSON body): the operation accepts input
 * that breaks it (status-codes/invalid-input-rejected).
 */
import type { CheckId } from "../../checks/index.ts";
import { ServiceError, type Handler } from "../../emulator/index.ts";
import type { RequestRule } from "../../validators/request-rules.ts";
import { lenientOn } from "../tolerant.ts";
import type { AnyVariant } from "../variant.ts";
import { type Documented, enforces, errorOfStatus, generatedVariant, statementsOf, wireNameOf } from "./from-statements.ts";

/**
 * Operations whose valid-input cases the suite never judges as admitted (in a state that lets the call succeed): accepting
 * an invitation needs one the case must find first, and leaving an administrator (GuardDuty's
 * DisassociateFromAdministratorAccount carries the member's detector) needs one to leave. A valid value refused there
 * is found by the lifecycle's checks, not valid-input-accepted; one that fails with 500 is found by no-5xx.
 */
const NEVER_ADMITTED = new Set(["AcceptAdministratorInvitation", "DisassociateFromAdministratorAccount"]);

/** Whether a valid value is one the generated variants refuse: any but the least of its type. */
export function beyondTheLeast(value: unknown): boolean {
  if (Array.isArray(value)) return value.length >= 2;
  if (typeof value === "number") return value >= 2;
  if (typeof value === "boolean") return value === false;
  if (typeof value === "string") return true;
  return value !== null && typeof value === "object" && Object.keys(value).length > 0;
}

/** Those values in words, from the syntax statement ("integer (range 1–50); optional"). */
function refusedValues(syntax: string): string {
  if (syntax.startsWith("list")) return "a list of two or more";
  if (syntax.startsWith("integer") || syntax.startsWith("long")) return "a value above 1";
  if (syntax.startsWith("boolean")) return "false";
  if (syntax.startsWith("map")) return "a map with an entry";
  return "any value";
}

/** Where a member's values are in an input: top level, or in each structure a list of the input holds. */
type Site = { member: string; within?: string };

function valuesAt(input: Record<string, unknown>, { member, within }: Site): unknown[] {
  if (within === undefined) return member in input ? [input[member]] : [];
  const holders = input[within];
  return Array.isArray(holders)
    ? holders.flatMap((h) => (h !== null && typeof h === "object" && member in h ? [(h as Record<string, unknown>)[member]] : []))
    : [];
}

/** Answers `error` to a call whose `site` holds a value beyond the least; else as the reference. */
function failingOn(site: Site, error: () => ServiceError) {
  return (next: Handler): Handler =>
    (call) => {
      if (valuesAt(call.input, site).some(beyondTheLeast)) throw error();
      return next(call);
    };
}

export function validValueFaults(documented: Documented): AnyVariant[] {
  const { service, statements } = documented;
  const inputs = statementsOf(documented, /^(\w+)\.model\.input\.(\w+)\.syntax$/, "status-codes/no-5xx-for-valid-input");
  // Structures inputs carry (CreateMembers' AccountDetails): where each is, read from the inputs' own statements.
  const holders = inputs.flatMap(({ statement, match }) => {
    const structure = statement.text.match(/^list of (\w+) object/)?.[1];
    return structure ? [{ structure, operation: match[1]!, member: wireNameOf(statement, match[2]!) }] : [];
  });
  const nested = statementsOf(documented, /^(\w+)\.model\.(\w+)\.syntax$/, "status-codes/no-5xx-for-valid-input").flatMap(({ statement, match }) =>
    holders
      .filter((h) => h.structure === match[1])
      .map((h) => ({ statement, operation: h.operation, member: match[2]!, site: { member: wireNameOf(statement, match[2]!), within: h.member } as Site })),
  );
  const sites = [
    ...inputs.map(({ statement, match }) => ({
      statement,
      operation: match[1]!,
      member: match[2]!,
      site: { member: wireNameOf(statement, match[2]!) } as Site,
    })),
    ...nested,
  ];
  return sites.map(({ statement, operation, member, site }) => {
    const refuses = enforces(service, "status-codes/valid-input-accepted", statement) && !NEVER_ADMITTED.has(operation);
    const check: CheckId = refuses ? "status-codes/valid-input-accepted" : "status-codes/no-5xx-for-valid-input";
    const where = site.within ? `${site.within}[].${site.member}` : site.member;
    const values = refusedValues(statement.text);
    // The operation's own input error (Security Hub's InvalidInputException, GuardDuty's BadRequestException) and internal one.
    const inputError = errorOfStatus(documented, operation, 400, "ValidationException");
    const internalError = errorOfStatus(documented, operation, 500, "InternalFailure");
    // The statements of the same input: the page's Type and Pattern of AccountIds, the request syntax, and what the
    // model says of the member (NextToken's use, GuardDuty's "The unique ID of the detector", "The maximum value is 50").
    const alike = statements.filter(
      (s) =>
        s.operations.includes(operation) &&
        s.id !== statement.id &&
        enforces(service, check, s) &&
        (s.id === `${operation}.page.${member}.type` ||
          s.id === `${operation}.page.${member}.pattern` ||
          (s.id === `${operation}.page.request-syntax` && member === "AccountIds") ||
          (site.within === undefined && s.id.startsWith(`${operation}.model.input.${member}.`))),
    );
    return generatedVariant(
      documented,
      {
        name: `${refuses ? "refuses-valid" : "fails-on-valid"}/${operation}/${where}`,
        description: refuses
          ? `Breaks ${operation}'s ${where}, ${statement.text.split(";")[0]}: ${operation} refuses ${values} with 400 ${inputError}.`
          : `Breaks ${operation}'s ${where}, ${statement.text.split(";")[0]}: ${operation} fails with 500 ${internalError} on ${values}.`,
        caughtBy: check,
        behaviour: () => ({
          operations: {
            [operation]: failingOn(site, () =>
              refuses ? new ServiceError(inputError, `${where} is not supported.`, 400) : new ServiceError(internalError, "Internal server error.", 500),
            ),
          },
        }),
      },
      [statement, ...alike],
    );
  });
}

/** The request rules behind each rule of a reference page's Request Parameters, and the page's JSON body. */
const PAGE_RULES: Readonly<Record<string, readonly RequestRule[]>> = {
  type: ["wrong-type", "wrong-item-type"],
  pattern: ["pattern-violation"],
  required: ["missing-required"],
  "the-request-accepts-the-following": ["not-json", "not-an-object"],
};

export function malformedInputFaults(documented: Documented): AnyVariant[] {
  const found = statementsOf(
    documented,
    /^(\w+)\.page\.(?:\w+\.)?(type|pattern|required|the-request-accepts-the-following)$/,
    "status-codes/invalid-input-rejected",
  );
  return found.map(({ statement, match }) => {
    const [operation, rule] = [match[1]!, match[2]!];
    const rules = PAGE_RULES[rule]!;
    return generatedVariant(
      documented,
      {
        name: `accepts-malformed/${operation}/${rule === "the-request-accepts-the-following" ? "body" : rule}`,
        description: `Breaks ${operation}'s "${statement.text}": ${operation} accepts input breaking it (${rules.join(", ")}), dropping what breaks it, and answers 200.`,
        caughtBy: "status-codes/invalid-input-rejected",
        behaviour: () => lenientOn((violation, at) => at === operation && rules.includes(violation.rule)),
      },
      [statement],
    );
  });
}
