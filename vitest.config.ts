import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
          exclude: ["node_modules/**", "suites/**"],
          testTimeout: 180_000,
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
          // A cap makes it collect sooner, keeping certify within its memory bound (README, Speed).
          execArgv: ["--max-old-space-size=320"],
        },
      },
    ],
  },
});
