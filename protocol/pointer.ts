/** Reads the values at a JSON pointer in which `*` stands for every item of a list (`/AccountDetails/*\/AccountId`). */
export function valuesAt(value: unknown, pointer: string): unknown[] {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let current: unknown[] = [value];
  for (const segment of segments) {
    current = current.flatMap((item) => {
      if (segment === "*") return Array.isArray(item) ? item : [];
      if (item !== null && typeof item === "object" && !Array.isArray(item) && segment in item) return [(item as Record<string, unknown>)[segment]];
      return [];
    });
  }
  return current;
}
