/**
 * The facts an API reference page states about an operation, in a form both the page parser and the
 * OpenAPI document can produce, so the two sources can be compared field by field.
 */
export interface MemberDescription {
  name: string;
  /** `string`, `integer`, `boolean`, `timestamp`, `array of string`, `array of Result`, `Result`, `map`. */
  type: string;
  pattern?: string;
  required: boolean;
}

export interface OperationDescription {
  name: string;
  method: string;
  path: string;
  /** The Request Syntax body as AWS prints it: `"string"` for strings, `number` for numbers, `[x]` for lists. */
  requestSkeleton: unknown;
  requestMembers: MemberDescription[];
  successStatus: number;
  responseSkeleton: unknown;
  responseMembers: Omit<MemberDescription, "required" | "pattern">[];
  /** Error name → HTTP status. */
  errors: Record<string, number>;
}

/** Every field on which two descriptions of one operation disagree, as readable lines; empty when they agree. */
export function compareDescriptions(page: OperationDescription, model: OperationDescription): string[] {
  const differences: string[] = [];
  const compare = (field: string, a: unknown, b: unknown): void => {
    const left = canonical(a);
    const right = canonical(b);
    if (left !== right) differences.push(`${page.name} ${field}: page says ${left}, model says ${right}`);
  };
  compare("name", page.name, model.name);
  compare("method", page.method, model.method);
  compare("path", page.path, model.path);
  compare("request syntax", page.requestSkeleton, model.requestSkeleton);
  compare("success status", page.successStatus, model.successStatus);
  compare("response syntax", page.responseSkeleton, model.responseSkeleton);
  compare("errors", page.errors, model.errors);
  const byName = <T extends { name: string }>(list: T[]): Map<string, T> => new Map(list.map((m) => [m.name, m]));
  for (const [label, left, right] of [
    ["request member", byName(page.requestMembers), byName(model.requestMembers)],
    ["response member", byName(page.responseMembers), byName(model.responseMembers)],
  ] as const) {
    for (const name of new Set([...left.keys(), ...right.keys()])) compare(`${label} ${name}`, left.get(name), right.get(name));
  }
  return differences;
}

/** JSON with sorted keys, so that key order never counts as a difference. */
function canonical(value: unknown): string {
  if (value === undefined) return "(absent)";
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
