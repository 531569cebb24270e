/** Reads the values at a JSON pointer in which `*` stands for every item of a list (`/AccountDetails/*\/AccountId`). */
export function valuesAt(value: unknown, pointer: string): unknown[] {
  let current: unknown[] = [value];
  for (const segment of segmentsOf(pointer)) {
    const next: unknown[] = [];
    for (const item of current) {
      if (segment === "*") {
        if (Array.isArray(item)) for (const element of item) next.push(element);
      } else if (Array.isArray(item)) {
        // An index into a list, as JSON Pointer reads it (`/detectorIds/0`).
        if (/^(0|[1-9]\d*)$/.test(segment) && Number(segment) < item.length) next.push(item[Number(segment)]);
      } else if (item !== null && typeof item === "object" && !Array.isArray(item) && segment in item) next.push((item as Record<string, unknown>)[segment]);
    }
    current = next;
  }
  return current;
}

/** Pointers by text: a run reads the spec's handful of pointers on every answer. */
const parsed = new Map<string, readonly string[]>();

function segmentsOf(pointer: string): readonly string[] {
  let segments = parsed.get(pointer);
  if (!segments) {
    segments = pointer
      .split("/")
      .slice(1)
      .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (parsed.size > 1_000) parsed.clear();
    parsed.set(pointer, segments);
  }
  return segments;
}
