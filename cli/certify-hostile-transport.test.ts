/** Issue 10: targets that break the transport are refused with exit 2 and one paragraph naming what went wrong, within the bounds. */
import { describe, expect, it } from "vitest";
import { certifyHostile, expectRefused } from "../tools/hostile-certify.fixture.ts";
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
    // Preflight's 2.5 s deadline (not the run's --timeout) ended it: the answer in full is a few seconds away, not 10.
    expect(run.output).toMatch(/within 2500 ms|closed the connection|not a valid HTTP response|over \d+ bytes|headers larger/);
  });
});
