/**
 * Requests that break their operation's input schema in exactly one labelled way. The ways are derived
 * from the schemas, not written per operation. Unknown extra members are never used: AWS APIs accept them.
 * An explicit JSON null is never a wrong type: restJson1 reads a null member as unset, so a null required
 * member is a missing one (Smithy's RestJsonMalformedRequiredBodyExplicitNull) and a null optional one is valid.
 * URI labels and header members are left valid, at their smallest values: no site breaks one (a label names a
 * resource, such as GuardDuty's detector, that its scenario provides; a broken one says nothing of the body's rules).
 */
import fc from "fast-check";
import type { CheckSource } from "../specs/rule-source.ts";
import type { ApiRequest } from "../protocol/api-request.ts";
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec, Parameter } from "../specs/spec-model.ts";
import { linearRegExp } from "../validators/linear-regexp.ts";
import type { RequestRule } from "../validators/request-rules.ts";
import { listOf, mapOf, minimalValue, smallestText } from "./coverage-values.ts";
import { arbitraryFromSchema, wrongTypeArbitrary, wrongTypeExamples } from "./schema-arbitrary.ts";

export interface InvalidRequest {
  rule: RequestRule;
  /** Who states the rule: the operation's reference page, the AWS model alone, or restJson1 (a body that is no JSON object). */
  source: CheckSource;
  /** JSON pointer to the broken member (`/AccountIds/1`), `""` for the whole body. */
  at: string;
  request: ApiRequest;
}

/** Where a rule can be broken: a path of member names, `*` standing for one item of a list. */
export interface InvalidSite {
  rule: RequestRule;
  source: CheckSource;
  in: "body" | "query";
  path: string[];
  /** The replacement value, or `MISSING` to remove the member. */
  bad: fc.Arbitrary<unknown>;
  /** One replacement of each class `bad` draws from (each wrong JSON type, each blank …): the coverage phase sends every one. */
  examples: readonly unknown[];
  /** For each `*` in the path: the schema of that list's items, to fill an empty list. */
  itemSchemas: JsonSchema[];
}

export const MISSING = Symbol("missing");
/**
 * Query-string integers that do not parse (restJson1, Smithy's RestJsonQueryIntegerMalformedValueRejected and
 * RestJsonQueryIntegerUnderflowOverflow): no digits, a fraction, an exponent, nothing, beyond 32 bits, a boolean, hex,
 * trailing characters, infinities and NaN.
 */
export const MALFORMED_INTEGERS = ["x", "1.5", "1e3", "", "2147483648", "-9223372000000000000", "true", "0x42", "2ABC", "Infinity", "NaN"];
/** Query-string booleans other than `true` and `false` (Smithy's RestJsonQueryBooleanStringCoercion, and nothing). */
export const MALFORMED_BOOLEANS = ["True", "TRUE", "yes", "y", "1", "on", "False", "FALSE", "no", "0", "off", ""];
const BLANKS = ["", " ", "\t", "\n", "   ", " \t\r\n "];
/** Bodies that are not JSON: cut short or single-quoted as the operation's own would start (its first member), and other text. */
function notJson(operation: OperationSpec): string[] {
  const member = operation.body?.members[0]?.name ?? "a";
  return ["{", `{"${member}": [`, "not json", "<Request/>", `{'${member}': []}`, '{"a":1}}', "\u0000"];
}

export function invalidSites(operation: OperationSpec): InvalidSite[] {
  const sites: InvalidSite[] = [];
  if (operation.body) {
    // A body of null is left out: read as "no members", it is a missing-required case at most.
    const site = (rule: RequestRule, bad: fc.Arbitrary<unknown>, examples: readonly unknown[]): InvalidSite => ({
      rule,
      source: "restjson1",
      in: "body",
      path: [],
      bad,
      examples,
      itemSchemas: [],
    });
    sites.push(
      site("not-an-object", fc.oneof(fc.array(fc.integer(), { maxLength: 2 }), fc.string({ maxLength: 6 }), fc.integer(), fc.boolean()), [
        [1, 2],
        "abc",
        7,
        true,
      ]),
    );
    const notJsonBodies = notJson(operation);
    sites.push(site("not-json", fc.constantFrom(...notJsonBodies), notJsonBodies));
    sites.push(...memberSites(operation.body.schema, [], false, [], memberSource(operation)));
  }
  for (const parameter of operation.query) {
    const site = (rule: RequestRule, bad: fc.Arbitrary<unknown>, examples: readonly unknown[], source: CheckSource = "aws-model"): InvalidSite => ({
      rule,
      source,
      in: "query",
      path: [parameter.name],
      bad,
      examples,
      itemSchemas: [],
    });
    // A value that does not parse as its member's type is malformed by the protocol, whatever the model constrains.
    const malformed = (values: string[]): InvalidSite => site("malformed-value", fc.constantFrom(...values), values, "restjson1");
    const { type, minimum, maximum } = parameter.schema as { type?: string; minimum?: number; maximum?: number };
    if (type === "integer") sites.push(malformed(MALFORMED_INTEGERS));
    if (type === "boolean") sites.push(malformed(MALFORMED_BOOLEANS));
    if (minimum !== undefined) sites.push(site("out-of-range", fc.integer({ min: minimum - 1000, max: minimum - 1 }).map(String), [String(minimum - 1)]));
    if (maximum !== undefined) sites.push(site("out-of-range", fc.integer({ min: maximum + 1, max: maximum + 1000 }).map(String), [String(maximum + 1)]));
  }
  return sites;
}

