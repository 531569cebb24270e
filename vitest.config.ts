import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "self",
          include: ["**/*.test.ts"],
          exclude: ["node_modules/**", "suites/**"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "conformance",
          include: ["suites/**/*.suite.ts"],
          globalSetup: ["suites/global-setup.ts"],
          testTimeout: 600_000,
        },
      },
    ],
  },
});
