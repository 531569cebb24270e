#!/usr/bin/env node
// The package's command: `securityhub-conformance <command> [options]`, and in a clone `npm run <command>`.
// Installed, it runs the compiled JavaScript in dist/. In a clone (where the TypeScript sources are) it runs dist/
// while it is as new as every file it was built from (`npm ci` and `npm run build` build it), else the sources
// through tsx, a dev dependency: a change never runs stale.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compiledIsCurrent } from "./compiled-is-current.mjs";

const COMMANDS = {
  certify: "certify the embedded reference emulator, or any target with --endpoint",
  emulator: "serve the reference emulator (or one of its variants) until Ctrl-C",
  report: "turn a run's Allure results into the HTML report (--open or --serve to view it)",
  merge: "merge the report directories of a sharded certification",
  mutation: "certify every variant emulator: the suite's mutation score",
  plan: "print the operations, account-id members and invalid inputs the suite exercises",
};
const NAME = "securityhub-conformance";
const USAGE = `usage: ${NAME} <command> [options]     (${NAME} <command> --help for its options)
${Object.entries(COMMANDS)
  .map(([name, what]) => `  ${name.padEnd(10)} ${what}`)
  .join("\n")}
  --version  print the version, and the AWS model it judges by`;

const [given, ...rest] = process.argv.slice(2);
if (given === "--help" || given === "-h") {
  console.log(USAGE);
  process.exit(0);
}
// --version runs as a command (cli/version.ts), so the model is named from the one file that records it.
const command = given === "--version" || given === "-v" ? "version" : given;
if (command === given && (!command || !Object.hasOwn(COMMANDS, command))) {
  // The usage above, the one precise line last, where a terminal leaves it in view.
  console.error(`${USAGE}\n${NAME}: ${command ? `no command named ${JSON.stringify(command)}` : "name a command"}`);
  process.exit(2);
}
// Usage lines and the commands a run prints (replays, the report) name the command so it runs as printed: where
// the package is installed, through npx, which finds the project's own copy; in a clone, `npm run <command> --`
// (what they print when the variable is not set).
const ownScript = process.env.npm_package_name === NAME && process.env.npm_lifecycle_event === command;
if (!ownScript) process.env.SECURITYHUB_CONFORMANCE_INVOCATION = `npx ${NAME}`;
process.argv = [process.argv[0], process.argv[1], ...rest];
const source = new URL(`../cli/${command}.ts`, import.meta.url);
if (existsSync(source) && !compiledIsCurrent(fileURLToPath(new URL("..", import.meta.url)))) {
  const { register } = await import("tsx/esm/api");
  register();
  await import(source.href);
} else {
  await import(new URL(`../dist/cli/${command}.js`, import.meta.url).href);
}
