import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const VITEST = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));

function runBrokenFixture(): Promise<{ code: number | null; output: string }> {
  const args = [VITEST, "run", "--config", "tools/broken-run.fixture/vitest.config.ts", "--reporter", "./tools/closing-line-reporter.ts"];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output })));
}

it("counts a file that fails to load, a failing beforeAll and an unhandled rejection as failures, and the run exits non-zero", async () => {
  const { code, output } = await runBrokenFixture();
  // passes.check.ts and the unhandled-rejection test pass; the beforeAll's test is skipped.
  expect(output).toContain("\ntests: 2 passed, 3 failed, 1 skipped\n");
  expect(code).toBe(1);
});
