/**
 * Deterministic values for the coverage phase: the same for every seed, so whether a documented input rule is
 * exercised never depends on chance. For a schema, its smallest valid value and the valid values at each of its
 * boundaries (a range's ends, a list of one, of several and of the most items, a string of its longest length,
 * each value of a closed set, both booleans); for an operation, its smallest input and that input with one member
 * moved to each boundary.
 */
import fc from "fast-check";
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import { linearRegExp } from "../validators/linear-regexp.ts";
import { arbitraryFromSchema } from "./schema-arbitrary.ts";

/** Strings tried, in order, for a string schema's smallest valid value. */
const STRING_CANDIDATES = ["a", "example", "A1", "0", "x.y"];

/** The smallest valid value of a schema: required members only, lists and maps at their least size. */
export function minimalValue(schema: JsonSchema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case "object": {
      if (isMap(schema)) return mapOf(schema, (schema.minProperties as number | undefined) ?? 0);
      const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
      const required = (schema.required as string[] | undefined) ?? [];
      return Object.fromEntries(required.filter((name) => properties[name]).map((name) => [name, minimalValue(properties[name]!)]));
    }
    case "array":
      return listOf(schema, (schema.minItems as number | undefined) ?? 0);
    case "string":
      return stringOf(schema, (schema.minLength as number | undefined) ?? 1);
    case "integer":
      return (schema.minimum as number | undefined) ?? 1;
    case "number":
      return 1.5;
    case "boolean":
      return false;
    default:
      return null;
  }
}

/** The smallest valid value as text that is not empty, as a URI label must be (a string schema allowing "" gives "a"). */
export function smallestText(schema: JsonSchema): string {
  const text = String(minimalValue(schema));
  return text === "" ? String(minimalValue({ ...schema, minLength: 1 })) : text;
}

/**
 * The valid value with every member a structure may hold present (each at its smallest, its structures as full), where
 * the smallest holds only the required ones: an optional structure's members (GuardDuty's dataSources.s3Logs) are
 * documented input too, and the coverage phase plays them whatever the seed. Lists hold their least items, at least one.
 */
export function fullestValue(schema: JsonSchema, depth = 0): unknown {
  if (depth > MAX_FULLEST_DEPTH) return minimalValue(schema);
  if (schema.type === "object" && !isMap(schema) && !Array.isArray(schema.enum)) {
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    return Object.fromEntries(Object.entries(properties).map(([name, member]) => [name, fullestValue(member, depth + 1)]));
  }
  if (schema.type === "array") {
    const item = (schema.items as JsonSchema | undefined) ?? {};
    return Array.from({ length: Math.max(1, (schema.minItems as number | undefined) ?? 0) }, () => fullestValue(item, depth + 1));
  }
  return minimalValue(schema);
}

/** How deep `fullestValue` fills structures within structures: deeper than any AWS input shape the suite meets. */
const MAX_FULLEST_DEPTH = 8;

/** The valid values at a schema's boundaries, smallest first; each differs from the smallest value. */
export function boundaryValues(schema: JsonSchema): unknown[] {
  const values: unknown[] = [];
  switch (schema.type) {
    case "object": {
      if (isMap(schema)) {
        const min = (schema.minProperties as number | undefined) ?? 0;
        values.push(mapOf(schema, Math.max(1, min)), mapOf(schema, (schema.maxProperties as number | undefined) ?? Math.max(3, min)));
      } else values.push(fullestValue(schema));
      break;
    }
    case "array": {
      const min = (schema.minItems as number | undefined) ?? 0;
      const max = schema.maxItems as number | undefined;
      values.push(listOf(schema, Math.max(1, min)), listOf(schema, Math.min(max ?? 3, Math.max(3, min))));
      if (max !== undefined) values.push(listOf(schema, max));
      // A list of structures: once with its items as full as they may be (CreateMembers' account details with an email).
      const item = (schema.items as JsonSchema | undefined) ?? {};
      if (item.type === "object" && !isMap(item)) values.push(fullestValue(schema));
      break;
    }
    case "string":
      // Each value of a closed set is one of its boundaries.
      if (Array.isArray(schema.enum)) values.push(...schema.enum);
      else if (typeof schema.maxLength === "number") values.push(stringOf(schema, schema.maxLength));
      break;
    case "integer":
      if (typeof schema.minimum === "number") values.push(schema.minimum);
      if (typeof schema.maximum === "number") values.push(schema.maximum);
      break;
    case "boolean":
      values.push(true, false);
      break;
  }
  const minimal = JSON.stringify(minimalValue(schema));
  return dedupe(values.filter((v) => JSON.stringify(v) !== minimal));
}

