/**
 * A document with its local references (`{"$ref": "#/…"}`) replaced by what they point at, as swagger-parser's
 * dereference gives it: each reference to one place becomes the same object, and keys beside a `$ref` override
 * the target's. The spec is generated and validated at build time (specs/openapi-validity.ts), so a run only
 * needs this, without loading a validator for OpenAPI itself.
 */
export function dereferenceLocal<T>(document: T): T {
  const resolved = new Map<string, unknown>();
  const resolving = new Set<string>();

  const resolve = (ref: string): unknown => {
    if (resolved.has(ref)) return resolved.get(ref);
    if (!ref.startsWith("#/")) throw new Error(`only local references are supported, not ${JSON.stringify(ref)}`);
    if (resolving.has(ref)) throw new Error(`the reference ${ref} refers to itself`);
    resolving.add(ref);
    let target: unknown = document;
    for (const token of ref.slice(2).split("/")) {
      const key = decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
      target = target !== null && typeof target === "object" && Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
      if (target === undefined) throw new Error(`the reference ${ref} points at nothing`);
    }
    const value = visit(target);
    resolving.delete(ref);
    resolved.set(ref, value);
    return value;
  };

  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    if (typeof record.$ref === "string") {
      const target = resolve(record.$ref);
      const siblings = Object.keys(record).filter((key) => key !== "$ref");
      if (siblings.length === 0) return target;
      return { ...(target as object), ...Object.fromEntries(siblings.map((key) => [key, visit(record[key])])) };
    }
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(record)) copy[key] = visit(record[key]);
    return copy;
  };

  return visit(document) as T;
}
