import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHECK_FAMILIES, SOURCE_NAMES } from "./finding.ts";
import { CHECKS } from "./index.ts";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const SEVERITY_WORDS = { failure: "failure", warning: "warning", lenient: "warning; failure with `--strict`", divergence: "warning; failure with `--parity-gate`" } as const;

describe("the registry of checks", () => {
  it("names each check once, in its own family", () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
    for (const check of CHECKS) {
      expect(CHECK_FAMILIES).toContain(check.family);
      expect(check.id.startsWith(`${check.family}/`)).toBe(true);
    }
  });

  it.each(CHECKS.map((c) => [c.id, c] as const))("documents %s in the README with its source and severity", (id, check) => {
    expect(README).toContain(`| \`${id}\` | ${SOURCE_NAMES[check.source]} | ${SEVERITY_WORDS[check.severity]} |`);
  });
});
