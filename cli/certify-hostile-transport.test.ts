/** Issue 10: targets that break the transport are refused with exit 2 and one paragraph naming what went wrong, within the bounds. */
import { describe, expect, it } from "vitest";
import { certifyHostile, expectRefused } from "../tools/hostile-certify.ts";
import type { HostileMode } from "../tools/hostile-target.ts";

describe.concurrent("certify against a target that breaks the transport", () => {
  it.each<[HostileMode, string]>([
    ["garbage", "(TARGET_PROTOCOL_ERROR)"],
    ["reset", "(TARGET_CONNECTION_CLOSED)"],
    ["silence", "(TARGET_TIMEOUT)"],
    ["stalled-body", "(TARGET_TIMEOUT)"],
    ["trickled-body", "(TARGET_TIMEOUT)"],
    ["oversized-body", "(TARGET_RESPONSE_TOO_LARGE)"],
    ["huge-headers", "(TARGET_HEADERS_TOO_LARGE)"],
  ])("%s: exit 2 with %s, never 'cannot be reached'", async (mode, code) => {
    const run = await certifyHostile(mode);
    expectRefused(run, [2]);
    expect(run.output).toContain(`no usable answer to its first request ${code}`);
    expect(run.output).not.toContain("cannot be reached");
    // Preflight's deadline: an unusable target is reported within 5 s of certify starting (tsx start-up included, on a loaded machine).
    expect(run.seconds).toBeLessThan(15);
  });
});
