/**
 * How a conformance run is configured, and every default of it, in one place. certify resolves a RunConfig once
 * (ResolvedRunConfig: the target known) and passes it down explicitly (certification/engine-run.ts); the vitest
 * suites receive it one way, vitest's provide/inject (suites/global-setup.ts, suites/harness.ts).
 */

import { DEFAULT_REQUEST_TIMEOUT_MS } from "../client/target-client.ts";

/** The kinds of target the suite knows, one file each in conformance/profiles/. */
export const TARGET_PROFILE_NAMES = ["emulator", "real-account"] as const;
export type TargetProfileName = (typeof TARGET_PROFILE_NAMES)[number];

export interface RunConfig {
  /** The service certified, by its descriptor's name (specs/services/): `securityhub`, `guardduty`, `macie2`. */
  service: string;
  /**
   * A botocore rest-json model file (service-2.json, or .json.gz) whose service is certified for protocol and shapes
   * instead of a built-in one (`certify --model`), and the operations taken from it (all it has when absent).
   */
  model?: string | undefined;
  operations?: string[] | undefined;
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
   * The kind of target (conformance/profiles/): an emulator, or real AWS accounts, where the played accounts
   * are [administrator, member, outsider], each signing with its profile; only accounts in `ownAccounts` are
   * ever named in CreateMembers or InviteMembers, and Security Hub is never enabled or disabled.
   */
  profile: TargetProfileName;
  ownAccounts: string[];
  /** Credential profile per played account, in the order of `accounts` (real-account mode). */
  profiles: string[];
  /** Input constraints only the AWS model states must be enforced: accepting such input fails the run. */
  strict: boolean;
  /** Cases under way at once, of one scenario or several; undefined lets the profile decide (many on emulators, one on real accounts or with a rate). */
  concurrency: number | undefined;
  /** Longest wait for one effect to become visible (an invitation to its invitee, a decline's removal). */
  settleMs: number;
  /** Parity mode: what the target is compared with or recorded for (conformance/parity/); undefined for none. */
  parity?: ParityConfig | undefined;
}

/** The run's configuration once the target is known: what the suites, preflight and cleanup are given. */
export type ResolvedRunConfig = RunConfig & {
  endpoint: string;
  /** Found before the run: the target does not keep the accounts it is sent apart, so its cases run one at a time. */
  sharedAccounts?: boolean | undefined;
  /**
   * A protocol-only run (a service without the family the suite plays): it knows no call that tells whether the target
   * keeps accounts apart, so its cases run one at a time, in the same order on every seed, and what a read answers
   * (a list empty or not) never depends on which other cases ran beside it.
   */
  protocolOnly?: boolean | undefined;
};

/** A live reference: its own endpoint, region, accounts and (real accounts) profiles and safety rules. */
export type ReferenceConfig = Pick<ResolvedRunConfig, "endpoint" | "region" | "accounts" | "profile" | "ownAccounts" | "profiles" | "rate">;

/** How a parity run is configured (conformance/parity/): plain data, since it travels with the RunConfig to the worker. */
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

/** Every default of a run, for the command line, the library call, replays and the usage text alike. */
export const RUN_DEFAULTS = {
  service: "securityhub",
  region: "us-east-1",
  accounts: ["111111111111", "222222222222", "333333333333"] as readonly string[],
  /** Random cases per scenario after the coverage phase; real accounts pay for each request. */
  runs: 20,
  realAccountRuns: 2,
  timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS,
  settleMs: 3_000,
  /** Requests per second on real accounts (AWS throttles member operations at a few per second). */
  realAccountRate: 2,
} as const;

export const DEFAULT_ACCOUNTS: string[] = [...RUN_DEFAULTS.accounts];

/** A seed for a run that names none: from the clock, printed with the run so it can be given again. */
export function defaultSeed(now = Date.now()): number {
  return now % 2 ** 31;
}

export function defaultRunConfig(): RunConfig {
  return {
    service: RUN_DEFAULTS.service,
    endpoint: undefined,
    region: RUN_DEFAULTS.region,
    runs: RUN_DEFAULTS.runs,
    seed: defaultSeed(),
    only: [],
    replay: undefined,
    timeoutMs: RUN_DEFAULTS.timeoutMs,
    failFast: false,
    accounts: DEFAULT_ACCOUNTS,
    rate: undefined,
    profile: "emulator",
    ownAccounts: [],
    profiles: [],
    strict: false,
    settleMs: RUN_DEFAULTS.settleMs,
    concurrency: undefined,
  };
}

/** Whether a scenario is selected by `only` (its name, one of its operations, or its check family). */
export function selected(config: Pick<RunConfig, "only">, scenario: { name: string; operations: readonly string[]; families: readonly string[] }): boolean {
  if (config.only.length === 0) return true;
  return config.only.some(
    (term) => scenario.name === term || scenario.name.startsWith(`${term}/`) || scenario.operations.includes(term) || scenario.families.includes(term),
  );
}

/** "1 run per scenario", "200 runs per scenario": the budget as every report and command line words it. */
export function runsPerScenario(runs: number): string {
  return `${runs} run${runs === 1 ? "" : "s"} per scenario`;
}