/** Member rules of an operation the reference pages document are the contract; the others are the model's alone. */
function memberSource(operation: OperationSpec): CheckSource {
  return operation.referencePage ? "reference-page" : "aws-model";
}

function memberSites(schema: JsonSchema, path: string[], required: boolean, itemSchemas: JsonSchema[], source: CheckSource): InvalidSite[] {
  const sites: InvalidSite[] = [];
  const site = (rule: RequestRule, bad: fc.Arbitrary<unknown>, examples: readonly unknown[]): void =>
    void sites.push({ rule, source, in: "body", path, bad, examples, itemSchemas });
  // A list or map of one to eight valid entries more than `max` allows: it shrinks to one more.
  const beyond = (max: number, make: (size: number) => unknown): void =>
    site("size-violation", fc.integer({ min: max + 1, max: max + 8 }).map(make), [make(max + 1)]);
  if (path.length > 0) {
    const item = path.at(-1) === "*";
    if (required) site("missing-required", fc.constantFrom(MISSING, null), [MISSING, null]);
    // A null list item is still malformed (Smithy's RestJsonBodyMalformedListNullItem); a null member is unset.
    site(item ? "wrong-item-type" : "wrong-type", wrongTypeArbitrary(schema, { withNull: item }), wrongTypeExamples(schema, { withNull: item }));
  }
  switch (schema.type) {
    case "string": {
      if (Array.isArray(schema.enum)) {
        const values = schema.enum as unknown[];
        const outside = [String(values[0]).toLowerCase(), "NOT_A_DOCUMENTED_VALUE"].filter((s) => !values.includes(s));
        // A documented value in another letter case, and one no model names.
        site("enum-violation", fc.constantFrom(...outside), outside);
      }
      if (typeof schema.pattern === "string") {
        const pattern = linearRegExp(schema.pattern);
        const violating = BLANKS.filter((s) => !pattern.test(s));
        if (violating.length > 0) site("pattern-violation", fc.constantFrom(...violating), violating);
      }
      if (typeof schema.maxLength === "number")
        site(
          "length-violation",
          fc.nat(8).map((n) => "a".repeat((schema.maxLength as number) + 1 + n)),
          ["a".repeat(schema.maxLength + 1)],
        );
      break;
    }
    case "integer":
      if (typeof schema.minimum === "number") site("out-of-range", fc.integer({ min: schema.minimum - 1000, max: schema.minimum - 1 }), [schema.minimum - 1]);
      if (typeof schema.maximum === "number") site("out-of-range", fc.integer({ min: schema.maximum + 1, max: schema.maximum + 1000 }), [schema.maximum + 1]);
      break;
    case "array": {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      if (typeof schema.minItems === "number" && schema.minItems > 0) site("size-violation", fc.constant([]), [[]]);
      if (typeof schema.maxItems === "number") beyond(schema.maxItems, (n) => listOf(schema, n));
      sites.push(...memberSites(items, [...path, "*"], false, [...itemSchemas, items], source));
      break;
    }
    case "object": {
      if (typeof schema.minProperties === "number" && schema.minProperties > 0) site("size-violation", fc.constant({}), [{}]);
      if (typeof schema.maxProperties === "number") beyond(schema.maxProperties, (n) => mapOf(schema, n));
      const required = new Set((schema.required as string[] | undefined) ?? []);
      for (const [name, member] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) {
        sites.push(...memberSites(member, [...path, name], required.has(name), itemSchemas, source));
      }
      break;
    }
  }
  return sites;
}

/** One request breaking one rule at one site; `rules` narrows the choice. Shrinks toward a small request. */
export function invalidRequest(operation: OperationSpec, rules?: readonly RequestRule[]): fc.Arbitrary<InvalidRequest> {
  const sites = invalidSites(operation).filter((s) => !rules || rules.includes(s.rule));
  if (sites.length === 0) throw new Error(`${operation.name} has no way to break ${rules?.join(", ") ?? "its schema"}`);
  return fc.oneof(...sites.map((site) => siteRequest(operation, site)));
}

