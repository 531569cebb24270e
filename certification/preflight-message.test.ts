import { describe, expect, it } from "vitest";
import { TargetTimeoutError, TargetUnreachableError } from "../client/target-errors.ts";
import { preflightFailure } from "./preflight-message.ts";

const AT = "http://127.0.0.1:9";

describe("the paragraph for a first request that failed", () => {
  it.each([
    [
      "target",
      new TargetUnreachableError(AT),
      /^the target at .* cannot be reached \(TARGET_UNREACHABLE\).*--endpoint names it, or leave out --endpoint to certify the embedded/,
    ],
    [
      "target",
      new TargetTimeoutError(AT, 100),
      /^the target at .* accepts connections but gave no usable answer .*Check that --endpoint serves .*leave out --endpoint/,
    ],
    [
      "reference",
      new TargetUnreachableError(AT),
      /^the reference at .* cannot be reached .*--reference names it, or leave out --reference to certify the target without comparing it\.$/,
    ],
    [
      "reference",
      new TargetTimeoutError(AT, 100),
      /^the reference at .* accepts connections but gave no usable answer .*Check that --reference serves .*leave out --reference/,
    ],
  ] as const)("names the %s's own option (%s)", (side, error, sentence) => {
    const text = preflightFailure(AT, error, side);
    expect(text).toMatch(sentence);
    // Each side's hint is about its own option only.
    expect(text).not.toContain(side === "target" ? "--reference" : "--endpoint");
  });
});
