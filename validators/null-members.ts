/**
 * restJson1 reads an explicit JSON null member of a structure as unset: a null required member is a missing one
 * (Smithy's RestJsonMalformedRequiredBodyExplicitNull answers it "Member must not be null") and a null optional
 * member is no member at all. List items and map values are not members: their nulls are kept, to be judged.
 */
import type { JsonSchema } from "../specs/shape-schema.ts";

/** `value` with the null members of its structures removed, walking along `schema`; the same object when it has none. */
export function withoutNullMembers(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = schema.items as JsonSchema | undefined;
    return items ? mapChanged(value, (item) => (item === null ? item : withoutNullMembers(items, item))) : value;
  }
  if (value === null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  const properties = memberSchemas(schema);
  if (properties) {
    let changed = false;
    const result: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(object)) {
      if (member === null) {
        changed = true;
        continue;
      }
      const next = properties[key] ? withoutNullMembers(properties[key], member) : member;
      changed ||= next !== member;
      result[key] = next;
    }
    return changed ? result : object;
  }
  const values = schema.additionalProperties;
  if (values && typeof values === "object") {
    let changed = false;
    const result: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(object)) {
      const next = member === null ? member : withoutNullMembers(values as JsonSchema, member);
      changed ||= next !== member;
      result[key] = next;
    }
    return changed ? result : object;
  }
  return object;
}

/** The member schemas of a structure, or of the structures among `anyOf` alternatives (error shapes share a status). */
function memberSchemas(schema: JsonSchema): Record<string, JsonSchema> | undefined {
  if (schema.properties) return schema.properties as Record<string, JsonSchema>;
  const alternatives = schema.anyOf as JsonSchema[] | undefined;
  if (!alternatives) return undefined;
  const merged: Record<string, JsonSchema> = {};
  for (const alternative of alternatives) Object.assign(merged, alternative.properties ?? {});
  return Object.keys(merged).length > 0 ? merged : undefined;
}

function mapChanged(list: unknown[], change: (item: unknown) => unknown): unknown[] {
  let changed = false;
  const result = list.map((item) => {
    const next = change(item);
    changed ||= next !== item;
    return next;
  });
  return changed ? result : list;
}
