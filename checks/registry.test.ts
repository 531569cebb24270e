import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { README_PATH, renderReadme } from "../tools/readme-tables.ts";
import { CHECK_FAMILIES } from "./finding.ts";
import { CHECKS } from "./index.ts";

describe("the registry of checks", () => {
  it("names each check once, in its own family", () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const check of CHECKS) {
      expect(CHECK_FAMILIES).toContain(check.family);
      expect(check.id.startsWith(`${check.family}/`)).toBe(true);
    }
  });

  it("is what the README's tables show (run `npm run docs` if this fails)", () => {
    const readme = readFileSync(README_PATH, "utf8");
    expect(renderReadme(readme)).toBe(readme);
  });

  it("shows in the README a check the registry gains, so the staleness test can fail", () => {
    const readme = readFileSync(README_PATH, "utf8");
    expect(readme.replace(/\| `state\/created-member-shown` \|[^\n]*\n/, "")).not.toBe(readme);
    expect(renderReadme(readme.replace(/\| `state\/created-member-shown` \|[^\n]*\n/, ""))).toBe(readme);
  });
});
