/**
 * Ctrl-C (or a CI runner's SIGTERM) stops a run: the first signal aborts it, so it stops, cleans up and reports;
 * a second exits at once, with 128 + the signal's number.
 */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
}

/** What the command says and does on each signal. */
export interface InterruptActions {
  say: (line: string) => void;
  exit: (code: number) => void;
  /** Said after "stopping the suites" on the first signal, and after "exiting at once" on the second. */
  stopping?: string;
  abandoning?: string;
}

/** Installs the handlers on `source` (the process) and returns the controller whose signal the run watches. */
export function stopOnSignals(source: SignalSource, actions: InterruptActions): AbortController {
  const interrupt = new AbortController();
  for (const signal of Object.keys(SIGNAL_EXIT) as StopSignal[]) {
    source.on(signal, () => {
      if (interrupt.signal.aborted) {
        actions.say(`\n${signal} again: exiting at once${actions.abandoning ?? ""}`);
        actions.exit(SIGNAL_EXIT[signal]);
        return;
      }
      actions.say(`\n${signal}: stopping the suites${actions.stopping ?? ""} (${signal} again exits at once)`);
      interrupt.abort(signal);
    });
  }
  return interrupt;
}
