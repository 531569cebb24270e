/**
 * The documentation as data: every sentence the API reference pages the suite holds state and every documented meaning
 * the AWS model gives the family's operations, their members and their errors, one statement each, with a stable id and
 * the operations it is about. Checks name the statements they enforce (checks/traceability.ts joins them), so a
 * statement that nothing checks and nothing explains is a failing test, not a silent gap.
 */
import { errorStatus, shapeOf, type ServiceModel, type Shape, type ShapeRef } from "./botocore-model.ts";
import type { Statement } from "./statement.ts";

export type { Statement };

/**
 * Statements of the AWS model and of the reference pages (operation name → page text), in document order. `title` is
 * the service's as its pages are titled (`InviteMembers - AWS Security Hub`).
 */
export function extractStatements(model: ServiceModel, pages: Readonly<Record<string, string>>, title: string): Statement[] {
  const statements = [...Object.entries(pages).flatMap(([operation, text]) => pageStatements(operation, text, title)), ...modelStatements(model)];
  const seen = new Set<string>();
  for (const statement of statements) {
    if (seen.has(statement.id)) throw new Error(`two statements have the id ${statement.id}`);
    seen.add(statement.id);
  }
  return statements;
}

// ---- the AWS model ----

function modelStatements(model: ServiceModel): Statement[] {
  const statements: Statement[] = [];
  const operationsUsing = shapeUsers(model);
  for (const operation of Object.values(model.operations)) {
    const op = operation.name;
    const add = (key: string, where: string, text: string): void =>
      void statements.push({ id: `${op}.model.${key}`, source: "aws-model", operations: [op], where: `AWS model, ${where}`, text });
    for (const [slug, sentence] of slugged(sentences(operation.documentation))) add(slug, `${op}`, sentence);
    add(
      "http",
      `${op} HTTP binding`,
      `${operation.http.method} ${operation.http.requestUri}${operation.http.responseCode ? `, success ${operation.http.responseCode}` : ", success 200"}`,
    );
    for (const shape of new Set((operation.errors ?? []).map((e) => e.shape))) {
      const error = shapeOf(model, shape);
      add(`errors.${shape}`, `${op} errors`, `${shape} (HTTP ${errorStatus(error)}): ${sentences(error.documentation).join(" ")}`);
    }
    for (const [direction, ref] of [
      ["input", operation.input],
      ["output", operation.output],
    ] as const) {
      if (!ref) continue;
      const shape = shapeOf(model, ref.shape);
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        statements.push(
          ...memberStatements(model, `${op}.model.${direction}.${name}`, [op], `${op} ${direction} ${name}`, member, (shape.required ?? []).includes(name)),
        );
      }
    }
  }
  // Structures nested in inputs and outputs (Member, Invitation, Result, AccountDetails): about every operation that carries them.
  for (const [name, shape] of Object.entries(model.shapes)) {
    const users = operationsUsing.get(name);
    if (shape.type !== "structure" || shape.exception || !users || isTopLevel(model, name)) continue;
    for (const [memberName, member] of Object.entries(shape.members ?? {})) {
      statements.push(
        ...memberStatements(
          model,
          `${name}.model.${memberName}`,
          [...users].sort(),
          `${name}.${memberName}`,
          member,
          (shape.required ?? []).includes(memberName),
        ),
      );
    }
  }
  return statements;
}

function memberStatements(model: ServiceModel, prefix: string, operations: string[], where: string, ref: ShapeRef, required: boolean): Statement[] {
  const statement = (key: string, text: string): Statement => ({ id: `${prefix}.${key}`, source: "aws-model", operations, where: `AWS model, ${where}`, text });
  const documented = slugged(sentences(ref.documentation)).map(([slug, text]) => statement(slug, text));
  return [...documented, statement("syntax", syntaxOf(model, ref, required))];
}

/** One line saying what the model allows for a member: its type, constraints, whether it is required and where it travels. */
function syntaxOf(model: ServiceModel, ref: ShapeRef, required: boolean): string {
  const parts = [describeShape(model, ref.shape), required ? "required" : "optional"];
  if (ref.location === "querystring") parts.push(`query parameter ${ref.locationName ?? ""}`.trim());
  else if (ref.location === "uri") parts.push(`URI label ${ref.locationName ?? ""}`.trim());
  else if (ref.location === "header") parts.push(`header ${ref.locationName ?? ""}`.trim());
  else if (ref.location === undefined && ref.locationName !== undefined) parts.push(`JSON name ${ref.locationName}`);
  if (ref.deprecated) parts.push("deprecated");
  return parts.join("; ");
}

function describeShape(model: ServiceModel, name: string, depth = 0): string {
  const shape = shapeOf(model, name);
  const constraints = constraintsOf(shape);
  switch (shape.type) {
    case "list":
      return `list of ${depth < 2 ? describeShape(model, shape.member!.shape, depth + 1) : shape.member!.shape}${constraints}`;
    case "map":
      return `map of ${describeShape(model, shape.key!.shape, depth + 1)} to ${describeShape(model, shape.value!.shape, depth + 1)}${constraints}`;
    case "structure":
      return `${name} object`;
    default:
      return `${shape.type}${constraints}`;
  }
}

