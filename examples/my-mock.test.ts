/**
 * How a mock author gates a mock on the suite from their own tests: start the mock, certify it, assert the
 * verdict. Run here as one of the project's tests; in your project, copy it beside your mock (the package ships it
 * in node_modules/securityhub-conformance/examples/). A certification takes seconds, more than vitest's 5 s default
 * on a busy machine: each test lifts that limit.
 */
import { afterEach, describe, expect, it } from "vitest";
import { certify, type RunningEmulator } from "securityhub-conformance";
import { startMyMock } from "./my-mock.ts";

/**
 * A certification takes a few seconds, several times that on a loaded CI machine, and bounds itself: every request
 * has a total deadline and the run's waiting has a budget. So the test sets no clock of its own (0: vitest's off).
 */
const CERTIFICATION = { timeout: 0 };

describe("my Security Hub mock", () => {
  let mock: RunningEmulator | undefined;
  afterEach(() => mock?.close());

  it("is certified", CERTIFICATION, async () => {
    mock = await startMyMock();
    // A fixed seed gives the same cases on every run; `runs` trades depth for time.
    const certificate = await certify({ endpoint: mock.url, runs: 5, seed: 20240601 });
    expect(certificate.findings.filter((f) => f.severity === "failure")).toEqual([]);
    expect(certificate.verdict).toBe("certified");
  });

  it("is not certified with the planted bug, and the finding names the rule it breaks", CERTIFICATION, async () => {
    mock = await startMyMock({ buggy: true });
    const certificate = await certify({ endpoint: mock.url, runs: 5, seed: 20240601, only: ["semantics/InviteMembers"] });
    expect(certificate.verdict).toBe("not-certified");
    expect(certificate.findings.map((f) => f.check)).toContain("unprocessed-accounts/ineligible-reported");
  });
});
