#!/usr/bin/env node
// The package's command: `securityhub-conformance <certify|emulator|report|plan> [options]`.
// The sources are TypeScript, loaded through tsx's loader.
import { register } from "tsx/esm/api";

const COMMANDS = {
  certify: "../cli/certify.ts",
  emulator: "../cli/emulator.ts",
  report: "../cli/report.ts",
  plan: "../cli/plan.ts",
};
const [command, ...rest] = process.argv.slice(2);
if (!command || !(command in COMMANDS)) {
  console.error(`usage: securityhub-conformance <${Object.keys(COMMANDS).join("|")}> [options]   (each command takes --help or prints its usage on a bad option)`);
  process.exit(command === "--help" || command === "-h" ? 0 : 2);
}
register();
process.argv = [process.argv[0], process.argv[1], ...rest];
await import(new URL(COMMANDS[command], import.meta.url).href);
