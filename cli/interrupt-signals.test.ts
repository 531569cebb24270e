/** The second signal exits at once; the first only stops (cli/certify-interrupt.test.ts signals real processes). */
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { type StopSignal, stopOnSignals } from "./interrupt-signals.ts";

function signalled(...signals: StopSignal[]) {
  const source = new EventEmitter();
  const said: string[] = [];
  const exits: number[] = [];
  const interrupt = stopOnSignals(source, { say: (line) => said.push(line.trim()), exit: (code) => exits.push(code), abandoning: "; the case may be left" });
  for (const signal of signals) source.emit(signal);
  return { interrupt, said, exits };
}

describe("stopping on signals", () => {
  it.each<[StopSignal, number]>([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ])("%s once aborts the run without exiting; twice exits with %i at once", (signal, code) => {
    const once = signalled(signal);
    expect(once.interrupt.signal.aborted).toBe(true);
    expect(once.interrupt.signal.reason).toBe(signal);
    expect(once.exits).toEqual([]);
    expect(once.said).toEqual([`${signal}: stopping the suites (${signal} again exits at once)`]);
    const twice = signalled(signal, signal);
    expect(twice.exits).toEqual([code]);
    expect(twice.said[1]).toBe(`${signal} again: exiting at once; the case may be left`);
  });

  it("exits with the code of the second signal, whichever came first", () => {
    expect(signalled("SIGINT", "SIGTERM").exits).toEqual([143]);
  });
});
