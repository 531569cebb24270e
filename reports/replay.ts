/**
 * What replays one case: the options a replay needs — the same target (unless it was the embedded emulator),
 * everything that changes the cases or how they are judged, the seed, the scenario and the case's path — and how
 * to print them for whoever ran the certification: a command line for the command, the call for a library caller.
 */
import { profileOf } from "../conformance/profiles/index.ts";
import { RUN_DEFAULTS, type ResolvedRunConfig } from "../conformance/run-config.ts";

/** Where a replay writes its reports, so replaying a finding never overwrites the run that found it. */
export const REPLAY_REPORT_DIR = "reports/replay";

export interface ReplayOptions {
  /** The service, when not Security Hub. */
  service?: string;
  /** The model file a --model run certified, and the operations it took (as it was told them). */
  model?: string;
  operations?: string[];
  endpoint?: string;
  region?: string;
  accounts?: string[];
  realAccount?: boolean;
  ownAccounts?: string[];
  profiles?: string[];
  strict?: boolean;
  settleMs?: number;
  timeoutMs?: number;
  rate?: number;
  /** The budget, only where it matters to a replay: a recording refuses a run drawn with another. */
  runs?: number;
  parity?: { reference?: { endpoint: string; region?: string; accounts?: string[]; profiles?: string[] }; recording?: string; gate?: boolean };
  seed: number;
  only: string[];
  /** The case's path; absent, the scenario runs from its start (with `runs`, the budget its cases were drawn with). */
  replay?: string;
  reportDir: string;
}

/** How a replay is printed: a command line (the certify command), or the library call (the default). */
export type ReplayFormat = (options: ReplayOptions) => string;

/** The options that replay `path` of `scenario`: only what differs from the defaults, so a printed line stays short. */
export function replayOptionsOf(config: ResolvedRunConfig, embedded: boolean, scenario: string, path: string): ReplayOptions {
  const options: ReplayOptions = { seed: config.seed, only: [scenario], replay: path, reportDir: REPLAY_REPORT_DIR };
  if (config.model !== undefined) {
    options.model = config.model;
    if (config.operations !== undefined) options.operations = config.operations;
  } else if (config.service !== RUN_DEFAULTS.service) options.service = config.service;
  if (!embedded) options.endpoint = config.endpoint;
  if (config.region !== RUN_DEFAULTS.region) options.region = config.region;
  if (config.profile === "real-account")
    Object.assign(options, { realAccount: true, ownAccounts: config.ownAccounts, accounts: config.accounts, profiles: config.profiles });
  else if (config.accounts.join(",") !== RUN_DEFAULTS.accounts.join(",")) options.accounts = config.accounts;
  if (config.strict) options.strict = true;
  if (config.settleMs !== RUN_DEFAULTS.settleMs) options.settleMs = config.settleMs;
  if (config.timeoutMs !== RUN_DEFAULTS.timeoutMs) options.timeoutMs = config.timeoutMs;
  // The profile's default rate is the command's; a library caller's rate is its own either way.
  if (config.rate !== undefined && config.rate !== profileOf(config).defaults.rate) options.rate = config.rate;
  const parity = config.parity;
  if (parity && scenario.startsWith("parity/")) {
    const reference = parity.reference;
    options.parity = {
      ...(reference
        ? {
            reference: {
              endpoint: reference.endpoint,
              ...(reference.region !== config.region ? { region: reference.region } : {}),
              ...(reference.accounts.join(",") !== config.accounts.join(",") ? { accounts: reference.accounts } : {}),
              ...(reference.profiles.join(",") !== config.profiles.join(",") ? { profiles: reference.profiles } : {}),
            },
          }
        : {}),
      ...(parity.recording !== undefined ? { recording: parity.recording } : {}),
      ...(parity.gate ? { gate: true } : {}),
    };
    // A recording holds the budget it was drawn with, and refuses a run with another.
    if (parity.recording !== undefined) options.runs = config.runs;
  }
  return options;
}

/**
 * The options that run `scenario` from its start, as the run did: for a case that may depend on what the scenario's
 * earlier cases left on a target that keeps no accounts apart.
 */
export function scenarioRunOptionsOf(config: ResolvedRunConfig, embedded: boolean, scenario: string): ReplayOptions {
  const { replay: _path, ...options } = replayOptionsOf(config, embedded, scenario, "");
  return { ...options, runs: config.runs };
}

/** A library caller's replay: the call, its options as JSON. */
export const libraryReplay: ReplayFormat = (options) => `certify(${JSON.stringify(options)})`;
