/**
 * Members of a value that its schema does not declare, as JSON pointers. AWS clients ignore them, so the
 * suite reports them as warnings, never as failures.
 */
import type { JsonSchema } from "../specs/shape-schema.ts";

export function unknownMembers(schema: JsonSchema, value: unknown, at = ""): string[] {
  if (Array.isArray(value)) {
    const items = schema.items as JsonSchema | undefined;
    return items ? value.flatMap((item, i) => unknownMembers(items, item, `${at}/${i}`)) : [];
  }
  if (value === null || typeof value !== "object") return [];
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  const additional = schema.additionalProperties as JsonSchema | undefined;
  const alternatives = schema.anyOf as JsonSchema[] | undefined;
  if (alternatives) {
    return alternatives.map((alternative) => unknownMembers(alternative, value, at)).reduce((a, b) => (a.length <= b.length ? a : b));
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([key, member]) => {
    const pointer = `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const declared = properties?.[key] ?? additional;
    return declared ? unknownMembers(declared, member, pointer) : properties ? [pointer] : [];
  });
}
