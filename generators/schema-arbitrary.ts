/** fast-check arbitraries for the values a JSON Schema (as the spec writes them) accepts. */
import fc from "fast-check";
import type { JsonSchema } from "../specs/shape-schema.ts";
import { linearRegExp } from "../validators/linear-regexp.ts";

export interface SchemaArbitraryOptions {
  /** Upper bound on generated array lengths and map sizes where the schema sets none. */
  maxItems?: number;
  /** Now and then send an optional structure member as an explicit null, which restJson1 reads as unset. */
  nullOptionals?: boolean;
}

export function arbitraryFromSchema(schema: JsonSchema, options: SchemaArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const maxItems = options.maxItems ?? 5;
  const recurse = (s: JsonSchema): fc.Arbitrary<unknown> => arbitraryFromSchema(s, options);
  if (Array.isArray(schema.anyOf)) return fc.oneof(...(schema.anyOf as JsonSchema[]).map(recurse));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  switch (schema.type) {
    case "object": {
      if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        const keys = schema.propertyNames ? (recurse(schema.propertyNames as JsonSchema) as fc.Arbitrary<string>) : fc.string();
        return fc.dictionary(keys, recurse(schema.additionalProperties as JsonSchema), {
          minKeys: (schema.minProperties as number | undefined) ?? 0,
          maxKeys: Math.min((schema.maxProperties as number | undefined) ?? maxItems, maxItems),
        });
      }
      const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
      const required = (schema.required as string[] | undefined) ?? [];
      const member = (name: string, s: JsonSchema): fc.Arbitrary<unknown> =>
        options.nullOptionals && !required.includes(name)
          ? fc.oneof({ weight: 9, arbitrary: recurse(s) }, { weight: 1, arbitrary: fc.constant(null) })
          : recurse(s);
      return fc.record(Object.fromEntries(Object.entries(properties).map(([name, s]) => [name, member(name, s)])), { requiredKeys: required });
    }
    case "array": {
      const minLength = (schema.minItems as number | undefined) ?? 0;
      const maxLength = Math.max(minLength, Math.min((schema.maxItems as number | undefined) ?? maxItems, maxItems));
      return fc.array(recurse((schema.items as JsonSchema | undefined) ?? {}), { minLength, maxLength });
    }
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return fc.integer({
        min: (schema.minimum as number | undefined) ?? -(2 ** 31),
        max: (schema.maximum as number | undefined) ?? 2 ** 31 - 1,
      });
    case "number":
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    default:
      return fc.jsonValue();
  }
}

/**
 * String arbitraries by what shapes them. The model gives most string members one pattern (`.*\S.*`), and
 * building an arbitrary from a pattern is most of building a run's scenarios; arbitraries are immutable, so a
 * shared one draws exactly what a fresh one would.
 */
const stringArbitraries = new Map<string, fc.Arbitrary<string>>();

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const key = JSON.stringify([schema.format, schema.pattern, schema.minLength, schema.maxLength]);
  let arbitrary = stringArbitraries.get(key);
  if (!arbitrary) stringArbitraries.set(key, (arbitrary = newStringArbitrary(schema)));
  return arbitrary;
}

function newStringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === "date-time") {
    return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
  }
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? 64;
  const fitsLength = (s: string): boolean => [...s].length >= minLength && [...s].length <= maxLength;
  if (typeof schema.pattern !== "string") return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(maxLength, 64)), unit: "grapheme-ascii" });
  const full = linearRegExp(schema.pattern);
  // A pattern drawn from short strings rarely reaches a minimum length above one (a 32-character client token): where
  // it is one character class repeated, draw the characters from the class up to the length instead of filtering.
  const repeated = minLength > 1 ? REPEATED_CLASS.exec(schema.pattern) : null;
  if (repeated) {
    const unit = fc.stringMatching(new RegExp(`^${repeated[1]}$`, "u"));
    return fc.string({ unit, minLength, maxLength: Math.max(minLength, Math.min(maxLength, 64)) }).filter((s) => full.test(s));
  }
  // fast-check cannot generate from lookarounds: generate from the pattern without them, keep what the full one accepts.
  const generative = fc.stringMatching(new RegExp(schema.pattern.replace(/\(\?<?[=!][^()]*\)/g, ""), "u"));
  const fits = (s: string): boolean => full.test(s) && fitsLength(s);
  // A pattern whose every string is longer than the 64 characters drawn by default where the schema sets no maximum
  // (an ARN: `arn:aws…:graph:[abcdef\d]{32}`) is kept to the schema's own bounds, else the filter never ends.
  if (schema.maxLength === undefined && !fc.sample(generative, { numRuns: 20, seed: 0 }).some(fits))
    return generative.filter((s) => full.test(s) && [...s].length >= minLength);
  return generative.filter(fits);
}

/** A pattern that is one character class (or `\w`, `\d`, `.`) repeated: `^[a-zA-Z0-9/_+=.:@-]+$`, `[0-9]*`. */
const REPEATED_CLASS = /^\^?(\[(?:\\.|[^\]\\])+\]|\\[wdsS]|\.)[+*]\$?$/;

/**
 * Values of every JSON type but the ones a schema accepts: the wrong-type cases of that schema. null only with
 * `withNull` (a list item): restJson1 reads a null member as unset, so it is no wrong type for a member.
 */
export function wrongTypeArbitrary(schema: JsonSchema, options: { withNull?: boolean } = {}): fc.Arbitrary<unknown> {
  return fc.oneof(...wrongTypes(schema, options).map(({ arbitrary }) => arbitrary));
}

/** One value of each JSON type the schema does not accept, as the coverage phase sends them (a bare string for a list …). */
export function wrongTypeExamples(schema: JsonSchema, options: { withNull?: boolean } = {}): unknown[] {
  return wrongTypes(schema, options).map(({ example }) => example);
}

function wrongTypes(schema: JsonSchema, options: { withNull?: boolean }): { arbitrary: fc.Arbitrary<unknown>; example: unknown }[] {
  const accepted = schema.type;
  const candidates: { type: string; arbitrary: fc.Arbitrary<unknown>; example: unknown }[] = [
    { type: "string", arbitrary: fc.string({ maxLength: 8 }), example: "abc" },
    { type: "integer", arbitrary: fc.integer(), example: 7 },
    { type: "number", arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)), example: 1.5 },
    { type: "boolean", arbitrary: fc.boolean(), example: true },
    { type: "object", arbitrary: fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }), example: { a: 1 } },
    { type: "array", arbitrary: fc.array(fc.integer(), { maxLength: 2 }), example: [1] },
    ...(options.withNull ? [{ type: "null", arbitrary: fc.constant(null) as fc.Arbitrary<unknown>, example: null }] : []),
  ];
  return candidates.filter(({ type }) => type !== accepted && !(accepted === "number" && type === "integer"));
}
