/**
 * The certify command's flags, declared once: this table yields the parser's configuration, the usage text, the
 * checking of each value and the command line that replays a case (flag spelling lives here, in the command-line
 * layer, and nowhere else).
 */
import { RUN_DEFAULTS } from "../conformance/run-config.ts";
import type { ReplayOptions } from "../reports/replay.ts";
import { hasFamily } from "../specs/service-descriptor.ts";
import { BUILT_IN_SERVICES } from "../specs/services/index.ts";

export interface Flag {
  name: string;
  /** The value's placeholder in the usage text; none for a switch. */
  value?: string;
  help: string;
  group?: "parity" | "real-account";
  /** What the value must be: a whole number in a range, a list of 12-digit account ids, or a list of names. */
  kind?: { whole: readonly [min: number, max: number] } | "account-ids" | "list";
}

export const CERTIFY_FLAGS: readonly Flag[] = [
  {
    name: "service",
    value: "NAME",
    help: `the service certified: ${BUILT_IN_SERVICES.map((s) => `${s.name}${hasFamily(s) ? "" : " (protocol and shapes only)"}`).join(", ")} (default ${RUN_DEFAULTS.service})`,
  },
  {
    name: "model",
    value: "FILE",
    help: "instead of --service: any botocore rest-json model (service-2.json or .json.gz), certified for protocol and shapes only; needs --endpoint",
  },
  {
    name: "operations",
    value: "LIST",
    help: "with --model: the comma-separated operations to certify (default: every one the suite can read, the others named in the certificate)",
    kind: "list",
  },
  {
    name: "endpoint",
    value: "URL",
    help: "target to certify (else AWS_ENDPOINT_URL_<SERVICE>, e.g. AWS_ENDPOINT_URL_SECURITYHUB, then AWS_ENDPOINT_URL; with none, the embedded reference emulator)",
  },
  { name: "region", value: "NAME", help: "signing region (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1)" },
  {
    name: "accounts",
    value: "IDS",
    help: `comma-separated 12-digit account ids the suite plays on emulators (default ${RUN_DEFAULTS.accounts.join(",")})`,
    kind: "account-ids",
  },
  {
    name: "runs",
    value: "N",
    help: `random property cases per scenario, after the coverage phase (default ${RUN_DEFAULTS.runs}; ${RUN_DEFAULTS.realAccountRuns} on real accounts)`,
    kind: { whole: [1, 100_000] },
  },
  {
    name: "seed",
    value: "S",
    help: "seed of the generated cases (default: random, printed; with --shard, the UTC date as YYYYMMDD, so shards started the same day share it)",
    kind: { whole: [0, 2 ** 31 - 1] },
  },
  { name: "only", value: "LIST", help: "comma-separated scenarios, operations or check families to run", kind: "list" },
  { name: "replay", value: "PATH", help: "replay one failing case (with --seed and --only naming its scenario)" },
  { name: "timeout", value: "MS", help: `total deadline of each request, headers and body (default ${RUN_DEFAULTS.timeoutMs})`, kind: { whole: [1, 600_000] } },
  { name: "rate", value: "N", help: `at most N requests per second (default: none on emulators, ${RUN_DEFAULTS.realAccountRate} on real accounts)` },
  {
    name: "concurrency",
    value: "N",
    help: "cases under way at once, of one scenario or several (default: 8 per core on emulators; 1 on real accounts, whose scenarios share their accounts, and with --rate)",
    kind: { whole: [1, 1_000] },
  },
  { name: "fail-fast", help: "stop each scenario at its first failing case, without shrinking" },
  { name: "strict", help: "input constraints only the AWS model states must be enforced (accepting such input fails, not warns)" },
  {
    name: "settle",
    value: "MS",
    help: `longest wait for an effect to become visible, e.g. an invitation to its invitee (default ${RUN_DEFAULTS.settleMs})`,
    kind: { whole: [0, 600_000] },
  },
  { name: "report-dir", value: "DIR", help: "where reports go (default reports/out)" },
  { name: "baseline", value: "FILE", help: "an earlier certificate.json: new findings fail the run, fixed ones are reported" },
  { name: "allow-known", help: "with --baseline, findings already in the baseline do not fail the run" },
  { name: "shard", value: "I/N", help: "run the I-th of N shards of the suites (every N-th of the four, from the I-th)" },
  { name: "dry-run", help: "print the plan of what would be sent, and send nothing" },
  { name: "json", help: "print the certificate as JSON on stdout (progress goes to stderr)" },
  { name: "reference", value: "URL", help: "run every case on this reference too and compare the answers (divergences are parity warnings)", group: "parity" },
  { name: "reference-region", value: "NAME", help: "the reference's own region (default: the target's)", group: "parity" },
  { name: "reference-accounts", value: "IDS", help: "the reference's own played accounts (default: the target's)", group: "parity", kind: "account-ids" },
  { name: "reference-profiles", value: "NAMES", help: "the reference's own profiles, on real accounts (default: the target's)", group: "parity", kind: "list" },
  { name: "record", value: "DIR", help: "record the reference's normalised answers in DIR (without --reference: the target's)", group: "parity" },
  { name: "reference-recording", value: "DIR", help: "compare the target with a recording made with --record, with no reference running", group: "parity" },
  { name: "parity-gate", help: "divergences fail the run", group: "parity" },
  { name: "real-account", help: "certify real accounts, at AWS's regional endpoint unless --endpoint is given", group: "real-account" },
  {
    name: "own-accounts",
    value: "IDS",
    help: "the account ids you own; the calls creating and inviting members never name any other",
    group: "real-account",
    kind: "account-ids",
  },
  {
    name: "profiles",
    value: "NAMES",
    help: "one credentials profile per played account (administrator, member, outsider), in that order; --accounts names them (default: the first three owned)",
    group: "real-account",
    kind: "list",
  },
];

