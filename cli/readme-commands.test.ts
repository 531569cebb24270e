/**
 * Every command the README and docs/ print runs as printed on a fresh clone (issue 31). The quick start is run, in a
 * folder of its own as a fresh clone would be, except for the install and the test command: the install is .ci/run's
 * first step, and the test command is the one .ci/run runs (running it here would run this test within itself).
 * Every other command is held to what exists: the npm scripts it names to package.json, the package's commands to
 * its --help, the options it gives a command to that command's --help (or, for a tool script, its source), and the
 * README's option table to `certify --help`, option for option.
 */
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fencedCommands, inlineCommands, optionsOf, optionTable, type PrintedCommand, statedDefault, wordsOf } from "../tools/docs/shell-commands.ts";
import { runCli, runShell } from "../tools/run-cli.fixture.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");
const README = read("README.md");
const PAGES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];
const SCRIPTS: Record<string, string> = JSON.parse(read("package.json")).scripts;
/** Programs a page may name that are not the project's: the AWS CLI, git, moto's server. */
const OTHER_PROGRAMS = new Set(["aws", "git", "moto_server"]);
const INSTALL = "npm ci";
const QUICK_START = "## Quick start";

/** The package's commands (certify, emulator …), as its --help lists them, and each one's options, as its own --help lists them. */
let packageCommands: Set<string>;
const optionsOfCommand = new Map<string, Set<string>>();

beforeAll(async () => {
  const help = await runCli("bin/securityhub-conformance.mjs", ["--help"]);
  packageCommands = new Set([...help.output.matchAll(/^ {2}([a-z]+) {2,}/gm)].map((m) => m[1]!));
  await Promise.all(
    [...packageCommands].map(async (command) => {
      const { output } = await runCli(`cli/${command}.ts`, ["--help"]);
      optionsOfCommand.set(command, new Set(["--help", ...(output.match(/--[a-z][a-z0-9-]*/g) ?? [])]));
    }),
  );
});

/** What is wrong with a printed command, if anything: a script, command or option the project does not have. */
function problemsOf(command: string): string[] {
  const { program, args } = wordsOf(command);
  if (OTHER_PROGRAMS.has(program)) return [];
  if (program === "npx") {
    const [name, sub, ...rest] = args;
    if (name !== "securityhub-conformance") return [`npx runs ${name}, not the package's command`];
    if (sub === "--help" || sub === "--version") return [];
    if (!packageCommands.has(sub!)) return [`the package has no command ${sub}`];
    return unknownOptions(sub!, rest);
  }
  if (program !== "npm") return [`${program} is no program the project documents`];
  const [verb, script, ...rest] = args;
  if (verb === "ci" || verb === "test" || verb === "install" || verb === "pack") return [];
  if (verb !== "run") return [`npm ${verb} is not run anywhere here`];
  if (!(script! in SCRIPTS)) return [`package.json has no script ${script}`];
  return unknownOptions(script!, rest.slice(rest.indexOf("--") + 1));
}

/** The options given to a script that it does not take: a package command's per its --help, a tool's per its source. */
function unknownOptions(script: string, args: readonly string[]): string[] {
  const known = optionsOfCommand.get(script);
  const source = known ? undefined : /tsx (\S+\.ts)/.exec(SCRIPTS[script] ?? "")?.[1];
  const takes = (option: string): boolean => (known ? known.has(option) : source !== undefined && new RegExp(`${option}(?![a-z0-9-])`).test(read(source)));
  return optionsOf(args)
    .filter((option) => !takes(option))
    .map((option) => `${script} takes no ${option}`);
}

describe.each(PAGES)("the commands %s prints", (page) => {
  const text = read(page);
  const printed: PrintedCommand[] = [...fencedCommands(text), ...inlineCommands(text).map((command) => ({ section: "inline", command }))];

  it("name only scripts, commands and options the project has", () => {
    expect(printed.flatMap(({ command }) => problemsOf(command).map((problem) => `${command}: ${problem}`))).toEqual([]);
  });
});

it("the README prints its commands in shell blocks", () => {
  expect(fencedCommands(README).length).toBeGreaterThan(10);
});

describe("the README's quick start", () => {
  const quickStart = fencedCommands(README)
    .filter((c) => c.section === QUICK_START)
    .map((c) => c.command);
  const ciSteps = read(".ci/run")
    .split("\n")
    .map((line) => line.trim());

  it("installs once, first, as .ci/run does", () => {
    expect(quickStart.filter((c) => c === INSTALL)).toEqual([INSTALL]);
    expect(quickStart[0]).toBe(INSTALL);
    expect(ciSteps.find((line) => line.startsWith("npm "))).toBe(INSTALL);
  });

  it("tests with the command .ci/run runs", () => {
    const tests = quickStart.filter((c) => c === "npm test" || c.startsWith("npm run test"));
    expect(tests).toHaveLength(1);
    expect(ciSteps).toContain(tests[0]);
  });

  it("certifies the embedded emulators as printed, Security Hub's and GuardDuty's, in a fresh folder of the project", async () => {
    const runs = quickStart.filter((c) => c !== INSTALL && !ciSteps.includes(c));
    expect(runs).toEqual(["npm run certify", "npm run certify -- --service guardduty"]);
    // A fresh clone's view: the project's package.json, commands and installed dependencies, and no reports yet.
    const clone = mkdtempSync(join(tmpdir(), "readme-quick-start-"));
    for (const entry of ["package.json", "bin", "node_modules"]) symlinkSync(join(ROOT, entry), join(clone, entry));
    for (const command of runs) {
      const { code, output } = await runShell(command, clone);
      expect(output).toMatch(/^CERTIFIED: .* \(embedded reference emulator\) conforms/m);
      expect(code, output).toBe(0);
      expect(readdirSync(join(clone, "reports", "out"))).toContain("certificate.json");
    }
  });
});

describe("the README's option table", () => {
  let help: string;
  beforeAll(async () => {
    help = (await runCli("cli/certify.ts", ["--help"])).output;
  });
  const rows = optionTable(README, "## Options");

  it("is certify --help's, option for option", () => {
    const listed = [...help.matchAll(/^ {2}(--[a-z][a-z0-9-]*)/gm)].map((m) => m[1]!);
    const table = rows.flatMap((row) => row.options);
    expect(new Set(table).size).toBe(table.length);
    expect([...table].sort()).toEqual([...listed].sort());
  });

  it("gives each option the default certify --help gives it", () => {
    const defaults = new Map([...help.matchAll(/^ {2}(--[a-z][a-z0-9-]*)(?: [A-Z/]+)? +(.+)$/gm)].map((m) => [m[1]!, statedDefault(m[2]!)]));
    const single = rows.filter((row) => row.options.length === 1);
    expect(single.filter((row) => row.meaning.includes("default")).length).toBeGreaterThan(5);
    for (const { options, meaning } of single) expect(statedDefault(meaning), options[0]).toBe(defaults.get(options[0]!));
  });
});
