import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { BUILD_INPUTS, compiledIsCurrent } from "../bin/compiled-is-current.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A clone with one source and a build of it made at `builtAt`. */
function clone(builtAt: number, inputs = ["cli/certify.ts"]): string {
  const root = `${mkdtempSync(join(tmpdir(), "clone-"))}/`;
  mkdirSync(join(root, "cli"));
  mkdirSync(join(root, "dist"));
  writeFileSync(join(root, "cli/certify.ts"), "export {};\n");
  const before = new Date(builtAt - 60_000);
  utimesSync(join(root, "cli/certify.ts"), before, before);
  writeFileSync(join(root, "dist", BUILD_INPUTS), JSON.stringify({ builtAt, inputs }));
  return root;
}

describe("whether a clone's build is current", () => {
  const now = Date.now();

  it.each([
    ["every input older than the build", (root: string) => root, true],
    [
      "an input changed since",
      (root: string) => {
        utimesSync(join(root, "cli/certify.ts"), new Date(now + 1_000), new Date(now + 1_000));
        return root;
      },
      false,
    ],
    [
      "an input deleted since",
      (root: string) => {
        rmSync(join(root, "cli/certify.ts"));
        return root;
      },
      false,
    ],
    [
      "no list of inputs (a build older than the list, or none)",
      (root: string) => {
        rmSync(join(root, "dist", BUILD_INPUTS));
        return root;
      },
      false,
    ],
    [
      "a list that is not one",
      (root: string) => {
        writeFileSync(join(root, "dist", BUILD_INPUTS), '{"builtAt": "yesterday"}');
        return root;
      },
      false,
    ],
  ])("%s", (_what, change, current) => {
    expect(compiledIsCurrent(change(clone(now)))).toBe(current);
  });

  it("is never current for an empty list", () => {
    expect(compiledIsCurrent(clone(now, []))).toBe(false);
  });

  // The build the suite's own tests run their commands from (tools/compiled-commands.global-setup.ts); the quick
  // project makes none.
  const built = inject("compiledCommands") as string | undefined;
  it.skipIf(built === undefined)("lists, for a real build, the sources of the commands, the JSON they read and the configuration", () => {
    const { inputs } = JSON.parse(readFileSync(join(ROOT, built!, BUILD_INPUTS), "utf8")) as { inputs: string[] };
    for (const input of [
      "cli/certify.ts",
      "client/sigv4.ts",
      "certification/engine-run.ts",
      "specs/securityhub.openapi.json",
      "package.json",
      "tsconfig.build.json",
    ])
      expect(inputs).toContain(input);
    expect(inputs.some((input) => input.includes("node_modules") || input.endsWith(".test.ts"))).toBe(false);
  });
});
