/** Issue 10: an emulator's correct answers with something hostile inside are never certified, and no scenario's result is lost. */
import { describe, expect, it } from "vitest";
import { certifyHostile, expectRefused } from "../tools/hostile-certify.fixture.ts";
import type { HostileMode } from "../tools/hostile-target.ts";

describe("certify against an emulator whose answers carry something hostile", () => {
  it.each<[HostileMode, number[], string]>([
    ["invalid-utf8", [1], "[success-shapes/utf-8]"],
    // JSON nested 5,000 deep in ProcessingResult once made the results unserialisable: they were lost and the run certified.
    // No documented answer nests deeper than a handful of levels: a deeper one is a finding at once, never parsed.
    ["deep-json", [1], "[success-shapes/json-body]"],
    ["deep-json-100k", [1], "nests deeper than 64 levels"],
    ["http10-resets", [2], "closed the connection before a whole response arrived"],
  ])("%s: exit %j, naming %s", async (mode, exitCodes, named) => {
    const run = await certifyHostile(mode);
    expectRefused(run, exitCodes);
    expect(run.output).toContain(named);
    expect(run.output).not.toContain("did not report");
  });
});