/**
 * Label values a path must carry as one segment, whatever characters they hold (restJson1 percent-encodes a label,
 * `/` included): Smithy's restJson1 protocol test RestJsonHttpRequestLabelEscaping sends `%:/?#[]@!$&'()*+,;=😹`, and
 * a value beginning with the separator is the one a server that decodes the path before routing meets first.
 */
export const LABEL_ESCAPING = "%:/?#[]@!$&'()*+,;=😹";

/**
 * An operation's inputs for the coverage phase (members by wire name, body, query and header alike): the smallest
 * input, then for each member (required or optional) that input with the member at each of its boundaries, and each
 * optional member present with its smallest value. URI labels are in every input at their smallest: a label names a
 * resource (GuardDuty's detector) its scenario provides, so its boundaries are not played — except with `playLabels`,
 * where a run knows no resource (a protocol-only run: the label is input like any other), and then each label is also
 * at its boundaries and holds the characters only percent-encoding keeps in one segment (LABEL_ESCAPING).
 */
export function validInputCoverage(operation: OperationSpec, { playLabels = false } = {}): Record<string, unknown>[] {
  const members: [string, JsonSchema, boolean][] = [];
  const body = operation.body?.schema;
  if (body) {
    const required = new Set((body.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((body.properties as Record<string, JsonSchema> | undefined) ?? {}))
      members.push([name, schema, required.has(name)]);
  }
  for (const parameter of [...operation.query, ...operation.headers]) members.push([parameter.name, parameter.schema, parameter.required]);
  const labels = operation.labels.map((label) => [label.name, smallestText(label.schema)]);
  const smallest = {
    ...Object.fromEntries(members.filter(([, , required]) => required).map(([name, schema]) => [name, minimalValue(schema)])),
    ...Object.fromEntries(labels),
  };
  const inputs: Record<string, unknown>[] = [smallest];
  for (const [name, schema, required] of members) {
    // A pagination token is the target's to hand out: one made up here is not a valid input (Security Hub's
    // NextToken, GuardDuty's and Macie's nextToken).
    if (name.toLowerCase() === "nexttoken") continue;
    const values = [...(required ? [] : [minimalValue(schema)]), ...boundaryValues(schema)];
    for (const value of dedupe(values)) inputs.push({ ...smallest, [name]: value });
  }
  if (playLabels)
    for (const label of operation.labels) {
      const least = smallestText(label.schema);
      const values = [...boundaryValues(label.schema), LABEL_ESCAPING, `/${least}`].filter((value) => fitsString(label.schema, value));
      for (const value of values) inputs.push({ ...smallest, [label.name]: value });
    }
  return dedupe(inputs);
}

/** Whether a value is a string the schema accepts: its length (in code points) within bounds, its pattern matched. */
function fitsString(schema: JsonSchema, value: unknown): value is string {
  if (typeof value !== "string" || value === "") return false;
  const length = [...value].length;
  if (length < ((schema.minLength as number | undefined) ?? 0) || length > ((schema.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY)) return false;
  return typeof schema.pattern !== "string" || linearRegExp(schema.pattern).test(value);
}

function isMap(schema: JsonSchema): boolean {
  return typeof schema.additionalProperties === "object" && schema.additionalProperties !== null;
}

/** A list of `size` valid items, distinct where they can be: a list of several is not one value repeated. */
export function listOf(schema: JsonSchema, size: number): unknown[] {
  const item = (schema.items as JsonSchema | undefined) ?? {};
  const first = minimalValue(item);
  return Array.from({ length: size }, (_, i) => (i === 0 ? first : distinctItem(item, first, i)));
}

/**
 * The `i`-th item after `first`: a string varied by a suffix; a structure with its first required string member
 * varied so (AccountDetails of fifty accounts name fifty AccountIds, not one fifty times).
 */
function distinctItem(item: JsonSchema, first: unknown, i: number): unknown {
  if (typeof first === "string") return variant(item, first, i);
  if (first === null || typeof first !== "object" || Array.isArray(first)) return first;
  const properties = (item.properties as Record<string, JsonSchema> | undefined) ?? {};
  const varied = Object.entries(first).find(([name, value]) => typeof value === "string" && properties[name]);
  return varied ? { ...first, [varied[0]]: variant(properties[varied[0]]!, varied[1] as string, i) } : first;
}

/** A map of `size` entries: distinct valid keys, each with its value's smallest valid value. */
export function mapOf(schema: JsonSchema, size: number): Record<string, unknown> {
  const keys = (schema.propertyNames as JsonSchema | undefined) ?? { type: "string" };
  const values = schema.additionalProperties as JsonSchema;
  const first = String(minimalValue(keys));
  return Object.fromEntries(Array.from({ length: size }, (_, i) => [i === 0 ? first : variant(keys, first, i), minimalValue(values)]));
}

/** The `i`-th distinct valid string after `first`: a suffix, when the pattern allows it. */
function variant(schema: JsonSchema, first: string, i: number): string {
  const pattern = typeof schema.pattern === "string" ? linearRegExp(schema.pattern) : undefined;
  const maxLength = (schema.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY;
  for (const candidate of [`${first}${i}`, `${first}${"abcdefghij"[i % 10]}`, `${first}${".".repeat(i)}`]) {
    if (candidate.length <= maxLength && (!pattern || pattern.test(candidate))) return candidate;
  }
  return first;
}

/** The first candidate the schema accepts, repeated or cut to `length` characters. */
function stringOf(schema: JsonSchema, length: number): string {
  if (schema.format === "date-time") return "2024-01-01T00:00:00.000Z";
  const pattern = typeof schema.pattern === "string" ? linearRegExp(schema.pattern) : undefined;
  for (const candidate of STRING_CANDIDATES) {
    const text = candidate.repeat(Math.ceil(length / candidate.length)).slice(0, Math.max(length, 1));
    if (!pattern || pattern.test(text)) return text;
  }
  // A pattern none of them fits (`\d{12}`, `arn:.*`): strings drawn from it with a fixed seed, so the value is the
  // same for every run, the one nearest the length asked for within the schema's bounds.
  const drawn = pattern ? drawnFitting(schema, length) : undefined;
  if (drawn !== undefined) return drawn;
  throw new Error(`no coverage value fits the string schema ${JSON.stringify(schema)}`);
}

function dedupe<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Of 100 strings drawn from a string schema with a fixed seed, one of exactly `length` characters, else the nearest. */
function drawnFitting(schema: JsonSchema, length: number): string | undefined {
  const within = (s: string): boolean =>
    [...s].length >= ((schema.minLength as number | undefined) ?? 0) && [...s].length <= ((schema.maxLength as number | undefined) ?? Number.POSITIVE_INFINITY);
  const drawn = fc.sample(arbitraryFromSchema(schema) as fc.Arbitrary<string>, { numRuns: 100, seed: 0 }).filter(within);
  const distance = (s: string): number => Math.abs([...s].length - length);
  return drawn.sort((a, b) => distance(a) - distance(b) || a.localeCompare(b))[0];
}
