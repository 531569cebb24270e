import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Tests that start certify processes or certify in process, pack the package, run third-party emulators, whole variant catalogues or thousands of requests. */
const SLOW_TESTS = [
  "cli/**",
  "package.test.ts",
  "examples/**",
  "third-party/**",
  "variants/catalogue.test.ts",
  "conformance/parity/parity-variants.test.ts",
  "conformance/parity/recording.test.ts",
  "emulator/wire-fuzz.test.ts",
  "emulator/hardening.test.ts",
  "emulator/concurrency.test.ts",
  "certification/engine-run.test.ts",
  "certification/stopped-run.test.ts",
  "tools/closing-line-reporter.test.ts",
];

export default defineConfig({
  test: {
    // Most self-tests wait on child processes and sockets, so more files than cores can run at once.
    maxWorkers: 3,
    projects: [
      {
        // examples/ import the package by its name, as its users do; inside the repository that name is the sources.
        resolve: { alias: { "securityhub-conformance": fileURLToPath(new URL("./index.ts", import.meta.url)) } },
        test: {
          name: "self",
          include: ["**/*.test.ts"],
          globalSetup: ["tools/compiled-commands.global-setup.ts"],
          exclude: ["node_modules/**", "suites/**"],
          testTimeout: 180_000,
          // Hooks start servers and certify runs as tests do: the same ceiling, a guard against a hang, not a speed bound.
          hookTimeout: 180_000,
          // Test files share a worker's modules (the spec, its validators, fast-check) instead of loading them again
          // each: no test mocks a module, and each starts its own servers on ephemeral ports.
          isolate: false,
        },
      },
      {
        // The inner loop: tests of pure code and in-process servers, without certify processes, packing or whole catalogues.
        resolve: { alias: { "securityhub-conformance": fileURLToPath(new URL("./index.ts", import.meta.url)) } },
        test: {
          name: "quick",
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**", "suites/**", "dist/**", ...SLOW_TESTS],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          isolate: false,
        },
      },
      {
        test: {
          name: "conformance",
          include: ["suites/**/*.suite.ts"],
          globalSetup: ["suites/global-setup.ts"],
          testTimeout: 600_000,
          // A worker keeps little (bodies are cut to a prefix once judged), but V8 lets garbage grow its heap
          // far past that before collecting: a target answering megabyte bodies drove workers past 700 MiB.
          // A cap makes it collect sooner, keeping certify within its memory bound (docs/speed.md).
          execArgv: ["--max-old-space-size=320"],
        },
      },
    ],
  },
});
