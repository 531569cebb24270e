import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { linearRegExp } from "./linear-regexp.ts";
import { fastestMs, linearBudgetMs } from "../tools/linear-time.fixture.ts";
import { specFile } from "../specs/service-descriptor.ts";
import { BUILT_IN_SERVICES } from "../specs/services/index.ts";

const documents: unknown[] = BUILT_IN_SERVICES.map((service) => JSON.parse(readFileSync(specFile(service, "openApi"), "utf8")));

/** Every `pattern` in the services' schemas. */
function modelPatterns(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, member] of Object.entries(value)) {
      if (key === "pattern" && typeof member === "string") found.add(member);
      else walk(member);
    }
  };
  walk(documents);
  return [...found];
}

describe("linearRegExp (issue 10)", () => {
  it("compiles every pattern of the model", () => {
    const patterns = modelPatterns();
    expect(patterns).toContain(".*\\S.*");
    expect(patterns).toContain("(?!aws:)[a-zA-Z+-=._:/]+");
    for (const pattern of patterns) expect(() => linearRegExp(pattern)).not.toThrow();
  });

  it.each([
    [".*\\S.*", ["a", "  x  ", "\u00e9", "\n\tx"], ["", " ", "\t\r\n", "\u00a0", "\u2003\u3000", "\ufeff"]],
    ["^(?!aws:)[a-zA-Z+-=._:/]+$", ["Name", "aws", "aw:s", "x:aws:"], ["aws:Name", "", "a b", "é"]],
    ["^\\d{12}$", ["123456789012"], ["12345678901", "1234567890123", "12345678901a"]],
    // GuardDuty's TagKey, unanchored as JSON Schema reads it: any position not starting "aws:" that holds a class character.
    ["(?!aws:)[a-zA-Z+-=._:/]+", ["Name", "aws:Name", "aws:", "x", "é:"], ["", "é", " "]],
    ["(?!a)[ab]+", ["b", "ab", "aab"], ["", "a", "aa", "c"]],
    ["(?=ab)[a-z]*", ["ab", "xab", "abc"], ["", "a", "ba"]],
    ["(?!ab)[a-z]*", ["", "ab", "x"], []],
  ])("reads %s as JavaScript does", (pattern, matching, notMatching) => {
    const linear = linearRegExp(pattern);
    for (const text of matching) expect([text, linear.test(text)]).toEqual([text, true]);
    for (const text of notMatching) expect([text, linear.test(text)]).toEqual([text, false]);
  });

  it("agrees with JavaScript's engine on the model's patterns for any short string", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12, unit: "binary" }),
      fc.string({ maxLength: 12, unit: fc.constantFrom(" ", "\t", "\u00a0", "\u2028", "a", ":", "w", "s", "é") }),
    );
    for (const pattern of modelPatterns()) {
      const native = new RegExp(pattern, "u");
      fc.assert(
        fc.property(text, (s) => linearRegExp(pattern).test(s) === native.test(s)),
        { numRuns: 500 },
      );
    }
  });

  it("answers on 1 MiB of blanks in linear time", () => {
    const blanks = " ".repeat(1024 * 1024);
    expect(linearRegExp(".*\\S.*").test(blanks)).toBe(false);
    expect(fastestMs(() => linearRegExp(".*\\S.*").test(blanks))).toBeLessThan(linearBudgetMs(blanks.length));
  });

  it("answers an unanchored lookahead on 1 MiB in linear time", () => {
    const text = "aws:".repeat(256 * 1024);
    const both = (): boolean[] => [linearRegExp("(?!aws:)[a-zA-Z+-=._:/]+").test(`${text}é`), linearRegExp("(?!a)[ab]+").test("a".repeat(text.length))];
    expect(both()).toEqual([true, false]);
    expect(fastestMs(both)).toBeLessThan(linearBudgetMs(text.length));
  });

  it("refuses a construct RE2 lacks instead of falling back to backtracking", () => {
    expect(() => linearRegExp("(a)\\1")).toThrow();
  });
});
