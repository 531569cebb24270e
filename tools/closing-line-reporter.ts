/**
 * Ends a vitest run with one plain line, `tests: N passed, N failed, N skipped`, that any CI can read.
 * A file that fails to load, a suite whose hook throws and an error outside any test have no failed test
 * of their own, so each counts as one failure: the line is never green when the run is not.
 */
import type { SerializedError } from "vitest";
import type { Reporter, TestModule, TestSuite } from "vitest/node";

export interface ClosingCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export function countOutcomes(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): ClosingCounts {
  const counts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const module of testModules) {
    const holders: Array<TestModule | TestSuite> = [module, ...module.children.allSuites()];
    for (const holder of holders) if (holder.errors().length > 0) counts.failed++;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else counts.skipped++;
    }
  }
  return counts;
}

export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = countOutcomes(testModules, unhandledErrors);
    process.stdout.write(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