const GROUPS = {
  parity: "parity (compare the target with a reference on the same generated cases):",
  "real-account": "real AWS accounts (also switched on by an --endpoint on amazonaws.com):",
} as const;

/** The values given, checked against the table, read by kind. */
export interface FlagValues {
  text(name: string): string | undefined;
  on(name: string): boolean;
  /** A whole-number flag's value, or `fallback` when it is not given. */
  whole(name: string, fallback: number): number;
  /** A list flag's items (account ids or names), trimmed; undefined when it is not given. */
  list(name: string): string[] | undefined;
}

/** Thrown for a value the table's kind refuses; the message names the flag and what it takes. */
export class FlagValueError extends Error {
  override name = "FlagValueError";
}

/** Checks every value given against its flag's kind, at once, whichever the command goes on to read. */
export function readFlags(values: Record<string, string | boolean | undefined>, flags: readonly Flag[] = CERTIFY_FLAGS): FlagValues {
  const text = (name: string): string | undefined => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const items = (name: string): string[] | undefined =>
    text(name)
      ?.split(",")
      .map((item) => item.trim());
  for (const flag of flags) {
    const raw = text(flag.name);
    if (raw === undefined || flag.kind === undefined) continue;
    if (flag.kind === "account-ids") {
      const bad = items(flag.name)!.find((id) => !/^\d{12}$/.test(id));
      if (bad !== undefined) throw new FlagValueError(`--${flag.name} takes 12-digit account ids, got ${JSON.stringify(bad)}`);
    } else if (typeof flag.kind === "object") {
      const [min, max] = flag.kind.whole;
      if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
        throw new FlagValueError(`--${flag.name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    }
  }
  return {
    text,
    on: (name) => values[name] === true,
    whole: (name, fallback) => (text(name) === undefined ? fallback : Number(text(name))),
    list: items,
  };
}

/** The options `parseArgs` takes, from the table. */
export function parseArgsOptions(flags: readonly Flag[] = CERTIFY_FLAGS): Record<string, { type: "string" | "boolean"; short?: string }> {
  return {
    ...Object.fromEntries(flags.map((f) => [f.name, { type: f.value === undefined ? ("boolean" as const) : ("string" as const) }])),
    help: { type: "boolean", short: "h" },
  };
}

/** The usage text, from the table. */
export function usage(command: string, flags: readonly Flag[] = CERTIFY_FLAGS): string {
  const line = (f: Flag): string => {
    const head = `--${f.name}${f.value ? ` ${f.value}` : ""}`;
    return head.length <= 18 ? `  ${head.padEnd(18)} ${f.help}` : `  ${head}\n  ${"".padEnd(18)} ${f.help}`;
  };
  const lines = [`usage: ${command} [options]`, ...flags.filter((f) => !f.group).map(line)];
  for (const [group, title] of Object.entries(GROUPS)) lines.push(title, ...flags.filter((f) => f.group === group).map(line));
  return lines.join("\n");
}

/** The certify arguments that replay one case, spelled as the table spells them; shell-quoted where needed. */
export function replayArguments(replay: ReplayOptions): string[] {
  const args: [string, string | undefined][] = [];
  const add = (name: string, value?: string | number | readonly string[]): void =>
    void args.push([name, value === undefined ? undefined : Array.isArray(value) ? value.join(",") : String(value)]);
  if (replay.service !== undefined) add("service", replay.service);
  if (replay.model !== undefined) add("model", replay.model);
  if (replay.operations !== undefined) add("operations", replay.operations);
  if (replay.realAccount) add("real-account");
  if (replay.endpoint !== undefined) add("endpoint", replay.endpoint);
  if (replay.region !== undefined) add("region", replay.region);
  if (replay.ownAccounts !== undefined) add("own-accounts", replay.ownAccounts);
  if (replay.accounts !== undefined) add("accounts", replay.accounts);
  if (replay.profiles !== undefined) add("profiles", replay.profiles);
  const reference = replay.parity?.reference;
  if (reference !== undefined) {
    add("reference", reference.endpoint);
    if (reference.region !== undefined) add("reference-region", reference.region);
    if (reference.accounts !== undefined) add("reference-accounts", reference.accounts);
    if (reference.profiles !== undefined) add("reference-profiles", reference.profiles);
  }
  if (replay.parity?.recording !== undefined) add("reference-recording", replay.parity.recording);
  if (replay.parity?.gate) add("parity-gate");
  if (replay.runs !== undefined) add("runs", replay.runs);
  if (replay.strict) add("strict");
  if (replay.settleMs !== undefined) add("settle", replay.settleMs);
  if (replay.timeoutMs !== undefined) add("timeout", replay.timeoutMs);
  if (replay.rate !== undefined) add("rate", replay.rate);
  add("seed", replay.seed);
  add("only", replay.only);
  if (replay.replay !== undefined) add("replay", replay.replay);
  add("report-dir", replay.reportDir);
  return args.flatMap(([name, value]) => (value === undefined ? [`--${name}`] : [`--${name}`, shellQuote(value)]));
}

/** An argument as a POSIX shell reads it back unchanged. */
export function shellQuote(text: string): string {
  // Inside single quotes nothing is special but the quote itself, which closes, is escaped, and reopens.
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}
