/**
 * `npm run report -- [--report-dir DIR] [--open | --serve [--port N]]`: turns a run's allure-results into the
 * HTML report (Allure 3, no Java): one self-contained index.html, which opens from disk. --serve also serves it on
 * loopback, --open serves it and opens it in the default browser (both until Ctrl-C).
 */
import { spawnSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { attachNegativeNumbers } from "./negative-numbers.ts";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import { unfinishedRun } from "../reports/report-directory.ts";

const REPORT_NAME = "Security Hub conformance";
import { serveDirectory } from "./static-server.ts";

const USAGE = `usage: ${invocation("report")} [--report-dir DIR] [--open | --serve [--port N]]
  --report-dir DIR  where certify wrote allure-results (default reports/out); the report goes to DIR/allure-report/index.html,
                    one file that opens from disk
  --serve           also serve the report on 127.0.0.1 until Ctrl-C (--port N, default a free port)
  --open            serve it with Allure's server and open it in the default browser`;

function fail(message: string): never {
  exitWithUsageError("report", message, USAGE);
}

let values: { "report-dir"?: string; open?: boolean; serve?: boolean; port?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    args: attachNegativeNumbers(process.argv.slice(2)),
    options: {
      "report-dir": { type: "string" },
      open: { type: "boolean" },
      serve: { type: "boolean" },
      port: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.open && values.serve) fail("--open and --serve are two ways to view the report: give one");
const port = values.port === undefined ? 0 : Number(values.port);
if (!/^\d+$/.test(values.port ?? "0") || port > 65535) fail(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`);
const reportDir = resolve(values["report-dir"] ?? "reports/out");
const results = join(reportDir, "allure-results");
if (!existsSync(results)) fail(`${results} does not exist; run certify first (or give its --report-dir).`);

const unfinished = unfinishedRun(reportDir);
if (unfinished)
  console.error(
    `report: a certify run started in ${reportDir} at ${unfinished.startedAt} has not finished (or crashed): these results are the last complete run's only if it wrote them.`,
  );

const output = join(reportDir, "allure-report");
// The allure package exports no path to its command-line script; it sits beside its package.json.
const allure = join(dirname(dirname(fileURLToPath(import.meta.resolve("allure")))), "cli.js");
// One self-contained file (Allure's single-file report): it opens from disk, where a report that fetches its data cannot.
const config = join(mkdtempSync(join(tmpdir(), "allure-config-")), "allurerc.json");
writeFileSync(config, JSON.stringify({ name: REPORT_NAME, plugins: { awesome: { options: { singleFile: true, reportName: REPORT_NAME } } } }));
const run = spawnSync(process.execPath, [allure, "generate", results, "--config", config, "--output", output], { stdio: ["ignore", "ignore", "inherit"] });
rmSync(dirname(config), { recursive: true, force: true });
if (run.status !== 0) {
  console.error(`report: allure generate failed with exit ${run.status}`);
  process.exit(1);
}
console.log(`report: ${pathToFileURL(join(output, "index.html")).href} (one file: open it in a browser)`);

if (values.serve) {
  const { url, server } = await serveDirectory(output, port).catch((error: NodeJS.ErrnoException) =>
    fail(error.code === "EADDRINUSE" ? `port ${port} is already in use; choose another with --port (0 picks a free one)` : error.message),
  );
  console.log(`serving ${url} (Ctrl-C to stop)`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => server.close(() => process.exit(0)));
} else if (values.open) {
  const child = spawn(process.execPath, [allure, "open", ...(port ? ["--port", String(port)] : []), output], { stdio: "inherit" });
  child.once("exit", (code) => process.exit(code ?? 0));
}
