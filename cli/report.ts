/** `npm run report -- [--report-dir DIR]`: turns a run's allure-results into the HTML report (Allure 3, no Java). */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const USAGE = "usage: npm run report -- [--report-dir DIR]   (default reports/out, where certify wrote allure-results)";
let reportDir: string;
try {
  const { values } = parseArgs({ options: { "report-dir": { type: "string" } }, strict: true });
  reportDir = resolve(values["report-dir"] ?? "reports/out");
} catch (error) {
  console.error(`report: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const results = join(reportDir, "allure-results");
if (!existsSync(results)) {
  console.error(`report: ${results} does not exist; run \`npm run certify\` first (or give its --report-dir).\n${USAGE}`);
  process.exit(2);
}
const output = join(reportDir, "allure-report");
const allure = fileURLToPath(new URL("../node_modules/allure/cli.js", import.meta.url));
const run = spawnSync(process.execPath, [allure, "generate", results, "--output", output, "--report-name", "Security Hub conformance"], { stdio: "inherit" });
if (run.status !== 0) {
  console.error(`report: allure generate failed with exit ${run.status}`);
  process.exit(1);
}
console.log(`report: ${join(output, "index.html")}`);
