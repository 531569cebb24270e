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
import type { Statement } from "../../specs/statements.ts";
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

/**
 * Where a member's values are in an input, as wire names from the input's top: `["accountIds"]`, or through the
 * structures that hold it, `*` for each item of a list (`["accountDetails", "*", "accountId"]`,
 * `["dataSources", "s3Logs", "enable"]`).
 */
type Site = readonly string[];

function valuesAt(input: unknown, site: Site): unknown[] {
  let values: unknown[] = [input];
  for (const segment of site) {
    values = values.flatMap((value) => {
      if (segment === "*") return Array.isArray(value) ? value : [];
      return value !== null && typeof value === "object" && !Array.isArray(value) && segment in value ? [(value as Record<string, unknown>)[segment]] : [];
    });
  }
  return values;
}

/** A site in words: `accountDetails[].accountId`, `dataSources.s3Logs.enable`. */
function inWords(site: Site): string {
  return site.reduce((words, segment) => (segment === "*" ? `${words}[]` : words === "" ? segment : `${words}.${segment}`), "");
}

/** The structure a syntax statement says a member holds (`DataSourceConfigurations object`, `list of AccountDetail object`), and whether in a list. */
function heldStructure(syntax: Statement): { structure: string; inList: boolean } | undefined {
  const held = /^(list of )?(\w+) object/.exec(syntax.text);
  return held ? { structure: held[2]!, inList: held[1] !== undefined } : undefined;
}

/** How deep structures within structures are followed: deeper than any input shape of the services here. */
const MAX_NESTING = 6;

/**
 * Whether a generated variant refuses a value at the site. At the top of an input, any but the least of its type; inside
 * a structure, any value: the coverage phase plays a structure's members at their smallest only (the structure as full
 * as it may be), so a fault on larger values there would be found by chance, not on every seed.
 */
function refusedAt(site: Site): (value: unknown) => boolean {
  return site.length === 1 ? beyondTheLeast : () => true;
}

/** Answers `error` to a call whose `site` holds a value the variant refuses; else as the reference. */
function failingOn(site: Site, error: () => ServiceError) {
  const refused = refusedAt(site);
  return (next: Handler): Handler =>
    (call) => {
      if (valuesAt(call.input, site).some(refused)) throw error();
      return next(call);
    };
}

export function validValueFaults(documented: Documented): AnyVariant[] {
  const { service, statements } = documented;
  const check5xx = "status-codes/no-5xx-for-valid-input";
  const inputs = statementsOf(documented, /^(\w+)\.model\.input\.(\w+)\.syntax$/, check5xx);
  const members = statementsOf(documented, /^(\w+)\.model\.(\w+)\.syntax$/, check5xx);
  // Where each structure an input carries sits (CreateMembers' AccountDetail at accountDetails[], GuardDuty's
  // S3LogsConfiguration at dataSources.s3Logs), read from the syntax statements of the members holding it.
  const holdAt = (statement: Statement, member: string, under: Site) => {
    const held = heldStructure(statement);
    return held ? [{ structure: held.structure, site: [...under, wireNameOf(statement, member), ...(held.inList ? ["*"] : [])] }] : [];
  };
  let holders = inputs.flatMap(({ statement, match }) => holdAt(statement, match[2]!, []).map((h) => ({ ...h, operation: match[1]! })));
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    // Each round follows the structures one level deeper; a round finding none new ends it.
    const deeper = members.flatMap(({ statement, match }) =>
      holders.filter((h) => h.structure === match[1]).flatMap((h) => holdAt(statement, match[2]!, h.site).map((d) => ({ ...d, operation: h.operation }))),
    );
    const fresh = deeper.filter((d) => !holders.some((h) => h.operation === d.operation && h.site.join("/") === d.site.join("/")));
    if (fresh.length === 0) break;
    holders = [...holders, ...fresh];
  }
  const nested = members.flatMap(({ statement, match }) =>
    holders
      .filter((h) => h.structure === match[1])
      .map((h) => ({ statement, operation: h.operation, member: match[2]!, site: [...h.site, wireNameOf(statement, match[2]!)] as Site })),
  );
  const sites = [
    ...inputs.map(({ statement, match }) => ({ statement, operation: match[1]!, member: match[2]!, site: [wireNameOf(statement, match[2]!)] as Site })),
    ...nested,
  ];
  return sites.map(({ statement, operation, member, site }) => {
    const refuses = enforces(service, "status-codes/valid-input-accepted", statement) && !NEVER_ADMITTED.has(operation);
    const check: CheckId = refuses ? "status-codes/valid-input-accepted" : "status-codes/no-5xx-for-valid-input";
    const where = inWords(site);
    const values = site.length === 1 ? refusedValues(statement.text) : "any value";
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
          (site.length === 1 && s.id.startsWith(`${operation}.model.input.${member}.`))),
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
