import { describe, expect, it } from "vitest";
import { checksPage } from "../tools/docs/checks-page.ts";
import { committed } from "../tools/docs/pages.ts";
import { CHECK_FAMILIES } from "./finding.ts";
import { CHECKS } from "./index.ts";
import { checksOf } from "./service-checks.ts";
import { SECURITY_HUB } from "../specs/services/index.ts";

describe("the registry of checks", () => {
  it("names each check once, in its own family", () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const check of CHECKS) {
      expect(CHECK_FAMILIES).toContain(check.family);
      expect(check.id.startsWith(`${check.family}/`)).toBe(true);
    }
  });

  it("is what docs/checks.md shows (run `npm run docs` if this fails)", () => {
    expect(checksPage()).toBe(committed("docs/checks.md"));
    // A check the registry gains shows there, so this can fail.
    expect(checksPage(checksOf(SECURITY_HUB).slice(1))).not.toBe(committed("docs/checks.md"));
  });
});
