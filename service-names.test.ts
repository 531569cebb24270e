/**
 * A service is data: no Security Hub operation or member name appears in the code or the strings of the layers that
 * serve every service — the engine (conformance/), the checks, the generators, the client, the protocol, the
 * certification, the reports, the validators, the suites and the commands. They ask the service's descriptor
 * (specs/services/) or its texts for the checks instead. Comments may cite names as examples.
 *
 * The names are taken from Security Hub's vendored model, never typed here: its 15 operations, the members of the
 * structures they take and answer with (by wire name and model name), and the errors it defines, except those AWS
 * defines for every service (its common errors, the throttling errors SDKs retry).
 *
 * Allowed places, not read: specs/ (the descriptors and the documentation are data), emulator/ (Security Hub's
 * reference emulator implements Security Hub), variants/ (the catalogue of that emulator's variants), bench/ and
 * tools/ (developer tools: the benchmark, the docs' pages and the model's vendoring name what they measure and
 * write), and tests and fixtures (they name what they play).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMON_ERRORS, THROTTLING_ERRORS } from "./checks/common-errors.ts";
import { familyNames } from "./specs/services/family-names.fixture.ts";
import { SECURITY_HUB } from "./specs/services/index.ts";
import { namesIn } from "./tools/source-names.fixture.ts";

const ROOT = fileURLToPath(new URL(".", import.meta.url));

/** The layers that serve every service. */
const SERVED_BY_ALL = ["conformance", "checks", "generators", "client", "protocol", "certification", "reports", "validators", "suites", "cli"];

const AWS_WIDE = new Set([...Object.keys(COMMON_ERRORS), ...THROTTLING_ERRORS]);
const { operations, members, errors } = familyNames(SECURITY_HUB);
const NAMES = [...new Set([...operations, ...members, ...errors])].filter((name) => !AWS_WIDE.has(name));

function sourceModules(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : sourceModules(path);
    if (!/\.(ts|mjs)$/.test(entry.name) || /\.(test|fixture)\.ts$/.test(entry.name)) return [];
    return [relative(ROOT, path)];
  });
}

const modules = SERVED_BY_ALL.flatMap((folder) => sourceModules(join(ROOT, folder)));
const hits = modules.flatMap((module) => namesIn(readFileSync(join(ROOT, module), "utf8"), NAMES).map((hit) => ({ module, ...hit })));

describe("Security Hub's names", () => {
  it("are taken from its model: its operations, members and errors", () => {
    expect(operations).toHaveLength(15);
    expect(NAMES).toEqual(expect.arrayContaining(["InviteMembers", "EnableSecurityHub", "AccountIds", "AccountDetails", "ProcessingResult", "MemberStatus"]));
    expect(NAMES).toEqual(expect.arrayContaining(["UnprocessedAccounts", "AdministratorId", "MasterId", "InvitationId", "InvitationsCount", "OnlyAssociated"]));
    expect(NAMES).toContain("InvalidAccessException");
    expect(NAMES).not.toContain("AccessDeniedException");
  });

  it("appear in no code or string of the layers that serve every service", () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(hits.map(({ module, line, name }) => `${module}:${line}: ${name}`)).toEqual([]);
  });

  it("are found in code and strings, not in comments or in prose that uses a word as English (the test can fail)", () => {
    const source = [
      "// InviteMembers, as a comment cites it",
      "/* AccountIds */ const body = { AccountIds: [] };",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the module under test holds a template literal
      'const title = `${operation} listed ${"x"} in UnprocessedAccounts`;',
      'const list = "Members"; const prose = "Members the model does not declare";',
      "const pattern = /MemberStatus/; const path = 'http://example.com//x'; read(body.ProcessingResult);",
    ].join("\n");
    expect(namesIn(source, NAMES).map(({ name, line }) => `${line}: ${name}`)).toEqual([
      "2: AccountIds",
      "3: UnprocessedAccounts",
      "4: Members",
      "5: MemberStatus",
      "5: ProcessingResult",
    ]);
  });
});
