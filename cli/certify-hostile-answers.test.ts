/** Issue 10: targets whose HTTP answers are hostile get findings, never a certificate, within the bounds (more in certify-hostile-answers-emulated.test.ts). */
import { describe, expect, it } from "vitest";
import { certifyHostile, expectRefused } from "../tools/hostile-certify.fixture.ts";
import type { HostileMode } from "../tools/hostile-target.ts";

// One run at a time: each run's workers take the machine's cores; the other table file runs beside this one.
describe("certify against a target whose answers are hostile", () => {
  it.each<[HostileMode, number[], string]>([
    ["gzip-bomb", [1], "[success-shapes/content-coding]"],
    ["invalid-json", [1], "[success-shapes/json-body]"],
    ["deep-array-100k", [1], "nests deeper than 64 levels"],
    ["redirect-loop", [1], "[status-codes/documented-status]"],
    ["retry-after-3600", [1], "503"],
  ])("%s: exit %j, naming %s", async (mode, exitCodes, named) => {
    const run = await certifyHostile(mode);
    expectRefused(run, exitCodes);
    expect(run.output).toContain(named);
    expect(run.output).not.toContain("did not report");
  });
});
