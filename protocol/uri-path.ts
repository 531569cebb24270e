/**
 * restJson1's URI labels (Smithy's httpLabel): a request's path is its operation's template with each label replaced by
 * its member's value, percent-encoded. The client fills templates here and the emulator reads them back by the same
 * segments, so the two agree by construction, and Smithy's protocol tests pin both (uri-path.test.ts).
 */
import type { OperationSpec } from "../specs/spec-model.ts";

/** One segment of a path template: literal text, or a label (greedy: it takes one or more segments, slashes and all). */
export type TemplateSegment = { readonly literal: string } | { readonly label: string; readonly greedy: boolean };

const templates = new WeakMap<Pick<OperationSpec, "path" | "labels">, readonly TemplateSegment[]>();

/**
 * The segments of an operation's path template, after the leading slash: `/detector/{DetectorId}/member` →
 * `detector`, the label DetectorId, `member`. A segment is a whole label or literal text (AWS models bind no label
 * inside a segment); a label is greedy where the operation says so.
 */
export function templateSegments(operation: Pick<OperationSpec, "path" | "labels">): readonly TemplateSegment[] {
  let segments = templates.get(operation);
  if (!segments) {
    segments = operation.path
      .slice(1)
      .split("/")
      .map((text): TemplateSegment => {
        const label = /^\{([^{}]+)\}$/.exec(text)?.[1];
        if (label === undefined) return { literal: text };
        return { label, greedy: operation.labels.some((l) => l.name === label && l.greedy) };
      });
    templates.set(operation, segments);
  }
  return segments;
}

/**
 * Percent-encoding of a label's value (Smithy's RestJsonHttpRequestLabelEscaping): every UTF-8 byte but RFC 3986's
 * unreserved characters (letters, digits, `-._~`) — encodeURIComponent leaves `!'()*` as they are, so they are encoded here.
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The path of a request: the template with each label's value (by label name, as text) percent-encoded in its place; a
 * greedy label's slashes stay slashes (Smithy's RestJsonHttpRequestWithGreedyLabelInPath). A value that is empty is sent
 * empty, so a target's answer to it can be judged; a label without a value is the caller's mistake and throws.
 */
export function expandPath(operation: Pick<OperationSpec, "name" | "path" | "labels">, labels: Readonly<Record<string, string>> = {}): string {
  if (operation.labels.length === 0) return operation.path;
  let path = "";
  for (const segment of templateSegments(operation)) {
    if ("literal" in segment) {
      path += `/${segment.literal}`;
      continue;
    }
    const value = labels[segment.label];
    if (value === undefined) throw new Error(`${operation.name} needs a value for its URI label ${segment.label}`);
    path += `/${segment.greedy ? value.split("/").map(percentEncode).join("/") : percentEncode(value)}`;
  }
  return path;
}
