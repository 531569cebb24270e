// A run that must not close green: one passing test beside a file that fails to load and a suite whose
// beforeAll throws. tools/closing-line-reporter.test.ts runs vitest on this directory in a child process.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { include: ["*.check.ts"], root: import.meta.dirname } });
