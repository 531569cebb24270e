// `npm run build` (also run by `npm pack` and `npm publish`, through prepack, and by `npm ci` in a clone or in the clone npm
// makes of a git dependency, through postprepare): compiles the package's TypeScript into dist/ and copies beside it the
// JSON the modules read at run time, at the same relative paths as in the sources.
// `node tools/build.mjs DIR` builds into DIR instead, without type declarations (the suite's own tests run their
// commands from one, so packing the package beside them never changes what they run).
//
// The build is made beside the folder and moved into place whole, with BUILD_INPUTS listing every file it was made
// from: a command started in a clone runs dist/ only while none of them changed since (bin/compiled-is-current.mjs),
// and never a folder half deleted or half written by a build running at the same time.
// Plain JavaScript, so a build needs only the TypeScript compiler.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILD_INPUTS } from "../bin/compiled-is-current.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNTIME_ASSETS = [
  "specs/securityhub.openapi.json",
  "specs/statements.json",
  "specs/sources/securityhub-members.provenance.json",
  "specs/guardduty.openapi.json",
  "specs/guardduty.statements.json",
  "specs/sources/guardduty-members.provenance.json",
  "specs/macie2.openapi.json",
  "specs/macie2.statements.json",
  "specs/sources/macie2-members.provenance.json",
  "reports/certificate.schema.json",
];
// What else decides the build's output.
const CONFIGURATION = ["package.json", "tsconfig.json", "tsconfig.build.json"];

const out = process.argv[2] ?? "dist";
const target = `${root}/${out}`;
const staging = `${target}.building-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
// Taken before the compiler reads anything: a source saved while it runs is newer than the build.
const builtAt = Date.now();
const tsc = spawnSync(
  process.execPath,
  [
    fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)),
    "-p",
    "tsconfig.build.json",
    "--outDir",
    staging,
    "--listFiles",
    ...(out === "dist" ? [] : ["--declaration", "false"]),
  ],
  { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 * 1024 * 1024 },
);
// --listFiles prints each file the compiler read, one a line; anything else it prints is a diagnostic.
const slashed = (path) => path.replace(/\\/g, "/");
const sources = [];
for (const line of (tsc.stdout ?? "").split("\n")) {
  const path = line.trim();
  if (slashed(path).startsWith(slashed(root)) && existsSync(path)) {
    if (!slashed(path).includes("/node_modules/")) sources.push(slashed(relative(root, path)));
  } else if (path) console.log(line);
}
if (tsc.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  process.exit(tsc.status ?? 1);
}
for (const asset of RUNTIME_ASSETS) cpSync(`${root}/${asset}`, `${staging}/${asset}`);
// Without the sources in the list the build could pass for current after any change: then it has no list, and
// commands in the clone run the sources.
if (sources.length > 0) {
  const inputs = [...sources, ...RUNTIME_ASSETS, ...CONFIGURATION].sort();
  writeFileSync(`${staging}/${BUILD_INPUTS}`, `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
} else console.warn(`build: the compiler listed no source file, so ${out}/ is not marked current (commands in this clone run the sources)`);

const previous = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
