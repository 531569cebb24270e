import { describe, expect, it } from "vitest";
import { describeMissing, missingScenarios, NO_RESULT } from "./run-completeness.ts";

describe("missingScenarios (issue 10)", () => {
  const planned = ["valid-input/InviteMembers", "semantics/InviteMembers", "state-machine/membership"];

  it("is empty when every planned scenario reported", () => {
    expect(
      missingScenarios(
        planned,
        planned.map((scenario) => ({ scenario })),
        new Map(),
      ),
    ).toEqual([]);
  });

  it("names each scenario that did not report, with its own reason, else the run's errors, else that no result came", () => {
    const records = [{ scenario: "valid-input/InviteMembers" }];
    expect(missingScenarios(planned, records, new Map([["semantics/InviteMembers", "RangeError: Maximum call stack size exceeded"]]))).toEqual([
      { name: "semantics/InviteMembers", reason: "RangeError: Maximum call stack size exceeded" },
      { name: "state-machine/membership", reason: NO_RESULT },
    ]);
    expect(missingScenarios(planned, records, new Map(), ["worker exited unexpectedly"])[0]).toEqual({
      name: "semantics/InviteMembers",
      reason: "worker exited unexpectedly",
    });
  });

  it("says it in one paragraph, the first five in full", () => {
    const missing = Array.from({ length: 7 }, (_, i) => ({ name: `s${i}`, reason: "r" }));
    const text = describeMissing(missing, 35);
    expect(text).toBe("7 of 35 planned scenarios did not report: s0 (r); s1 (r); s2 (r); s3 (r); s4 (r), and 2 more.");
    expect(text).not.toContain("\n");
  });
});
