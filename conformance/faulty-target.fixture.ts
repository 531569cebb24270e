/**
 * For a test file: the emulator planted with ineligible-reported-processed (InviteMembers reports ineligible
 * accounts as processed) and a session on it, started before the file's tests and stopped after them.
 */
import { afterAll, beforeAll } from "vitest";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { loadSpec } from "../specs/load-spec.ts";
import type { Spec } from "../specs/spec-model.ts";
import { behaviourOf, FAULTY_VARIANTS } from "../variants/index.ts";
import { EMULATOR_PROFILE } from "./profiles/emulator.ts";
import { defaultRunConfig } from "./run-config.ts";
import { Session } from "./session.ts";

export interface FaultyTarget {
  /** The session the file's tests share. */
  readonly session: Session;
  /** A session of its own on the same target (the caller closes it). */
  newSession(): Session;
}

export function faultyTarget(): FaultyTarget {
  let spec: Spec;
  let emulator: RunningEmulator | undefined;
  let shared: Session | undefined;
  const newSession = (): Session => new Session(spec, { ...defaultRunConfig(), endpoint: emulator!.url }, EMULATOR_PROFILE);
  beforeAll(async () => {
    spec = await loadSpec();
    emulator = await startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === "ineligible-reported-processed")!)] });
    shared = newSession();
  });
  afterAll(async () => {
    await shared?.close();
    await emulator?.close();
  });
  return {
    get session() {
      return shared!;
    },
    newSession,
  };
}
