/** A scenario that counts its cases and says how far it is every 2 s, so a deep or real-account run is never silent for minutes. */
import type { Scenario } from "./scenario.ts";

const PROGRESS_INTERVAL_MS = 2_000;

/** `say` receives `done, total, seconds` every 2 s while the scenario runs (fast-check shrinking may run more cases than the total). */
export function countingCases(
  scenario: Scenario,
  total: number,
  say: (done: number, total: number, seconds: number) => void,
): Scenario & { stop: () => void; readonly played: number } {
  let done = 0;
  const started = performance.now();
  const timer = setInterval(() => say(done, total, Math.round((performance.now() - started) / 1000)), PROGRESS_INTERVAL_MS);
  // A timer of its own must never keep a finished process alive.
  timer.unref();
  return {
    ...scenario,
    run: async (run, input) => {
      try {
        await scenario.run(run, input);
      } finally {
        done++;
      }
    },
    stop: () => clearInterval(timer),
    /** Cases played to their end (or to a stop), whether or not their turn had come: at least what the progress said. */
    get played() {
      return done;
    },
  };
}