/** The parts no site breaks: each URI label and required header at its smallest value, only where the operation has any. */
function fixedParts(operation: OperationSpec): Pick<ApiRequest, "labels" | "headers"> {
  const smallest = (parameters: readonly Parameter[]): Record<string, string> =>
    Object.fromEntries(parameters.filter((p) => p.required).map((p) => [p.name, smallestText(p.schema)]));
  return {
    ...(operation.labels.length > 0 ? { labels: smallest(operation.labels) } : {}),
    ...(operation.headers.length > 0 ? { headers: smallest(operation.headers) } : {}),
  };
}

function siteRequest(operation: OperationSpec, site: InvalidSite): fc.Arbitrary<InvalidRequest> {
  const body = operation.body ? arbitraryFromSchema(operation.body.schema, { maxItems: 3 }) : fc.constant(undefined);
  const query = fc.record(Object.fromEntries(operation.query.map((p) => [p.name, arbitraryFromSchema(p.schema).map(String)])), {
    requiredKeys: operation.query.filter((p) => p.required).map((p) => p.name),
  });
  const fillers = fc.tuple(...site.itemSchemas.map((s) => arbitraryFromSchema(s, { maxItems: 3 })));
  return fc
    .tuple(body, query, fillers, fc.nat(), site.bad)
    .map(([validBody, validQuery, filler, pick, bad]) => breakAt(operation, site, { validBody, validQuery, filler, pick, bad }));
}

/**
 * The coverage phase's invalid requests: one per site and class of bad value, each placed in the operation's
 * smallest valid input. The same for every seed.
 */
export function invalidRequestCoverage(operation: OperationSpec, rules?: readonly RequestRule[]): InvalidRequest[] {
  const validBody = operation.body ? minimalValue(operation.body.schema) : undefined;
  const validQuery = Object.fromEntries(operation.query.filter((p) => p.required).map((p) => [p.name, String(minimalValue(p.schema))]));
  return invalidSites(operation)
    .filter((site) => !rules || rules.includes(site.rule))
    .flatMap((site) =>
      site.examples.map((bad) => breakAt(operation, site, { validBody, validQuery, filler: site.itemSchemas.map(minimalValue), pick: 0, bad })),
    );
}

/** A valid request with `bad` at the site: the request that breaks exactly that rule there. */
function breakAt(
  operation: OperationSpec,
  site: InvalidSite,
  { validBody, validQuery, filler, pick, bad }: { validBody: unknown; validQuery: Record<string, string>; filler: unknown[]; pick: number; bad: unknown },
): InvalidRequest {
  const request = (query: Record<string, string>, body: string | undefined): ApiRequest => {
    const fixed = fixedParts(operation);
    return { operation: operation.name, ...(fixed.labels ? { labels: fixed.labels } : {}), query, ...(fixed.headers ? { headers: fixed.headers } : {}), body };
  };
  if (site.in === "query") {
    const name = site.path[0]!;
    return { rule: site.rule, source: site.source, at: `/${name}`, request: request({ ...validQuery, [name]: String(bad) }, render(validBody)) };
  }
  if (site.path.length === 0) {
    const text = site.rule === "not-json" ? String(bad) : JSON.stringify(bad);
    return { rule: site.rule, source: site.source, at: "", request: request(validQuery, text) };
  }
  const pointer: string[] = [];
  const mutated = place(validBody, site.path, 0, { filler, pick, bad, pointer });
  return { rule: site.rule, source: site.source, at: `/${pointer.join("/")}`, request: request(validQuery, render(mutated)) };
}

interface Placement {
  filler: unknown[];
  pick: number;
  bad: unknown;
  pointer: string[];
}

/** A copy of `value` with `bad` at `path` (an empty list gets a valid item first), recording the concrete pointer. */
function place(value: unknown, path: string[], depth: number, placement: Placement, star = 0): unknown {
  if (depth === path.length) return placement.bad;
  const segment = path[depth]!;
  if (segment === "*") {
    const list = Array.isArray(value) ? [...value] : [];
    if (list.length === 0) list.push(placement.filler[star]);
    const index = placement.pick % list.length;
    placement.pointer.push(String(index));
    list[index] = place(list[index], path, depth + 1, placement, star + 1);
    return list;
  }
  const object = value !== null && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  placement.pointer.push(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
  const next = place(object[segment], path, depth + 1, placement, star);
  if (next === MISSING) delete object[segment];
  else object[segment] = next;
  return object;
}

function render(body: unknown): string | undefined {
  return body === undefined ? undefined : JSON.stringify(body);
}
