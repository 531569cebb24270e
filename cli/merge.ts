/**
 * `npm run merge -- --report-dir OUT SHARD_DIR…`: one certificate (and one set of Allure results) from the
 * report directories of a sharded certification. Exit 0 certified, 1 not, 2 usage error.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import type { Certificate } from "../reports/certificate.ts";
import { mergeCertificates } from "../reports/merge-certificates.ts";
import { readBaseline, writeCertificate } from "../reports/write-reports.ts";

const USAGE = `usage: ${invocation("merge")} [--report-dir OUT] SHARD_REPORT_DIR…   (each holding the certificate.json of one --shard run)`;
function fail(message: string): never {
  exitWithUsageError("merge", message, USAGE);
}

let values: { "report-dir"?: string; help?: boolean };
let positionals: string[];
try {
  ({ values, positionals } = parseArgs({
    options: { "report-dir": { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail("name the report directories of the shards");
const out = resolve(values["report-dir"] ?? "reports/out");
let merged: Certificate;
try {
  // readBaseline validates each file against the certificate schema.
  merged = mergeCertificates(positionals.map((dir) => readBaseline(join(dir, "certificate.json"))));
} catch (error) {
  fail((error as Error).message);
}
// The merged certificate's defects are the shards' joined: its junit.xml and Allure results are written from it.
const written = writeCertificate(out, merged);
console.log(
  `merged ${positionals.length} shards: ${merged.run.scenarios} scenarios, ${merged.run.requests} requests → ${written.json}, ${written.markdown}, ${written.junit}, ${written.allureResults}`,
);
console.log(merged.verdict === "certified" ? "CERTIFIED" : merged.verdict === "incomplete" ? "INCOMPLETE" : `NOT CERTIFIED: ${merged.summary}`);
process.exit(merged.verdict === "certified" ? 0 : 1);
