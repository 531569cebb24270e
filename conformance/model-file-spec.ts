/**
 * A model file's spec as a run plays it (`certify --model`): only operations whose inputs the generators can draw, so
 * that one the suite cannot play is left out and said (or, where --operations named it, a usage error), never a crash
 * in the middle of the run. Made once per process, for the command's checks and the run alike.
 */
import fc from "fast-check";
import { modelFileSpec } from "../specs/model-file.ts";
import type { Spec } from "../specs/spec-model.ts";
import { allScenarios } from "./scenarios/index.ts";

const made = new Map<string, Spec>();

export function certifiableModelSpec(path: string, operations?: readonly string[]): Spec {
  const key = JSON.stringify([path, operations ?? null]);
  let spec = made.get(key);
  if (!spec) made.set(key, (spec = modelFileSpec(path, operations, inputProblem)));
  return spec;
}

/** Why the scenarios of a one-operation spec cannot draw its inputs (a pattern the suite's regular expressions do not read …). */
function inputProblem(spec: Spec): string | undefined {
  try {
    for (const scenario of allScenarios(spec)) fc.sample(scenario.arbitrary as fc.Arbitrary<unknown>, { numRuns: 1, seed: 0 });
    return undefined;
  } catch (error) {
    return `its inputs cannot be drawn: ${(error as Error).message}`;
  }
}
