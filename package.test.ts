/**
 * The package as its users get it: `npm pack` (which builds dist/ through prepack), install the tarball into
 * an empty project, and run the command and the library there, with no TypeScript toolchain in sight.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { modelLine, modelProvenance } from "./specs/model-provenance.ts";
import { relativeLinks } from "./tools/docs/links.ts";

const ROOT = fileURLToPath(new URL(".", import.meta.url));
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";
/**
 * The scripts npm runs when it installs a package from a tarball or a git repository: the package ships dist/, so
 * none may be there (npm 11 warns of each, "not yet covered by allowScripts"). A clone builds through postprepare,
 * which npm runs only in the project it installs itself, as it does in the clone it makes of a git dependency.
 */
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall", "prepare"];

interface Ran {
  code: number | null;
  output: string;
}

function run(command: string, args: string[], cwd: string, until?: RegExp): Promise<Ran & { stop?: () => Promise<Ran> }> {
  // Its own process group, so stopping it reaches the command npx started, not only npx.
  const child = spawn(command, args, {
    cwd,
    detached: true,
    env: {
      ...process.env,
      AWS_ENDPOINT_URL: "",
      AWS_ENDPOINT_URL_SECURITYHUB: "",
      npm_config_fund: "false",
      npm_config_audit: "false",
      npm_config_update_notifier: "false",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<Ran>((resolve) => child.once("close", (code) => resolve({ code, output })));
  return new Promise((resolve) => {
    const onData = (chunk: Buffer): void => {
      output += chunk;
      if (until?.test(output))
        resolve({
          code: null,
          output,
          stop: () => {
            process.kill(-child.pid!, "SIGTERM");
            return exited;
          },
        });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then(resolve);
  });
}

describe("the packed package, installed into an empty project", () => {
  const dir = mkdtempSync(join(tmpdir(), "securityhub-conformance-package-"));
  const project = join(dir, "project");
  const npx = (args: string[], until?: RegExp) => run(NPX, ["--no", "--", "securityhub-conformance", ...args], project, until);
  let installed: Ran;

  beforeAll(async () => {
    const packed = await run(NPM, ["pack", "--pack-destination", dir], ROOT);
    expect(packed.code, packed.output).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
    const tarball = join(dir, `${manifest.name}-${manifest.version}.tgz`);
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "a-mock-authors-project", version: "1.0.0", private: true, type: "module" }));
    // Whatever the lockfile already brought into npm's cache is not fetched again. The project brings its own vitest,
    // as a mock author's does: the package needs none to certify, and names it as an optional peer for its suites.
    const vitest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).devDependencies.vitest as string;
    installed = await run(NPM, ["install", "--prefer-offline", "--no-audit", "--no-fund", tarball, `vitest@${vitest}`], project);
    expect(installed.code, installed.output).toBe(0);
  });
  // Removing an installed node_modules takes seconds on a busy disk: asynchronously, under the hooks' shared hang guard.
  afterAll(() => rm(dir, { recursive: true, force: true, maxRetries: 3 }));

  it("ships the compiled modules, their types, the executable and the licence, and no tests, sources or CI", () => {
    const installed = join(project, "node_modules", "securityhub-conformance");
    for (const file of [
      "LICENSE",
      "README.md",
      "bin/securityhub-conformance.mjs",
      "bin/compiled-is-current.mjs",
      "dist/index.js",
      "dist/index.d.ts",
      "dist/cli/certify.js",
      "dist/suites/harness.js",
      "dist/specs/securityhub.openapi.json",
      "dist/specs/statements.json",
      "dist/specs/sources/securityhub-members.provenance.json",
      "dist/specs/guardduty.openapi.json",
      "dist/specs/sources/guardduty-members.provenance.json",
      "examples/my-mock.test.ts",
      "examples/github-actions-conformance.yml",
    ])
      expect(existsSync(join(installed, file)), file).toBe(true);
    for (const file of ["tsconfig.json", "vitest.config.ts", ".ci", "bench", "cli/certify.ts", "dist/cli/certify.test.js", "specs/sources"])
      expect(existsSync(join(installed, file)), file).toBe(false);
    expect(existsSync(join(project, "node_modules", "typescript")) || existsSync(join(project, "node_modules", "tsx"))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe("Apache-2.0");
  });

  it("ships docs/, so the README's links work where it is installed", () => {
    const installed = join(project, "node_modules", "securityhub-conformance");
    const linked = relativeLinks(readFileSync(join(installed, "README.md"), "utf8")).filter((link) => link.path !== "");
    expect(linked.map((link) => link.path)).toContain("docs/checks.md");
    for (const { path } of linked) expect(existsSync(join(installed, path)), path).toBe(true);
  });

  it("installs without running or naming a script of its own: the packed package.json has no install-time script", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules", "securityhub-conformance", "package.json"), "utf8"));
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => INSTALL_SCRIPTS.includes(name))).toEqual([]);
    // vitest's esbuild may be named there (a dependency of the project's own vitest); this package never.
    expect(installed.output).not.toMatch(/securityhub-conformance@[^\n]*\((pre|post)?(install|prepare):/);
    expect(installed.output).not.toMatch(/install-scripts[^\n]*securityhub-conformance/);
  });

  it("answers --version, naming the AWS model it judges by, and lists every command", async () => {
    const version = await npx(["--version"]);
    expect(version.output).toContain(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    expect(version.output).toContain(`AWS model: ${modelLine(modelProvenance())}`);
    expect(version.code).toBe(0);
    const help = await npx(["--help"]);
    for (const command of ["certify", "emulator", "report", "merge", "mutation", "plan"]) expect(help.output).toContain(`  ${command} `);
    expect(help.code).toBe(0);
  });

  it("certifies the embedded emulator with `npx securityhub-conformance certify`, then builds the HTML report", async () => {
    const certified = await npx(["certify", "--runs", "2", "--report-dir", "out"]);
    expect(certified.output).toContain("CERTIFIED");
    expect(certified.code).toBe(0);
    const certificate = JSON.parse(readFileSync(join(project, "out", "certificate.json"), "utf8"));
    expect(certificate.verdict).toBe("certified");
    expect(certificate.spec.model).toMatchObject({ botocoreVersion: modelProvenance().botocoreVersion, vendoredOn: modelProvenance().vendoredOn });
    const report = await npx(["report", "--report-dir", "out"]);
    expect(report.output).toContain("allure-report");
    expect(report.code).toBe(0);
    expect(existsSync(join(project, "out", "allure-report", "index.html"))).toBe(true);
  });

  it("prints replay and report lines that run as printed there: the replay fails the same way, the report is made", async () => {
    const faulty = await npx(["emulator", "--variant", "ineligible-reported-processed", "--port", "0"], /listening (http:\S+)/);
    const url = /listening (http:\S+)/.exec(faulty.output)![1]!;
    try {
      const found = await npx(["certify", "--endpoint", url, "--only", "semantics/InviteMembers", "--seed", "7", "--report-dir", "faulty"]);
      expect(found.code, found.output).toBe(1);
      const replay = /replay: (npx securityhub-conformance certify .*)$/m.exec(found.output)?.[1];
      expect(replay, found.output).toEqual(expect.any(String));
      const again = await run("sh", ["-c", replay!], project);
      expect(again.code, again.output).toBe(1);
      expect(again.output).toContain("[unprocessed-accounts/ineligible-reported]");
      const report = /\(for the HTML report: (.*)\)$/m.exec(found.output)![1]!;
      expect(report).toBe("npx securityhub-conformance report --report-dir faulty");
      const made = await run("sh", ["-c", report], project);
      expect(made.code, made.output).toBe(0);
      expect(existsSync(join(project, "faulty", "allure-report", "index.html"))).toBe(true);
    } finally {
      await faulty.stop!();
    }
  });

  it("runs the shipped example test, copied beside a project's own code, with the project's vitest", async () => {
    const examples = join(project, "node_modules", "securityhub-conformance", "examples");
    mkdirSync(join(project, "test"));
    for (const file of ["my-mock.test.ts", "my-mock.ts"]) writeFileSync(join(project, "test", file), readFileSync(join(examples, file)));
    const tested = await run(NPX, ["--no", "--", "vitest", "run", "test/"], project);
    expect(tested.code, tested.output).toBe(0);
    expect(tested.output).toMatch(/2 passed/);
  });

  it("serves the emulator with `npx securityhub-conformance emulator` until SIGTERM", async () => {
    const started = await npx(["emulator", "--port", "0"], /listening (http:\S+)/);
    const url = /listening (http:\S+)/.exec(started.output)![1]!;
    const answer = await fetch(`${url}/members/invite`, { method: "POST", body: "{}" });
    expect(answer.status).toBe(403); // no Authorization header: MissingAuthenticationTokenException
    const stopped = await started.stop!();
    expect(stopped.output).toContain("SIGTERM: stopping");
    await expect(fetch(url)).rejects.toThrow();
  });

  it("imports certify from plain Node and resolves to the certificate", async () => {
    const script = `import { certify, CHECKS } from "securityhub-conformance";
const certificate = await certify({ runs: 2, seed: 3, only: ["semantics"] });
console.log(JSON.stringify({ verdict: certificate.verdict, seed: certificate.run.seed, checks: CHECKS.length }));`;
    writeFileSync(join(project, "use-the-api.mjs"), script);
    const ran = await run(process.execPath, ["use-the-api.mjs"], project);
    expect(ran.code, ran.output).toBe(0);
    expect(JSON.parse(ran.output.trim().split("\n").at(-1)!)).toMatchObject({ verdict: "certified", seed: 3, checks: expect.any(Number) });
  });
});