function constraintsOf(shape: Shape): string {
  const parts: string[] = [];
  if (shape.pattern !== undefined) parts.push(`pattern ${shape.pattern}`);
  if (shape.min !== undefined || shape.max !== undefined)
    parts.push(`${shape.type === "integer" ? "range" : shape.type === "string" ? "length" : "size"} ${shape.min ?? ""}–${shape.max ?? ""}`);
  if (shape.enum) parts.push(`one of ${shape.enum.join(", ")}`);
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

/** Structure shape → operations whose input or output reaches it. */
function shapeUsers(model: ServiceModel): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>();
  const visit = (name: string, operation: string): void => {
    const set = users.get(name) ?? new Set<string>();
    if (set.has(operation)) return;
    set.add(operation);
    users.set(name, set);
    const shape = shapeOf(model, name);
    const refs = [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value].filter((r): r is ShapeRef => r !== undefined);
    for (const ref of refs) visit(ref.shape, operation);
  };
  for (const operation of Object.values(model.operations)) {
    for (const ref of [operation.input, operation.output]) if (ref) visit(ref.shape, operation.name);
  }
  return users;
}

function isTopLevel(model: ServiceModel, shape: string): boolean {
  return Object.values(model.operations).some((o) => o.input?.shape === shape || o.output?.shape === shape);
}

// ---- the reference pages ----

const PAGE_SECTIONS = ["Request Syntax", "URI Request Parameters", "Request Body", "Response Syntax", "Response Elements", "Errors", "See Also"];

/** The page's statements: its description, syntax, members (description, Type, Pattern, Required), success status and errors. */
function pageStatements(operation: string, text: string, service: string): Statement[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const title = lines.indexOf(`${operation} - ${service}`);
  if (title === -1) throw new Error(`the ${operation} page has no title line (${operation} - ${service})`);
  const sections = new Map<string, string[]>();
  let current: string[] = [];
  sections.set("Description", current);
  for (const line of lines.slice(title + 1)) {
    if (PAGE_SECTIONS.includes(line)) sections.set(line, (current = []));
    else current.push(line);
  }
  const statements: Statement[] = [];
  const add = (key: string, section: string, text: string): void =>
    void statements.push({
      id: `${operation}.page.${key}`,
      source: "reference-page",
      operations: [operation],
      where: `${operation} reference page, ${section}`,
      text,
    });
  // The description: after the heading repeating the name and a "Note" label, every sentence is a statement.
  const description = (sections.get("Description") ?? []).filter((line) => line !== operation && line !== "Note" && !/Übersetzung anfragen$/.test(line));
  for (const [slug, sentence] of slugged(description.flatMap(splitSentences))) add(slug, "description", sentence);
  add("request-syntax", "Request Syntax", only(sections, "Request Syntax", operation));
  for (const line of sections.get("URI Request Parameters") ?? []) add(`uri-parameters`, "URI Request Parameters", line);
  memberSection("Request Body", sections.get("Request Body") ?? [], ["Type", "Pattern", "Required"], add);
  add("response-syntax", "Response Syntax", only(sections, "Response Syntax", operation));
  memberSection("Response Elements", sections.get("Response Elements") ?? [], ["Type"], add);
  const errors = sections.get("Errors") ?? [];
  for (const [index, line] of errors.entries()) {
    if (line.startsWith("For information about the errors that are common")) add("common-errors", "Errors", line);
    if (/^[A-Z][A-Za-z]+(Exception|Error|Fault)$/.test(line)) add(`errors.${line}`, "Errors", `${line}: ${errors.slice(index + 1, index + 3).join(" ")}`);
  }
  return statements;
}

/**
 * A section of member blocks (`AccountIds`, its description, `Type: …`, `Pattern: …`, `Required: …`). Lines
 * before the first member (the section's lead, "If the action is successful …") are statements of their own.
 */
function memberSection(section: string, lines: string[], fields: string[], add: (key: string, section: string, text: string) => void): void {
  let member: string | undefined;
  const lead: string[] = [];
  const described = new Map<string, string[]>();
  for (const line of lines) {
    const field = /^([A-Z][a-z]+(?: [A-Z][a-z]+)*): (.*)$/.exec(line);
    if (field && member && fields.includes(field[1]!)) {
      add(`${member}.${field[1]!.toLowerCase()}`, section, `${member} ${field[1]}: ${field[2]}`);
    } else if (/^[A-Z][A-Za-z]+$/.test(line)) {
      member = line;
      described.set(member, []);
    } else if (member) {
      described.get(member)!.push(...splitSentences(line));
    } else {
      lead.push(...splitSentences(line));
    }
  }
  for (const [slug, sentence] of slugged(lead)) add(slug, section, sentence);
  for (const [name, text] of described) for (const [slug, sentence] of slugged(text)) add(`${name}.${slug}`, section, sentence);
}

function only(sections: Map<string, string[]>, name: string, operation: string): string {
  const line = sections.get(name)?.[0];
  if (!line) throw new Error(`the ${operation} page has no ${name}`);
  return line;
}

// ---- text ----

/** The sentences of a documentation string: paragraphs and list items, tags removed, each split into sentences. */
export function sentences(html: string | undefined): string[] {
  if (!html) return [];
  const blocks = html
    .split(/<\/?(?:p|li|ul|ol)>/)
    .map((block) =>
      decodeEntities(block.replace(/<[^>]+>/g, ""))
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((block) => block.length > 0);
  return blocks.flatMap(splitSentences);
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#39|apos);/g, (_all, name: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'", apos: "'" })[name] ?? "");
}

/** Each sentence with a slug of its first words (`before-you-can-use-this`), made unique by a suffix. */
function slugged(texts: readonly string[]): [string, string][] {
  const used = new Map<string, number>();
  return texts.map((text) => {
    const words = text
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, " ")
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 5);
    const base = words.join("-") || "statement";
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return [count === 1 ? base : `${base}-${count}`, text];
  });
}
