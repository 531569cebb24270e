/** The certify command's options: parsed and checked, with a usage error that names what is wrong. */
import { parseArgs } from "node:util";
import { isAwsEndpoint, parseEndpoint } from "../client/endpoint.ts";
import { TARGET_PROFILES } from "../conformance/profiles/index.ts";
import { reachingNamedAccounts } from "../conformance/real-account-safety.ts";
import { DEFAULT_ACCOUNTS, defaultSeed, RUN_DEFAULTS, type RunConfig } from "../conformance/run-config.ts";
import type { ParityOptions } from "../certification/parity-setup.ts";
import type { OptionNames } from "../certification/preflight-message.ts";
import { EMULATED_SERVICES } from "../emulator/index.ts";
import { certifiableModelSpec } from "../conformance/model-file-spec.ts";
import { ModelFileError } from "../specs/model-file.ts";
import { hasFamily, regionalEndpoint, type Service } from "../specs/service-descriptor.ts";
import { BUILT_IN_SERVICES } from "../specs/services/index.ts";
import { invocation } from "./invocation.ts";
import { FlagValueError, type FlagValues, parseArgsOptions, readFlags, usage } from "./certify-flags.ts";
import { attachNegativeNumbers } from "./negative-numbers.ts";

export const CERTIFY_USAGE = usage(invocation("certify"));

export const DEFAULT_REPORT_DIR = "reports/out";

/** Thrown for --help: the caller prints the usage and exits 0. */
export class HelpRequested extends Error {
  override name = "HelpRequested";
}

export class UsageError extends Error {
  override name = "UsageError";
}

export interface CertifyOptions extends Omit<RunConfig, "service" | "endpoint" | "parity"> {
  /** The built-in service certified; undefined where a model file (`model`) names the service. */
  service: string | undefined;
  parity: ParityOptions | undefined;
  endpoint: string | undefined;
  reportDir: string;
  baseline: string | undefined;
  allowKnown: boolean;
  shard: string | undefined;
  dryRun: boolean;
  /** Print the certificate as JSON on stdout. */
  json: boolean;
  /** What chose the endpoint (the flag, or the variable that set it) and the reference, for the messages about them. */
  optionNames: OptionNames;
}

