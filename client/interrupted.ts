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
      forget?.();
      resolve();
    }, ms);
    const forget = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(new Interrupted());
        })
      : undefined;
  });
}

/** What to do, per stop signal, for each request or wait still under way when it aborts. */
const underWay = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `cancel` when `signal` aborts (in a microtask, if it already has), until the returned function is called. One
 * listener per signal, whatever the number of requests and waits under way: a run's cases share its stop signal, and
 * a listener each would have Node warn of a leak past ten (it did, against a target that throttles, as the cases
 * waited to retry).
 */
export function onAbort(signal: AbortSignal, cancel: () => void): () => void {
  if (signal.aborted) {
    queueMicrotask(cancel);
    return () => {};
  }
  let cancels = underWay.get(signal);
  if (!cancels) {
    const registered = new Set<() => void>();
    signal.addEventListener(
      "abort",
      () => {
        underWay.delete(signal);
        const each = [...registered];
        registered.clear();
        for (const cancelOne of each) cancelOne();
      },
      { once: true },
    );
    underWay.set(signal, (cancels = registered));
  }
  cancels.add(cancel);
  return () => cancels.delete(cancel);
}
