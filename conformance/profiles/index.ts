/** The target profiles by name, and the scenarios a run plays on its profile. */
import type { Spec } from "../../specs/spec-model.ts";
import type { RunConfig, TargetProfileName } from "../run-config.ts";
import type { Scenario } from "../scenario.ts";
import { withParityTwins } from "../scenarios/index.ts";
import { EMULATOR_PROFILE } from "./emulator.ts";
import { REAL_ACCOUNT_PROFILE } from "./real-account.ts";
import type { TargetProfile } from "./target-profile.ts";

export const TARGET_PROFILES: Readonly<Record<TargetProfileName, TargetProfile>> = {
  emulator: EMULATOR_PROFILE,
  "real-account": REAL_ACCOUNT_PROFILE,
};

export function profileOf(config: Pick<RunConfig, "profile">): TargetProfile {
  return TARGET_PROFILES[config.profile];
}

/** The scenarios a run plays: its profile's, and in parity mode each one's twin. */
export function scenariosFor(spec: Spec, config: Pick<RunConfig, "profile" | "parity">): Scenario[] {
  return withParityTwins(profileOf(config).scenarios(spec), config.parity);
}

export { PreflightError, type SendAs, type TargetFacts, type TargetProfile } from "./target-profile.ts";
