/** Prints what the suite will exercise, per operation of the spec: binding, account-id members, invalid-input rules. */
import { parseArgs } from "node:util";
import { invalidSites } from "../generators/invalid-request.ts";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import { loadSpec } from "../specs/load-spec.ts";

const USAGE = `usage: ${invocation("plan")}   (no options) prints, per operation, its binding, account-id members and the invalid inputs generated`;
try {
  if (parseArgs({ options: { help: { type: "boolean", short: "h" } }, strict: true }).values.help) {
    console.log(USAGE);
    process.exit(0);
  }
} catch (error) {
  exitWithUsageError("plan", (error as Error).message, USAGE);
}
const spec = await loadSpec();
console.log(`${spec.title} (API ${spec.apiVersion}), spec sha256 ${spec.hash.slice(0, 12)}\n`);
for (const operation of spec.operations.values()) {
  const errors = operation.errors.map((e) => `${e.name} ${e.status}`).join(", ");
  console.log(`${operation.name}  ${operation.method} ${operation.path}  → ${operation.success.status}; errors: ${errors}`);
  if (operation.accountIds)
    console.log(`  account ids at ${operation.accountIds}${operation.unprocessedAccounts ? `, unprocessed at ${operation.unprocessedAccounts}` : ""}`);
  const sites = invalidSites(operation).map((s) => `${s.rule}${s.path.length ? ` ${s.in === "query" ? "?" : "/"}${s.path.join("/")}` : ""}`);
  if (sites.length > 0) console.log(`  invalid inputs: ${sites.join("; ")}`);
}
