/**
 * A time budget for work that must be linear in its input, measured on this machine at this moment rather than
 * fixed: a linear pass over as many bytes, times a wide margin. A backtracking match of `.*\S.*` on 1 MiB of
 * blanks takes minutes (its steps grow with the square of the length), so the margin tells linear from not on a
 * busy machine as on a quiet one, where a fixed 100 ms fails the first time the machine is loaded.
 */
export function linearBudgetMs(bytes: number, margin = 100): number {
  const text = " ".repeat(bytes);
  const started = performance.now();
  // Copying and parsing a string of that length: a few linear passes over it.
  for (let i = 0; i < 3; i++) JSON.parse(JSON.stringify(text));
  return Math.max(100, ((performance.now() - started) / 3) * margin);
}

/**
 * The time `work` takes, as the fastest of a few runs: a pause of the machine (another process, a collection) lengthens
 * one run, never all of them, while work that is not linear is slow in every run.
 */
export function fastestMs(work: () => void, runs = 3): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