export function parseCertifyOptions(argv: string[], env: NodeJS.ProcessEnv, now = Date.now()): CertifyOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: attachNegativeNumbers(argv), strict: true, allowPositionals: false, options: parseArgsOptions() }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help === true) throw new HelpRequested(CERTIFY_USAGE);
  let flags: FlagValues;
  try {
    flags = readFlags(values);
  } catch (error) {
    if (error instanceof FlagValueError) throw new UsageError(error.message);
    throw error;
  }
  const { text, whole, list } = flags;
  const replay = text("replay");
  const only = (list("only") ?? []).filter(Boolean);
  if (replay !== undefined && (text("seed") === undefined || only.length !== 1))
    throw new UsageError("--replay needs the --seed and the one --only scenario printed with the finding");
  const operations = list("operations")?.filter(Boolean);
  const service = serviceOf(text("service"), text("model"), operations);
  // An empty variable counts as unset, as the AWS SDKs read them.
  const own = service.endpoint.variable;
  let endpoint = text("endpoint") ?? (env[own] || env.AWS_ENDPOINT_URL || undefined);
  let endpointNamed =
    text("endpoint") === undefined && env[own] ? own : text("endpoint") === undefined && env.AWS_ENDPOINT_URL ? "AWS_ENDPOINT_URL" : "--endpoint";
  const region = text("region") ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || RUN_DEFAULTS.region);
  if (!/^[a-z0-9-]+$/.test(region)) throw new UsageError(`--region must be a region name such as us-east-1, got ${JSON.stringify(region)}`);
  let url: URL | undefined;
  if (endpoint !== undefined) {
    try {
      url = parseEndpoint(endpoint);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  const realAccount = values["real-account"] === true || (url !== undefined && isAwsEndpoint(url));
  const profile = TARGET_PROFILES[realAccount ? "real-account" : "emulator"];
  if (!hasFamily(service) && !realAccount && endpoint === undefined && (text("model") !== undefined || !EMULATED_SERVICES.includes(service.name)))
    throw new UsageError(`certifying ${service.title} needs --endpoint (or ${own}, or AWS_ENDPOINT_URL): the suite embeds no emulator of it`);
  const ownAccounts = list("own-accounts") ?? [];
  const accounts = list("accounts") ?? (realAccount ? ownAccounts.slice(0, 3) : DEFAULT_ACCOUNTS);
  const profiles = list("profiles") ?? [];
  if (realAccount) {
    if (!hasFamily(service))
      throw new UsageError(
        `${service.title} is certified for protocol and shapes only, on emulators and mocks: certify never sends generated input to a real account's operations whose effects and costs it does not know`,
      );
    if (ownAccounts.length === 0)
      throw new UsageError(
        `real-account mode needs --own-accounts: the ids of the accounts you own. certify never names any other account in ${reachingNamedAccounts(service).join(" or ")} (inviting an account sends its owner an email).`,
      );
    if (accounts.length !== 3)
      throw new UsageError(
        `real-account mode plays three accounts (administrator, member, outsider): give --accounts or at least three --own-accounts, got ${accounts.length}`,
      );
    const stranger = accounts.find((a) => !ownAccounts.includes(a));
    if (stranger !== undefined) throw new UsageError(`--accounts names ${stranger}, which is not in --own-accounts`);
    if (new Set(accounts).size !== 3) throw new UsageError("the administrator, member and outsider must be three different accounts");
    if (profiles.length !== 3 || profiles.some((p) => p === ""))
      throw new UsageError(
        "real-account mode needs --profiles: one credentials profile per played account (administrator, member, outsider), e.g. --profiles admin,member,outsider",
      );
    if (endpoint === undefined) {
      endpoint = regionalEndpoint(service, region);
      endpointNamed = "--region";
    }
  }
  const shard = text("shard");
  if (shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(shard);
    if (!match || Number(match[1]) < 1 || Number(match[1]) > Number(match[2]))
      throw new UsageError(`--shard must be I/N with 1 ≤ I ≤ N, got ${JSON.stringify(shard)}`);
  }
  const rateText = text("rate");
  const rate = rateText === undefined ? profile.defaults.rate : Number(rateText);
  if (rate !== undefined && !(rate > 0 && rate <= 100_000))
    throw new UsageError(`--rate must be a number of requests per second above 0, got ${JSON.stringify(rateText)}`);
  if (realAccount && text("concurrency") !== undefined && text("concurrency") !== "1")
    throw new UsageError("--concurrency goes with emulators: real-account scenarios share their three accounts, so they run one at a time");
  if (values["allow-known"] === true && text("baseline") === undefined) throw new UsageError("--allow-known goes with --baseline");
  const parity = parityOptionsOf(text, values["parity-gate"] === true, list, realAccount);
  if (parity !== undefined && !hasFamily(service))
    throw new UsageError(
      `${service.title} is certified for protocol and shapes only: parity (--reference, --reference-recording, --record) compares runs of a member-invitation family`,
    );
  return {
    service: text("model") === undefined ? service.name : undefined,
    ...(text("model") === undefined ? {} : { model: text("model"), operations }),
    endpoint,
    region,
    accounts,
    rate,
    profile: profile.name,
    ownAccounts,
    profiles,
    parity,
    reportDir: text("report-dir") ?? DEFAULT_REPORT_DIR,
    baseline: text("baseline"),
    allowKnown: values["allow-known"] === true,
    shard,
    dryRun: values["dry-run"] === true,
    json: values.json === true,
    runs: whole("runs", profile.defaults.runs),
    seed: whole("seed", shard === undefined ? defaultSeed(now) : shardSeed(now)),
    only,
    replay,
    timeoutMs: whole("timeout", RUN_DEFAULTS.timeoutMs),
    failFast: values["fail-fast"] === true,
    strict: values.strict === true,
    settleMs: whole("settle", RUN_DEFAULTS.settleMs),
    concurrency: text("concurrency") === undefined ? undefined : whole("concurrency", 1),
    optionNames: { endpoint: endpointNamed, reference: "--reference" },
  };
}

/**
 * The service certified: the one --service names (Security Hub by default), or the one a --model file describes, its
 * --operations read from it (the file read now, so that an unreadable file, another protocol or an operation it lacks
 * is a usage error).
 */
function serviceOf(name: string | undefined, model: string | undefined, operations: string[] | undefined): Service {
  if (model === undefined) {
    if (operations !== undefined) throw new UsageError("--operations goes with --model: it names operations of the model file");
    const service = BUILT_IN_SERVICES.find((s) => s.name === (name ?? RUN_DEFAULTS.service));
    if (!service)
      throw new UsageError(`--service must name a service the suite knows (${BUILT_IN_SERVICES.map((s) => s.name).join(", ")}), got ${JSON.stringify(name)}`);
    return service;
  }
  if (name !== undefined) throw new UsageError("--service and --model both name a service: give one (a model file names its own)");
  try {
    return certifiableModelSpec(model, operations).service;
  } catch (error) {
    if (error instanceof ModelFileError) throw new UsageError(`--model: ${error.message}`);
    throw error;
  }
}

/** The parity options, checked: the reference's own settings need a reference, the gate something to compare with. */
function parityOptionsOf(
  text: (name: string) => string | undefined,
  gate: boolean,
  list: (name: string) => string[] | undefined,
  realAccount: boolean,
): ParityOptions | undefined {
  const endpoint = text("reference");
  const own = ["reference-region", "reference-accounts", "reference-profiles"].find((name) => text(name) !== undefined);
  if (own && endpoint === undefined) throw new UsageError(`--${own} goes with --reference`);
  if (gate && endpoint === undefined && text("reference-recording") === undefined)
    throw new UsageError("--parity-gate needs something to compare with: --reference URL or --reference-recording DIR");
  if (endpoint === undefined && text("reference-recording") === undefined && text("record") === undefined) return undefined;
  if (endpoint !== undefined) {
    try {
      parseEndpoint(endpoint);
    } catch (error) {
      throw new UsageError(`--reference: ${(error as Error).message}`);
    }
  }
  const region = text("reference-region");
  const accounts = list("reference-accounts");
  const profiles = list("reference-profiles");
  if (realAccount && endpoint !== undefined && (profiles?.length ?? 3) !== 3)
    throw new UsageError("--reference-profiles names one profile per played account of the reference (administrator, member, outsider)");
  const reference =
    endpoint === undefined ? undefined : { endpoint, ...(region ? { region } : {}), ...(accounts ? { accounts } : {}), ...(profiles ? { profiles } : {}) };
  return { reference, recording: text("reference-recording"), record: text("record"), gate };
}

/**
 * The default seed of a sharded run: the UTC date as YYYYMMDD. Each shard is its own process, and they must
 * draw the same cases to make one certificate; shards started on the same day agree without being told.
 */
export function shardSeed(now: number): number {
  return Number(new Date(now).toISOString().slice(0, 10).replaceAll("-", ""));
}
