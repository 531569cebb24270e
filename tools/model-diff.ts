/**
 * What differs between two botocore models for the member-invitation family, for people: operations added or
 * removed, their HTTP binding, input, output and errors; shapes added or removed, members added or removed, a member
 * becoming required or optional, constraint changes (type, size, length, range, pattern, values); the metadata; and
 * the documentation, sentence by sentence. Both models are cut to the family first, so the rest of the service is
 * never compared.
 */
import type { Operation, ServiceModel, Shape, ShapeRef } from "../specs/botocore-model.ts";
import { extractFamily, FAMILY_OPERATIONS, shapeRefs } from "../specs/model-family.ts";
import { sentences } from "../specs/statements.ts";

export interface ModelDifference {
  section: "operation" | "shape" | "metadata" | "documentation";
  /** The operation, the shape (`AccountDetailsList`), a shape's member (`EnableSecurityHubRequest.ControlFindingGenerator`), or `metadata`. */
  subject: string;
  /** The change in words: "errors added: AccessDeniedException (403)", "size –  → 1–50", "- an old sentence". */
  change: string;
}

/** The differences from `older` to `newer`, in the family's order: operations, then shapes by name, the metadata, the documentation. */
export function diffFamilies(older: ServiceModel, newer: ServiceModel): ModelDifference[] {
  const [a, b] = [extractFamily(older), extractFamily(newer)];
  const found: ModelDifference[] = [];
  const add = (section: ModelDifference["section"], subject: string, change: string): void => void found.push({ section, subject, change });
  for (const name of FAMILY_OPERATIONS) {
    const [was, is] = [a.operations[name], b.operations[name]];
    if (!was && !is) continue;
    if (!was || !is) {
      add("operation", name, was ? "operation removed" : "operation added");
      continue;
    }
    for (const change of operationChanges(was, is, b)) add("operation", name, change);
    documentationChanges(was.documentation, is.documentation, (line) => add("documentation", name, line));
  }
  const users = new Map([...shapeUsers(a), ...shapeUsers(b)]);
  for (const name of [...new Set([...Object.keys(a.shapes), ...Object.keys(b.shapes)])].sort()) {
    const [was, is] = [a.shapes[name], b.shapes[name]];
    const subject = `${name}${usedBy(users.get(name))}`;
    if (!was || !is) {
      add("shape", subject, was ? `shape removed (${describe(a, name)})` : `shape added (${describe(b, name)})`);
      continue;
    }
    for (const change of shapeChanges(was, is, a, b)) add("shape", subject, change);
    documentationChanges(was.documentation, is.documentation, (line) => add("documentation", name, line));
    for (const member of Object.keys(is.members ?? {})) {
      const before = was.members?.[member];
      if (before) documentationChanges(before.documentation, is.members![member]!.documentation, (line) => add("documentation", `${name}.${member}`, line));
    }
  }
  for (const key of [...new Set([...Object.keys(a.metadata), ...Object.keys(b.metadata)])].sort()) {
    const [was, is] = [(a.metadata as Record<string, unknown>)[key], (b.metadata as Record<string, unknown>)[key]];
    if (JSON.stringify(was) !== JSON.stringify(is))
      add(
        "metadata",
        key,
        was === undefined ? `added: ${JSON.stringify(is)}` : is === undefined ? "removed" : `${JSON.stringify(was)} → ${JSON.stringify(is)}`,
      );
  }
  return found;
}

/** Shape → the operations whose input or output reaches it (errors left out: every operation has them). */
function shapeUsers(model: ServiceModel): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const operation of Object.values(model.operations)) {
    const seen = new Set<string>();
    const visit = (name: string): void => {
      const shape = model.shapes[name];
      if (seen.has(name) || !shape) return;
      seen.add(name);
      users.set(name, [...new Set([...(users.get(name) ?? []), operation.name])]);
      for (const ref of shapeRefs(shape)) visit(ref.shape);
    };
    for (const ref of [operation.input, operation.output]) if (ref) visit(ref.shape);
  }
  return users;
}

/** " (CreateMembers)", " (GetMembers, ListMembers)", " (used by 9 operations)", or nothing. */
function usedBy(operations: readonly string[] | undefined): string {
  if (!operations || operations.length === 0) return "";
  return operations.length <= 3 ? ` (${operations.join(", ")})` : ` (used by ${operations.length} operations)`;
}

function operationChanges(was: Operation, is: Operation, newer: ServiceModel): string[] {
  const changes: string[] = [];
  const binding = (o: Operation): string => `${o.http.method} ${o.http.requestUri}${o.http.responseCode ? ` (${o.http.responseCode})` : ""}`;
  if (binding(was) !== binding(is)) changes.push(`HTTP binding ${binding(was)} → ${binding(is)}`);
  for (const direction of ["input", "output"] as const) {
    const [x, y] = [was[direction]?.shape, is[direction]?.shape];
    if (x !== y) changes.push(`${direction} ${x ?? "none"} → ${y ?? "none"}`);
  }
  const errors = (o: Operation): string[] => (o.errors ?? []).map((e) => e.shape);
  const added = errors(is).filter((e) => !errors(was).includes(e));
  const removed = errors(was).filter((e) => !errors(is).includes(e));
  const status = (name: string): string => {
    const code = newer.shapes[name]?.error?.httpStatusCode;
    return code === undefined ? name : `${name} (${code})`;
  };
  if (added.length > 0) changes.push(`errors added: ${added.map(status).join(", ")}`);
  if (removed.length > 0) changes.push(`errors removed: ${removed.join(", ")}`);
  return changes;
}

