// `npm run build` (also run by `npm pack` through prepack): compiles the package's TypeScript into dist/ and
// copies beside it the JSON the modules read at run time, at the same relative paths as in the sources.
// `node tools/build.mjs DIR` builds into DIR instead, without type declarations (the suite's own tests run their
// commands from one, so packing the package beside them never changes what they run).
// Plain JavaScript, so a build needs only the TypeScript compiler.
import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNTIME_ASSETS = ["specs/securityhub.openapi.json", "specs/statements.json", "reports/certificate.schema.json"];

const out = process.argv[2] ?? "dist";
const options = out === "dist" ? [] : ["--outDir", out, "--declaration", "false"];
rmSync(`${root}/${out}`, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url)), "-p", "tsconfig.build.json", ...options],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
for (const asset of RUNTIME_ASSETS) cpSync(`${root}/${asset}`, `${root}/${out}/${asset}`);
