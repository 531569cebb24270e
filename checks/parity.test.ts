/**
 * A divergence's discriminator says how two answers differ, never with one case's values, so the same difference
 * met on other cases, accounts and seeds is the same defect; two differences in one answer are two findings.
 */
import { describe, expect, it } from "vitest";
import type { NormalisedAnswer } from "./answer-normalisation.ts";
import type { Divergence, DivergenceAspect, TracedCall } from "./trace-comparison.ts";
import { divergenceDiscriminators, divergenceFindings, referenceSide } from "./parity.ts";

const call = (answer: NormalisedAnswer, operation = "ListMembers"): TracedCall => ({
  request: `${operation} as account#0 {} {}`,
  operation,
  answer,
  shown: `GET /members → ${answer.status}`,
});
const divergence = (aspect: DivergenceAspect, target: NormalisedAnswer | undefined, reference: NormalisedAnswer | undefined): Divergence => ({
  aspect,
  operation: "ListMembers",
  request: "ListMembers as account#0 {} {}",
  reference: reference && call(reference),
  target: target && call(target),
});

describe("parity discriminators", () => {
  it.each<[string, Divergence, string[]]>([
    ["statuses, target first", divergence("status", { status: 400, errorType: "InvalidInputException" }, { status: 500 }), ["400→500"]],
    [
      "error types, as clients read them",
      divergence("error-type", { status: 400, errorType: "ValidationException" }, { status: 400, errorType: "InvalidInputException" }),
      ["ValidationException→InvalidInputException"],
    ],
    [
      "an error type one side does not name",
      divergence("error-type", { status: 400 }, { status: 400, errorType: "InvalidInputException" }),
      ["(none)→InvalidInputException"],
    ],
    [
      "more accounts unprocessed here",
      divergence("unprocessed-accounts", { status: 200, unprocessed: ["fresh#1", "fresh#2"] }, { status: 200, unprocessed: ["fresh#1"] }),
      ["more here"],
    ],
    [
      "fewer accounts unprocessed here",
      divergence("unprocessed-accounts", { status: 200, unprocessed: [] }, { status: 200, unprocessed: ["fresh#1"] }),
      ["fewer here"],
    ],
    [
      "other accounts unprocessed",
      divergence("unprocessed-accounts", { status: 200, unprocessed: ["fresh#2"] }, { status: 200, unprocessed: ["fresh#1"] }),
      ["other"],
    ],
    [
      "each member one side lacks",
      divergence("output-members", { status: 200, members: ["Members", "RequestId"] }, { status: 200, members: ["Members", "NextToken"] }),
      ["+RequestId", "-NextToken"],
    ],
    [
      "another status for the same account, whichever account",
      divergence("effects", { status: 200, effects: ["fresh#7:Created"] }, { status: 200, effects: ["fresh#7:ENABLED"] }),
      ["Created→ENABLED"],
    ],
    [
      "two kinds of state in one read: two defects",
      divergence("effects", { status: 200, effects: ["fresh#1:Created"] }, { status: 200, effects: ["fresh#1:ENABLED", "fresh#9:ENABLED"] }),
      ["-ENABLED", "Created→ENABLED"],
    ],
    ["an account listed here only", divergence("effects", { status: 200, effects: ["fresh#3:Invited"] }, { status: 200, effects: [] }), ["+Invited"]],
    ["another count, whatever the numbers", divergence("effects", { status: 200, effects: ["count:3"] }, { status: 200, effects: ["count:1"] }), ["count"]],
    ["an operation the reference does not serve", divergence("implemented", { status: 200 }, { status: 404, notImplemented: true }), ["reference"]],
    [
      "an operation the reference does not serve, the case ending there",
      divergence("implemented", undefined, { status: 404, notImplemented: true }),
      ["reference"],
    ],
    ["an operation the target does not serve", divergence("implemented", { status: 404, notImplemented: true }, { status: 200 }), ["target"]],
    ["a request sent to the target only", divergence("calls", { status: 200 }, undefined), ["target-only"]],
    ["a request sent to the reference only", divergence("calls", undefined, { status: 200 }), ["reference-only"]],
  ])("name %s", (_name, d, expected) => {
    expect(divergenceDiscriminators(d)).toEqual(expected);
  });

  it("make one finding per difference, each with both answers and the reference's exchange for reports", () => {
    const findings = divergenceFindings(
      divergence("effects", { status: 200, effects: ["fresh#1:Created"] }, { status: 200, effects: ["fresh#1:ENABLED", "fresh#9:ENABLED"] }),
      false,
      "reference http://ref",
    );
    expect(findings.map((f) => [f.key, f.severity])).toEqual([
      ["parity/effects|ListMembers|-ENABLED", "warning"],
      ["parity/effects|ListMembers|Created→ENABLED", "warning"],
    ]);
    expect(findings.map((f) => f.title)).toEqual([
      "ListMembers answered [fresh#1:Created] here, [fresh#1:ENABLED, fresh#9:ENABLED] on reference http://ref (an account listed on the reference only, ENABLED)",
      "ListMembers answered [fresh#1:Created] here, [fresh#1:ENABLED, fresh#9:ENABLED] on reference http://ref (an account Created here is ENABLED on the reference)",
    ]);
    expect(referenceSide(findings[0]!)).toBe("GET /members → 200");
  });

  it("fail the run under --parity-gate", () => {
    const [finding] = divergenceFindings(divergence("status", { status: 400 }, { status: 200 }), true, "recording r");
    expect(finding!.severity).toBe("failure");
    expect(finding!.title).toBe("ListMembers answered 400 here, 200 on recording r");
  });

  it("say which side lacks an operation, with the answer that shows it", () => {
    const [missing] = divergenceFindings(divergence("implemented", undefined, { status: 404, notImplemented: true }), false, "reference http://ref");
    expect(missing!.title).toBe("ListMembers is implemented here, not on reference http://ref: GET /members → 404");
    expect(referenceSide(missing!)).toBe("GET /members → 404");
    const [here] = divergenceFindings(divergence("implemented", { status: 404, notImplemented: true }, { status: 200 }), false, "reference http://ref");
    expect(here!.title).toBe("ListMembers is not implemented here, as it is on reference http://ref: GET /members → 404");
  });
});