function shapeChanges(was: Shape, is: Shape, older: ServiceModel, newer: ServiceModel): string[] {
  const changes: string[] = [];
  if (was.type !== is.type) changes.push(`type ${was.type} → ${is.type}`);
  const [x, y] = [constraints(was), constraints(is)];
  for (const key of [...new Set([...Object.keys(x), ...Object.keys(y)])]) {
    if (x[key] !== y[key]) changes.push(`${key} ${x[key] ?? "none"} → ${y[key] ?? "none"}`);
  }
  if (JSON.stringify(was.error) !== JSON.stringify(is.error)) changes.push(`error ${JSON.stringify(was.error ?? null)} → ${JSON.stringify(is.error ?? null)}`);
  for (const part of ["member", "key", "value"] as const) {
    if (was[part]?.shape !== is[part]?.shape) changes.push(`${part} ${was[part]?.shape ?? "none"} → ${is[part]?.shape ?? "none"}`);
  }
  const required = (s: Shape, member: string): boolean => (s.required ?? []).includes(member);
  for (const [member, ref] of Object.entries(is.members ?? {})) {
    const before = was.members?.[member];
    if (!before) {
      changes.push(`member added: ${member} (${describe(newer, ref.shape)}; ${required(is, member) ? "required" : "optional"}${where(ref)})`);
      continue;
    }
    if (before.shape !== ref.shape) changes.push(`member ${member}: ${describe(older, before.shape)} → ${describe(newer, ref.shape)}`);
    if (required(was, member) !== required(is, member)) changes.push(`member ${member}: ${required(is, member) ? "now required" : "now optional"}`);
    if (where(before) !== where(ref))
      changes.push(`member ${member}: sent ${where(before).slice(2) || "in the body"} → ${where(ref).slice(2) || "in the body"}`);
    if (Boolean(before.deprecated) !== Boolean(ref.deprecated)) changes.push(`member ${member}: ${ref.deprecated ? "now deprecated" : "no longer deprecated"}`);
  }
  for (const member of Object.keys(was.members ?? {})) if (!is.members?.[member]) changes.push(`member removed: ${member}`);
  return changes;
}

/** A shape's constraints in words, by name: `{ size: "1–50", pattern: ".*\\S.*" }`. */
function constraints(shape: Shape): Record<string, string> {
  const found: Record<string, string> = {};
  if (shape.min !== undefined || shape.max !== undefined) {
    const name = shape.type === "integer" || shape.type === "long" ? "range" : shape.type === "string" ? "length" : "size";
    found[name] = `${shape.min ?? ""}–${shape.max ?? ""}`;
  }
  if (shape.pattern !== undefined) found.pattern = shape.pattern;
  if (shape.enum !== undefined) found.values = shape.enum.join(", ");
  if (shape.timestampFormat !== undefined) found.format = shape.timestampFormat;
  return found;
}

function describe(model: ServiceModel, name: string): string {
  const shape = model.shapes[name];
  if (!shape) return name;
  const limits = Object.entries(constraints(shape)).map(([key, value]) => `${key} ${value}`);
  const kind = shape.type === "structure" ? `${name} object` : shape.type === "list" ? `list of ${shape.member?.shape}` : shape.type;
  return limits.length > 0 ? `${kind}, ${limits.join(", ")}` : kind;
}

/** Where a member travels, when not in the body: "; query parameter MaxResults". */
function where(ref: ShapeRef): string {
  return ref.location ? `; ${ref.location === "querystring" ? "query parameter" : ref.location} ${ref.locationName ?? ""}`.trimEnd() : "";
}

/** The sentences one documentation string lost (`- …`) and gained (`+ …`) against the other. */
function documentationChanges(was: string | undefined, is: string | undefined, add: (line: string) => void): void {
  if (was === is) return;
  const [before, after] = [sentences(was), sentences(is)];
  for (const sentence of before) if (!after.includes(sentence)) add(`- ${sentence}`);
  for (const sentence of after) if (!before.includes(sentence)) add(`+ ${sentence}`);
}

/**
 * The differences as lines, grouped by what they are about. The documentation is summed up in one line unless
 * `documentation` asks for every sentence.
 */
export function formatDifferences(differences: readonly ModelDifference[], { documentation = false } = {}): string[] {
  const lines: string[] = [];
  const headings = { operation: "operations", shape: "shapes", metadata: "metadata", documentation: "documentation" } as const;
  for (const section of ["operation", "shape", "metadata"] as const) {
    const about = differences.filter((d) => d.section === section);
    if (about.length === 0) continue;
    lines.push(`${headings[section]}:`);
    for (const subject of [...new Set(about.map((d) => d.subject))]) {
      const changes = about.filter((d) => d.subject === subject).map((d) => d.change);
      lines.push(`  ${subject}: ${changes.join("; ")}`);
    }
  }
  const documented = differences.filter((d) => d.section === "documentation");
  const places = [...new Set(documented.map((d) => d.subject))];
  if (documented.length > 0 && !documentation) {
    lines.push(`documentation: ${documented.length} sentence(s) differ in ${places.length} place(s) (--docs lists them)`);
  } else if (documented.length > 0) {
    lines.push("documentation:");
    for (const subject of places) {
      lines.push(`  ${subject}:`);
      for (const d of documented.filter((x) => x.subject === subject)) lines.push(`    ${d.change}`);
    }
  }
  return lines;
}
