import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.ts";

const nested = (depth: number, open = "[", close = "]"): string => open.repeat(depth) + close.repeat(depth);

describe("JSON nesting depth, read without parsing", () => {
  it.each<[string, string, number, boolean]>([
    ["a documented answer", JSON.stringify({ UnprocessedAccounts: [{ AccountId: "111111111111", ProcessingResult: "x" }] }), 3, false],
    ["exactly at the limit", nested(3), 3, false],
    ["one level over", nested(4), 3, true],
    ["objects count like arrays", `{"a":{"b":{"c":{}}}}`, 3, true],
    ["brackets inside strings do not count", `{"a":"[[[[{{{{"}`, 1, false],
    ["an escaped quote does not end a string", `{"a":"\\"[[[["}`, 1, false],
    ["an escaped backslash does end one", `{"a":"\\\\","b":[[[]]]}`, 3, true],
    ["not JSON at all: not walked, whatever brackets follow", "<html>[[[[", 3, false],
  ])("%s", (_name, text, limit, deeper) => {
    expect(nestsDeeperThan(text, limit)).toBe(deeper);
  });

  it("refuses 100,000 levels and accepts the default limit's own depth", () => {
    expect(nestsDeeperThan(nested(100_000))).toBe(true);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH))).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_DEPTH + 1))).toBe(true);
  });
});
