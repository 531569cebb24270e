/**
 * Where the tests of a stopped run stop it (issue 31): after the k-th scenario it printed as ended, k drawn from a
 * seeded random, so the points are spread over the run and the same on every test run (a failing point can be
 * replayed), and no point waits on the clock.
 */

/** k = 0 stops the run as its suites start, before any scenario ended. */
export interface StopPoint {
  /** Scenarios printed as ended before the stop is sent. */
  afterEnded: number;
}

/** `count` points, k from 0 to `most`, drawn from `seed` (mulberry32). */
export function stopPoints(seed: number, count: number, most: number): StopPoint[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => ({ afterEnded: Math.floor(next() * (most + 1)) }));
}

/** Whether a run's output so far has reached the point: its suites started (the seed line), and k scenarios ended. */
export function reached(point: StopPoint, output: string): boolean {
  return /^seed \d+/m.test(output) && (output.match(/^[✓!⊘✗] \S+\s+\d+ cases/gm) ?? []).length >= point.afterEnded;
}
