/**
 * Which operation a request is for: its method and path matched against the operations' path templates, segment by
 * segment (protocol/uri-path.ts, the segments the client fills), the labels' values read back percent-decoded. No
 * regular expression runs on the path, and a path is compared with each template once, so a long or strange path
 * costs time linear in its length.
 */
import { templateSegments, type TemplateSegment } from "../protocol/uri-path.ts";
import type { OperationSpec } from "../specs/spec-model.ts";

export type Routed =
  /** An operation; its labels' values by label name, decoded; `malformed` names the labels whose text is not valid percent-encoding (their raw text is in `labels`). */
  | { kind: "operation"; operation: OperationSpec; labels: Record<string, string>; malformed: string[] }
  /** Templates match the path, but for other methods: those, for the Allow header. */
  | { kind: "wrong-method"; path: string; allowed: string[] }
  | { kind: "unknown"; path: string };

interface Route {
  operation: OperationSpec;
  segments: readonly TemplateSegment[];
  /** Where the greedy label is, or -1. */
  greedy: number;
}

export class Router {
  private readonly routes: Route[];
  /** Templates without labels, by `METHOD path`: the most specific there are, so an exact hit is the answer, found at once. */
  private readonly literal = new Map<string, OperationSpec>();

  constructor(operations: Iterable<OperationSpec>) {
    this.routes = [...operations]
      .map((operation) => {
        const segments = templateSegments(operation);
        return { operation, segments, greedy: segments.findIndex((s) => "label" in s && s.greedy) };
      })
      // Where two templates match one path, the one with a literal where the other has a label wins (as Smithy's
      // routing does): `/detector/{DetectorId}/member/invite` before a `/detector/{DetectorId}/member/{x}`.
      .sort((a, b) => compareSpecificity(a.segments, b.segments));
    for (const { operation } of this.routes) if (operation.labels.length === 0) this.literal.set(`${operation.method} ${operation.path}`, operation);
  }

  /** The operation `method` and `url` (the request target, query and all) are for, or why there is none. */
  route(method: string, url: string): Routed {
    const path = url.split("?", 1)[0]!;
    const exact = this.literal.get(`${method} ${path}`);
    if (exact) return { kind: "operation", operation: exact, labels: {}, malformed: [] };
    if (!path.startsWith("/")) return { kind: "unknown", path };
    const parts = path.slice(1).split("/");
    const allowed: string[] = [];
    for (const route of this.routes) {
      const labels = matchSegments(route, parts);
      if (!labels) continue;
      if (route.operation.method !== method) {
        if (!allowed.includes(route.operation.method)) allowed.push(route.operation.method);
        continue;
      }
      const decoded: Record<string, string> = {};
      const malformed: string[] = [];
      for (const [label, text] of Object.entries(labels)) {
        const value = percentDecode(text);
        if (value === undefined) malformed.push(label);
        decoded[label] = value ?? text;
      }
      return { kind: "operation", operation: route.operation, labels: decoded, malformed };
    }
    return allowed.length > 0 ? { kind: "wrong-method", path, allowed } : { kind: "unknown", path };
  }
}

/**
 * The raw text of each label when the path's segments fit the template, else undefined. A label never matches an
 * empty segment, nor a greedy label nothing; inside a greedy label's value a segment may be empty (`a//b`, as an S3
 * key may be).
 */
function matchSegments(route: Route, parts: readonly string[]): Record<string, string> | undefined {
  const { segments, greedy } = route;
  if (greedy === -1 ? parts.length !== segments.length : parts.length < segments.length) return undefined;
  const labels: Record<string, string> = {};
  // Segments after a greedy label match the path's last segments.
  const shift = parts.length - segments.length;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (i === greedy) {
      const taken = parts.slice(i, i + shift + 1).join("/");
      if (taken === "") return undefined;
      labels[(segment as { label: string }).label] = taken;
      continue;
    }
    const part = parts[greedy !== -1 && i > greedy ? i + shift : i]!;
    if ("literal" in segment) {
      if (part !== segment.literal) return undefined;
    } else if (part === "") return undefined;
    else labels[segment.label] = part;
  }
  return labels;
}

/** Literal before label before greedy label, segment by segment. */
function compareSpecificity(a: readonly TemplateSegment[], b: readonly TemplateSegment[]): number {
  const weight = (segment: TemplateSegment | undefined): number => (segment === undefined ? -1 : "literal" in segment ? 0 : segment.greedy ? 2 : 1);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = weight(a[i]) - weight(b[i]);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A label's value from its percent-encoded text; undefined when the text is not valid percent-encoded UTF-8. */
function percentDecode(text: string): string | undefined {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
