/**
 * A run stopped on purpose (Ctrl-C, a CI runner's cancel, an aborted signal): what an interrupted request or wait
 * throws. It is no target error and no finding: the case ends, and the run reports what it had finished.
 */
export class Interrupted extends Error {
  override name = "Interrupted";
  constructor() {
    super("the run was interrupted");
  }
}

/** Waits `ms`, or rejects with Interrupted as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(new Interrupted());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = (): void => {
      clearTimeout(timer);
      reject(new Interrupted());
    };
    signal?.addEventListener("abort", stop, { once: true });
  });
}
