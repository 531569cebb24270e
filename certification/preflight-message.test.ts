import { describe, expect, it } from "vitest";
import { TargetTimeoutError, TargetUnreachableError } from "../client/target-errors.ts";
import { LIBRARY_OPTION_NAMES, preflightFailure, referenceSide, targetSide } from "./preflight-message.ts";

const AT = "http://127.0.0.1:9";
const COMMAND = { endpoint: "--endpoint", reference: "--reference" };
const VARIABLE = { endpoint: "AWS_ENDPOINT_URL_SECURITYHUB", reference: "--reference" };

describe("the paragraph for a first request that failed", () => {
  it.each([
    [
      "the target of --endpoint",
      targetSide(COMMAND, false),
      new TargetUnreachableError(AT),
      /^the target at .* cannot be reached \(TARGET_UNREACHABLE\).*--endpoint names it, or leave out --endpoint to certify the embedded reference emulator\.$/,
    ],
    [
      "the target of --endpoint",
      targetSide(COMMAND, false),
      new TargetTimeoutError(AT, 100),
      /^the target at .* accepts connections but gave no usable answer .*Check that --endpoint serves .*leave out --endpoint/,
    ],
    [
      "the target of a variable",
      targetSide(VARIABLE, false),
      new TargetUnreachableError(AT),
      /that AWS_ENDPOINT_URL_SECURITYHUB names it, or unset AWS_ENDPOINT_URL_SECURITYHUB to certify the embedded reference emulator\.$/,
    ],
    [
      "the target of a library call",
      targetSide(LIBRARY_OPTION_NAMES, false),
      new TargetUnreachableError(AT),
      /that endpoint names it, or leave out endpoint to certify the embedded reference emulator\.$/,
    ],
    // Real accounts have no embedded emulator to fall back on.
    ["real accounts", targetSide(COMMAND, true), new TargetUnreachableError(AT), /Check that it is running and that --endpoint names it\.$/],
    [
      "the reference of --reference",
      referenceSide(COMMAND),
      new TargetUnreachableError(AT),
      /^the reference at .* cannot be reached .*--reference names it, or leave out --reference to certify the target without comparing it\.$/,
    ],
    [
      "the reference of --reference",
      referenceSide(VARIABLE),
      new TargetTimeoutError(AT, 100),
      /^the reference at .* accepts connections but gave no usable answer .*Check that --reference serves .*leave out --reference/,
    ],
    [
      "the reference of a library call",
      referenceSide(LIBRARY_OPTION_NAMES),
      new TargetUnreachableError(AT),
      /that parity\.reference names it, or leave out parity\.reference to certify the target without comparing it\.$/,
    ],
  ] as const)("names what chose %s (%#)", (_, failing, error, sentence) => {
    const text = preflightFailure(AT, error, failing);
    expect(text).toMatch(sentence);
    // Each side's hint is about what chose it only.
    for (const other of failing.side === "target" ? ["--reference", "parity.reference"] : ["--endpoint", "AWS_ENDPOINT_URL"]) expect(text).not.toContain(other);
  });
});
