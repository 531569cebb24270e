/**
 * Whatever a record carries from the target (finding facts, exchanges, messages) is made bounded and
 * plain before it is reported: the certificate is written as JSON, and under vitest a result crosses from a
 * worker by structured clone, both of which overflow their stack on values nested a few thousand levels deep,
 * and then the scenario's result is lost. Every cut is marked with TRUNCATED, so a reader knows something was
 * left out.
 */

import { detachedPrefix } from "../client/exchange.ts";

export const TRUNCATED = "[truncated]";

export interface BoundLimits {
  /** Objects and arrays nested deeper than this become a marker. */
  maxDepth: number;
  /** Longer strings keep a prefix and a marker. */
  maxStringChars: number;
  /** Arrays and objects keep this many entries and a marker. */
  maxEntries: number;
  /** Characters of strings and keys in all; past it, every further value is a marker. */
  maxTotalChars: number;
}

export const DEFAULT_BOUNDS: BoundLimits = { maxDepth: 20, maxStringChars: 4096, maxEntries: 200, maxTotalChars: 256 * 1024 };

/** A string cut to `max` characters, the cut marked with how much was left out. */
export function boundedString(text: string, max: number): string {
  return text.length <= max ? text : `${detachedPrefix(text, max)}… ${TRUNCATED} (${text.length - max} more characters)`;
}

/** A copy of `value` made only of JSON values (no class instances, cycles or functions), within `limits`. */
export function boundedPlain(value: unknown, limits: BoundLimits = DEFAULT_BOUNDS): unknown {
  let budget = limits.maxTotalChars;
  const seen = new Set<object>();
  const visit = (item: unknown, depth: number): unknown => {
    if (budget <= 0) return TRUNCATED;
    if (item === null || typeof item === "boolean") return item;
    if (typeof item === "number") return Number.isFinite(item) ? item : String(item);
    if (typeof item === "string") {
      const text = boundedString(item, Math.min(limits.maxStringChars, budget));
      budget -= text.length;
      return text;
    }
    if (typeof item !== "object") return item === undefined ? null : visit(String(item), depth);
    if (depth >= limits.maxDepth) return `${TRUNCATED} (nested deeper than ${limits.maxDepth})`;
    if (seen.has(item)) return `${TRUNCATED} (cycle)`;
    seen.add(item);
    try {
      if (Array.isArray(item)) {
        const kept = item.slice(0, limits.maxEntries).map((member) => visit(member, depth + 1));
        if (item.length > limits.maxEntries) kept.push(`${TRUNCATED} (${item.length - limits.maxEntries} more items)`);
        return kept;
      }
      const prototype = Object.getPrototypeOf(item) as unknown;
      if (prototype !== Object.prototype && prototype !== null) return visit(String(item), depth);
      const entries = Object.entries(item);
      const kept: Record<string, unknown> = {};
      for (const [key, member] of entries.slice(0, limits.maxEntries)) {
        const name = boundedString(key, 256);
        budget -= name.length;
        kept[name] = visit(member, depth + 1);
      }
      if (entries.length > limits.maxEntries) kept[TRUNCATED] = `${entries.length - limits.maxEntries} more members`;
      return kept;
    } finally {
      seen.delete(item);
    }
  };
  return visit(value, 0);
}
