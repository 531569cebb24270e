/** `npm run spec:check` on fixtures (two small models, a botocore folder, a stand-in python3): never on the machine's botocore. */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readServiceModel } from "../specs/botocore-model.ts";
import { checkModel } from "./check-model.ts";
import type { Search } from "./installed-botocore.ts";

const fixture = (path: string): string => fileURLToPath(new URL(`./model-fixtures/${path}`, import.meta.url));
const VENDORED = readServiceModel(fixture("vendored.service-2.json"));
const BOTOCORE = fixture("botocore");
const NEWER_FILE = fixture("botocore/data/securityhub/2018-10-26/service-2.json");

const NOWHERE: Search = { python: undefined, directories: [] };
const IN_A_FOLDER: Search = { python: undefined, directories: [{ where: "the fixture's botocore", directory: BOTOCORE }] };
const THROUGH_PYTHON: Search = { python: fixture("fake-python"), directories: [] };
const NO_PYTHON: Search = { python: fixture("no-such-python"), directories: [{ where: "an empty place", directory: fixture("no-such-folder") }] };

function check(args: string[], search: Search, { version = "9.0.0", model = VENDORED } = {}): { code: number; output: string } {
  const lines: string[] = [];
  const provenance = { botocoreVersion: version, sourceSha256: "0".repeat(64), vendoredOn: "2026-01-01" };
  const code = checkModel(args, { vendored: { model, provenance }, search, log: (line) => lines.push(line) });
  return { code, output: lines.join("\n") };
}

describe("npm run spec:check", () => {
  it.each([
    ["nowhere to look", NOWHERE],
    ["no python3 and no botocore folder", NO_PYTHON],
  ])("finds nothing with %s, and exits 0 even with --fail-on-newer", (_what, search) => {
    for (const args of [[], ["--fail-on-newer"]]) {
      const { code, output } = check(args, search);
      expect(output).toContain("found no other Security Hub model to compare it with");
      expect(code).toBe(0);
    }
  });

  it.each([
    ["in a botocore folder", IN_A_FOLDER, "(the fixture's botocore)"],
    ["through python3", THROUGH_PYTHON, `(${fixture("fake-python")}'s botocore)`],
  ])("prints what a newer model found %s changes, and exits 1 for it only with --fail-on-newer", (_what, search, where) => {
    const { code, output } = check([], search);
    expect(output).toContain(`botocore 9.1.0 at ${NEWER_FILE} ${where}: newer, and it differs from the vendored model`);
    expect(output).toContain("    CreateMembers: errors added: AccessDeniedException (403)");
    expect(output).toContain("    AccountDetailsList (CreateMembers): size none → 1–50");
    expect(output).toContain("to take the newer model: npm run spec:vendor -- --from PATH");
    expect(code).toBe(0);
    expect(check(["--fail-on-newer"], search).code).toBe(1);
  });

  it("leaves an older model it finds alone, and compares one named with --model all the same", () => {
    const found = check(["--fail-on-newer"], IN_A_FOLDER, { version: "10.0.0" });
    expect(found.output).toContain("botocore 9.1.0 at");
    expect(found.output).toContain("older than the vendored model, not compared");
    expect(found.code).toBe(0);
    const named = check(["--model", NEWER_FILE, "--fail-on-newer"], NOWHERE, { version: "10.0.0" });
    expect(named.output).toContain("older, and it differs from the vendored model");
    expect(named.code).toBe(0);
  });

  it("compares with the file or the botocore folder --model names, and only with it", () => {
    for (const path of [NEWER_FILE, BOTOCORE]) {
      const { code, output } = check(["--model", path, "--docs", "--fail-on-newer"], THROUGH_PYTHON);
      expect(output.match(/^botocore 9\.1\.0 at /gm)).toHaveLength(1);
      expect(output).toContain("      + Enables Security Hub CSPM for your account.");
      expect(code).toBe(1);
    }
  });

  it("says so when a newer model's family is the vendored one's", () => {
    const { code, output } = check(["--fail-on-newer"], IN_A_FOLDER, { model: readServiceModel(NEWER_FILE) });
    expect(output).toContain("the family's operations are the same as in the vendored model");
    expect(code).toBe(0);
  });

  it.each([
    [["--model", fixture("no-such-model.json")], "no such file or folder"],
    [["--model", fixture("fake-python")], "is not a botocore service model"],
    [["--model", fixture(".")], "holds no data/securityhub/2018-10-26/service-2.json(.gz): is it a botocore folder?"],
    [["--newest"], "Unknown option '--newest'"],
  ])("exits 2 with a clear message for %j", (args, message) => {
    const { code, output } = check(args, NOWHERE);
    expect(output).toContain(message);
    expect(code).toBe(2);
  });
});
