/**
 * Before the suite's own tests: the commands compiled once into .test-dist/, which tools/run-cli.fixture.ts runs.
 * A test starts dozens of certify processes; compiled, each starts in half the time it takes through tsx, and
 * `npm pack` rebuilding dist/ in package.test.ts never changes what the others run.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const COMPILED_DIR = ".test-dist";

export default function setup(project: TestProject): void {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const build = spawnSync(process.execPath, ["tools/build.mjs", COMPILED_DIR], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`compiling the commands for the tests failed:\n${build.stdout}${build.stderr}`);
  project.provide("compiledCommands", COMPILED_DIR);
}
