import { describe, expect, it } from "vitest";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { libraryReplay, replayOptionsOf } from "../reports/replay.ts";
import { CERTIFY_FLAGS, parseArgsOptions, replayArguments, shellQuote, usage } from "./certify-flags.ts";
import { parseCertifyOptions } from "./certify-options.ts";

const config = (more: Partial<ReturnType<typeof defaultRunConfig>> = {}) => ({ ...defaultRunConfig(), seed: 7, ...more, endpoint: "http://127.0.0.1:4566" });

describe("the certify flags, declared once", () => {
  it("give the parser every flag and the usage text every flag", () => {
    const options = parseArgsOptions();
    for (const flag of CERTIFY_FLAGS) {
      expect(options[flag.name]).toEqual({ type: flag.value === undefined ? "boolean" : "string" });
      expect(usage("certify")).toContain(`--${flag.name}`);
    }
  });

  it.each([
    [
      "the embedded emulator: no endpoint",
      replayOptionsOf(config(), true, "semantics/InviteMembers", "0:1"),
      "--seed 7 --only semantics/InviteMembers --replay 0:1 --report-dir reports/replay",
    ],
    [
      "another target, strict, with its own settle time",
      replayOptionsOf(config({ strict: true, settleMs: 500 }), false, "semantics/InviteMembers", "3:0"),
      "--endpoint http://127.0.0.1:4566 --strict --settle 500 --seed 7 --only semantics/InviteMembers --replay 3:0 --report-dir reports/replay",
    ],
    [
      "a shrunk command sequence (its path has a ~, quoted)",
      replayOptionsOf(config(), true, "state-machine/membership", "0:1~AB:C"),
      "--seed 7 --only state-machine/membership --replay '0:1~AB:C' --report-dir reports/replay",
    ],
    [
      "real accounts: everything that names the accounts and their profiles",
      replayOptionsOf(
        config({
          profile: "real-account",
          ownAccounts: ["111122223333", "444455556666", "777788889999"],
          accounts: ["111122223333", "444455556666", "777788889999"],
          profiles: ["a", "b", "c"],
          rate: 2,
          region: "eu-west-1",
        }),
        false,
        "semantics/InviteMembers",
        "1",
      ),
      "--real-account --endpoint http://127.0.0.1:4566 --region eu-west-1 --own-accounts 111122223333,444455556666,777788889999 --accounts 111122223333,444455556666,777788889999 --profiles a,b,c --seed 7 --only semantics/InviteMembers --replay 1 --report-dir reports/replay",
    ],
    [
      "a parity twin against a recording: the recording and the budget it was drawn with",
      replayOptionsOf(
        config({ runs: 3, parity: { reference: undefined, recording: "parity/aws", record: undefined, gate: true, name: "recording parity/aws" } }),
        false,
        "parity/semantics/InviteMembers",
        "2",
      ),
      "--endpoint http://127.0.0.1:4566 --reference-recording parity/aws --parity-gate --runs 3 --seed 7 --only parity/semantics/InviteMembers --replay 2 --report-dir reports/replay",
    ],
  ])("replay %s", (_name, options, expected) => {
    expect(replayArguments(options).join(" ")).toBe(expected);
  });

  it("replays as the parser reads back: the arguments parse to the same options", () => {
    const options = replayOptionsOf(
      config({ strict: true, settleMs: 500, accounts: ["123456789012", "210987654321", "111122223333"] }),
      false,
      "semantics/InviteMembers",
      "3:0",
    );
    const parsed = parseCertifyOptions(
      replayArguments(options).map((a) => a.replace(/^'(.*)'$/, "$1")),
      {},
    );
    expect(parsed).toMatchObject({
      endpoint: options.endpoint,
      strict: true,
      settleMs: 500,
      accounts: options.accounts,
      seed: 7,
      only: ["semantics/InviteMembers"],
      replay: "3:0",
      reportDir: "reports/replay",
    });
  });

  it("quote for the shell only what needs it", () => {
    expect(shellQuote("reports/out")).toBe("reports/out");
    expect(shellQuote("my reports")).toBe("'my reports'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it("print a library caller's replay as the call", () => {
    expect(libraryReplay(replayOptionsOf(config(), true, "semantics/InviteMembers", "0"))).toBe(
      'certify({"seed":7,"only":["semantics/InviteMembers"],"replay":"0","reportDir":"reports/replay"})',
    );
  });
});

describe("the values given, checked by the table", () => {
  it.each<[string, string[], RegExp]>([
    ["a fraction of runs", ["--runs", "1.5"], /--runs must be a whole number from 1 to 100000, got "1.5"/],
    ["no runs at all", ["--runs", "0"], /--runs must be a whole number from 1/],
    ["a seed past 2^31", ["--seed", "2147483648"], /--seed must be a whole number from 0 to 2147483647/],
    ["a negative settle", ["--settle", "-1"], /--settle must be a whole number from 0/],
    ["a concurrency of none", ["--concurrency", "0"], /--concurrency must be a whole number from 1 to 1000/],
    ["an account id too short", ["--accounts", "111111111111,22"], /--accounts takes 12-digit account ids, got "22"/],
    // Checked although nothing reads it without --reference: a mistyped value is never silently ignored.
    ["a bad reference account", ["--reference-accounts", "x"], /--reference-accounts takes 12-digit account ids/],
  ])("refuses %s", (_name, argv, message) => {
    expect(() => parseCertifyOptions(argv, {})).toThrow(message);
  });

  it("reads each kind from the table", () => {
    const options = parseCertifyOptions(
      ["--runs", "7", "--concurrency", "3", "--accounts", " 111111111111 ,222222222222,333333333333", "--only", "state,"],
      {},
    );
    expect(options).toMatchObject({ runs: 7, concurrency: 3, accounts: ["111111111111", "222222222222", "333333333333"], only: ["state"] });
    expect(CERTIFY_FLAGS.filter((f) => f.kind !== undefined && f.value === undefined)).toEqual([]);
  });
});
