/**
 * Parses the text of an AWS API reference page (as copied from the browser: one section heading per line,
 * the syntax blocks folded onto one line, banners and footers around it) into an OperationDescription.
 */
import type { MemberDescription, OperationDescription } from "./operation-description.ts";

const SECTIONS = ["Request Syntax", "URI Request Parameters", "Request Body", "Response Syntax", "Response Elements", "Errors", "See Also"] as const;
type Section = (typeof SECTIONS)[number];

export class ReferencePageError extends Error {
  override name = "ReferencePageError";
}

/** `service` is the service's title as its pages end their title line: `InviteMembers - AWS Security Hub`. */
export function parseReferencePage(text: string, service = "AWS Security Hub"): OperationDescription {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const sections = splitSections(lines);

  const suffix = ` - ${service}`;
  const title = lines.map((line) => (line.endsWith(suffix) ? /(\w+)$/.exec(line.slice(0, -suffix.length))?.[1] : undefined)).find(Boolean);
  if (!title) throw new ReferencePageError(`no title line of the form \`<Operation>${suffix}\``);

  const request = /^(GET|POST|PUT|DELETE|PATCH) (\S+) HTTP\/1\.1(?: Content-type: \S+)?(?: (.*))?$/.exec(only(sections, "Request Syntax"));
  if (!request) throw new ReferencePageError(`${title}: Request Syntax is not \`METHOD /path HTTP/1.1 …\``);
  const response = /^HTTP\/1\.1 (\d{3})(?: Content-type: \S+)?(?: (.*))?$/.exec(only(sections, "Response Syntax"));
  if (!response) throw new ReferencePageError(`${title}: Response Syntax is not \`HTTP/1.1 <status> …\``);

  const requestSkeleton = parseSkeleton(request[3], title);
  const responseSkeleton = parseSkeleton(response[2], title);
  return {
    name: title,
    method: request[1]!,
    path: request[2]!,
    requestSkeleton,
    requestMembers: memberBlocks(sections.get("Request Body") ?? [], topLevelKeys(requestSkeleton)).map(
      ({ name, fields }): MemberDescription => ({
        name,
        type: pageType(fields.get("Type"), title, name),
        ...(fields.has("Pattern") ? { pattern: fields.get("Pattern")! } : {}),
        required: fields.get("Required") === "Yes",
      }),
    ),
    successStatus: Number(response[1]),
    responseSkeleton,
    responseMembers: memberBlocks(sections.get("Response Elements") ?? [], topLevelKeys(responseSkeleton)).map(({ name, fields }) => ({
      name,
      type: pageType(fields.get("Type"), title, name),
    })),
    errors: parseErrors(sections.get("Errors") ?? [], title),
  };
}

function splitSections(lines: string[]): Map<Section, string[]> {
  const sections = new Map<Section, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    if ((SECTIONS as readonly string[]).includes(line)) {
      current = [];
      sections.set(line as Section, current);
    } else {
      current?.push(line);
    }
  }
  return sections;
}

function only(sections: Map<Section, string[]>, name: Section): string {
  const body = sections.get(name);
  if (!body || body.length === 0) throw new ReferencePageError(`the page has no ${name} section`);
  return body[0]!;
}

/** AWS prints `number` and `boolean` as bare words in syntax blocks; quote them so the block parses as JSON. */
function parseSkeleton(text: string | undefined, title: string): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text.replace(/:\s*(number|boolean)\b/g, ': "$1"').replace(/\[\s*(number|boolean)\s*\]/g, '["$1"]'));
  } catch {
    throw new ReferencePageError(`${title}: syntax block is not JSON-like: ${text}`);
  }
}

function topLevelKeys(skeleton: unknown): Set<string> {
  return new Set(skeleton && typeof skeleton === "object" ? Object.keys(skeleton) : []);
}

/** A member block: its name on a line of its own, a description, then `Key: value` lines. */
function memberBlocks(lines: string[], names: Set<string>): { name: string; fields: Map<string, string> }[] {
  const blocks: { name: string; fields: Map<string, string> }[] = [];
  for (const line of lines) {
    if (names.has(line)) {
      blocks.push({ name: line, fields: new Map() });
      continue;
    }
    const field = /^(Type|Pattern|Required|Length Constraints|Valid Range|Array Members|Valid Values): (.*)$/.exec(line);
    if (field && blocks.length > 0) blocks.at(-1)!.fields.set(field[1]!, field[2]!);
  }
  return blocks;
}

function pageType(text: string | undefined, title: string, member: string): string {
  if (text === undefined) throw new ReferencePageError(`${title}: member ${member} has no Type line`);
  const scalar = (word: string): string => {
    const lower = word.toLowerCase().replace(/s$/, "");
    return ["string", "integer", "boolean", "timestamp", "long"].includes(lower) ? lower : word.replace(/ objects?$/, "");
  };
  const list = /^Array of (.+?)(?: objects)?$/.exec(text);
  if (list) return `array of ${scalar(list[1]!)}`;
  if (/^String to .* map$/.test(text)) return "map";
  return scalar(text.replace(/ object$/, ""));
}

function parseErrors(lines: string[], title: string): Record<string, number> {
  const errors: Record<string, number> = {};
  let name: string | undefined;
  for (const line of lines) {
    if (/^[A-Z][A-Za-z]+(Exception|Error|Fault)$/.test(line)) name = line;
    const status = /^HTTP Status Code: (\d{3})$/.exec(line);
    if (status) {
      if (!name) throw new ReferencePageError(`${title}: an HTTP Status Code line follows no error name`);
      errors[name] = Number(status[1]);
      name = undefined;
    }
  }
  return errors;
}
