/** What parity runs are called and whether they compare: the configuration itself is in ../run-config.ts. */
import type { ParityConfig } from "../run-config.ts";

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
