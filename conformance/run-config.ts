/** How a conformance run is configured: passed from the certify command to the vitest suites through one environment variable. */
import type { ParityConfig } from "./parity/parity-config.ts";

export interface RunConfig {
  /** Target endpoint; undefined starts the embedded reference emulator. */
  endpoint: string | undefined;
  region: string;
  /** Property cases per scenario (a scenario may scale it). */
  runs: number;
  seed: number;
  /** Scenario names, operation names or check families to run; empty runs all. */
  only: string[];
  /** fast-check path of a counterexample to replay (with `seed` and one scenario in `only`). */
  replay: string | undefined;
  timeoutMs: number;
  /** Stop each scenario at its first failing case, without shrinking. */
  failFast: boolean;
  /** Accounts the suite plays; the first acts as administrator in scenarios that need a standing account. */
  accounts: string[];
  /** Most requests started per second; undefined for no limit. */
  rate: number | undefined;
  /**
   * Real-account mode: the played accounts are [administrator, member, outsider], each signing with its
   * profile; only accounts in `ownAccounts` are ever named in CreateMembers or InviteMembers, and Security
   * Hub is never enabled or disabled.
   */
  realAccount: boolean;
  ownAccounts: string[];
  /** Credential profile per played account, in the order of `accounts` (real-account mode). */
  profiles: string[];
  /** Input constraints only the AWS model states must be enforced: accepting such input fails the run. */
  strict: boolean;
  /** Longest wait for one effect to become visible (an invitation to its invitee, a decline's removal). */
  settleMs: number;
  /** Parity mode: what the target is compared with or recorded for (conformance/parity/); undefined for none. */
  parity?: ParityConfig | undefined;
}

export const RUN_CONFIG_VARIABLE = "SECURITYHUB_CONFORMANCE_RUN";
export const DEFAULT_SETTLE_MS = 3_000;
export const DEFAULT_ACCOUNTS = ["111111111111", "222222222222", "333333333333"];

export function defaultRunConfig(): RunConfig {
  return { endpoint: undefined, region: "us-east-1", runs: 20, seed: Date.now() % 2 ** 31, only: [], replay: undefined, timeoutMs: 10_000, failFast: false, accounts: DEFAULT_ACCOUNTS, rate: undefined, realAccount: false, ownAccounts: [], profiles: [], strict: false, settleMs: DEFAULT_SETTLE_MS };
}

export function readRunConfig(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const text = env[RUN_CONFIG_VARIABLE];
  return text ? { ...defaultRunConfig(), ...(JSON.parse(text) as Partial<RunConfig>) } : defaultRunConfig();
}

/** Whether a scenario is selected by `only` (its name, one of its operations, or its check family). */
export function selected(config: Pick<RunConfig, "only">, scenario: { name: string; operations: readonly string[]; families: readonly string[] }): boolean {
  if (config.only.length === 0) return true;
  return config.only.some((term) => scenario.name === term || scenario.name.startsWith(`${term}/`) || scenario.operations.includes(term) || scenario.families.includes(term));
}
