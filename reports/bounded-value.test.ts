import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { boundedPlain, boundedString, TRUNCATED } from "./bounded-value.ts";

/** `{"a":{"a":…}}` nested `depth` levels, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const depthOf = (value: unknown): number => {
  let depth = 0;
  while (value !== null && typeof value === "object") {
    value = Object.values(value)[0];
    depth++;
  }
  return depth;
};

describe("boundedPlain (issue 10)", () => {
  it("cuts JSON nested 100,000 deep at depth 20, marked, so it serialises as vitest passes it", () => {
    const deep = JSON.parse(`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`);
    expect(() => serialize(deep)).toThrow();
    const bounded = boundedPlain({ facts: deep });
    expect(depthOf(bounded)).toBeLessThanOrEqual(21);
    expect(JSON.stringify(bounded)).toContain(`${TRUNCATED} (nested deeper than 20)`);
    expect(() => serialize(bounded)).not.toThrow();
  });

  it("keeps values within the bounds as they are", () => {
    const value = { status: 200, ids: ["111111111111"], ok: true, none: null, deep: nested(19) };
    expect(boundedPlain(value)).toEqual(value);
  });

  it.each([
    ["a long string", "x".repeat(10_000), (b: unknown) => typeof b === "string" && b.length < 4200 && b.includes(TRUNCATED)],
    [
      "a long array",
      Array.from({ length: 1000 }, (_, i) => i),
      (b: unknown) => Array.isArray(b) && b.length === 201 && String(b.at(-1)).includes("800 more items"),
    ],
    [
      "many strings past the total",
      Array.from({ length: 200 }, () => "y".repeat(4000)),
      (b: unknown) => JSON.stringify(b).length < 300_000 && (b as unknown[]).at(-1) === TRUNCATED,
    ],
    ["an Error", new Error("boom"), (b: unknown) => b === "Error: boom"],
    [
      "a cycle",
      (() => {
        const o: Record<string, unknown> = {};
        o.self = o;
        return o;
      })(),
      (b: unknown) => JSON.stringify(b).includes("cycle"),
    ],
    ["undefined, NaN and a bigint", { u: undefined, n: Number.NaN, b: 10n }, (b: unknown) => JSON.stringify(b) === '{"u":null,"n":"NaN","b":"10"}'],
  ])("bounds %s", (_what, value, ok) => {
    expect(ok(boundedPlain(value))).toBe(true);
  });

  it("marks a cut string with what was left out", () => {
    expect(boundedString("abcdef", 3)).toBe(`abc… ${TRUNCATED} (3 more characters)`);
    expect(boundedString("abc", 3)).toBe("abc");
  });
});
