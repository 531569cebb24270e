/** How a parity run is configured: it travels inside the RunConfig to the suites' workers, so it is plain data. */
import type { RunConfig } from "../run-config.ts";

/** A live reference: its own endpoint, region, accounts and (real accounts) profiles and safety rules. */
export type ReferenceConfig = Pick<RunConfig, "endpoint" | "region" | "accounts" | "realAccount" | "ownAccounts" | "profiles" | "rate"> & { endpoint: string };

export interface ParityConfig {
  /** The reference run beside the target, case by case. */
  reference: ReferenceConfig | undefined;
  /** A recording to compare the target with, instead of a live reference. */
  recording: string | undefined;
  /** Where to record the reference's answers (the target's, when there is no reference). */
  record: string | undefined;
  /** Divergences fail the run (`--parity-gate`). */
  gate: boolean;
  /** How findings name what the target was compared with: `reference http://…` or `recording DIR`. */
  name: string;
}

/** Parity twins are named after their scenario with this prefix: `parity/semantics/InviteMembers`. */
export const PARITY_PREFIX = "parity/";

/** The scenario a parity twin was made from, by name: `parity/semantics/InviteMembers` → `semantics/InviteMembers`. */
export function baseScenarioName(name: string): string {
  return name.startsWith(PARITY_PREFIX) ? name.slice(PARITY_PREFIX.length) : name;
}

/** Whether the run compares the target with something (a reference or a recording), not only records it. */
export function compares(parity: ParityConfig): boolean {
  return parity.reference !== undefined || parity.recording !== undefined;
}
