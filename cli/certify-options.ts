/** The certify command's options: parsed and checked, with a usage error that names what is wrong. */
import { parseArgs } from "node:util";
import { parseEndpoint } from "../client/endpoint.ts";
import { DEFAULT_ACCOUNTS, type RunConfig } from "../conformance/run-config.ts";

export const CERTIFY_USAGE = `usage: npm run certify -- [options]
  --endpoint URL     target to certify (else AWS_ENDPOINT_URL_SECURITYHUB, AWS_ENDPOINT_URL; with none, the embedded reference emulator)
  --region NAME      signing region (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1)
  --accounts IDS     comma-separated 12-digit account ids the suite plays on emulators (default ${DEFAULT_ACCOUNTS.join(",")})
  --runs N           property cases per scenario (default 20)
  --seed S           seed of the generated cases (default: random, printed)
  --only LIST        comma-separated scenarios, operations or check families to run
  --replay PATH      replay one failing case (with --seed and --only naming its scenario)
  --timeout MS       per-request timeout (default 10000)
  --fail-fast        stop each scenario at its first failing case, without shrinking`;

export class UsageError extends Error {
  override name = "UsageError";
}

export interface CertifyOptions extends Omit<RunConfig, "endpoint"> {
  endpoint: string | undefined;
}

export function parseCertifyOptions(argv: string[], env: NodeJS.ProcessEnv, now = Date.now()): CertifyOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        endpoint: { type: "string" },
        region: { type: "string" },
        accounts: { type: "string" },
        runs: { type: "string" },
        seed: { type: "string" },
        only: { type: "string" },
        replay: { type: "string" },
        timeout: { type: "string" },
        "fail-fast": { type: "boolean" },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const whole = (name: string, min: number, max: number, fallback: number): number => {
    const raw = text(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
    return value;
  };
  const accounts = text("accounts")?.split(",").map((a) => a.trim()) ?? DEFAULT_ACCOUNTS;
  const badAccount = accounts.find((a) => !/^\d{12}$/.test(a));
  if (badAccount !== undefined) throw new UsageError(`--accounts takes 12-digit account ids, got ${JSON.stringify(badAccount)}`);
  const replay = text("replay");
  const only = text("only")?.split(",").map((o) => o.trim()).filter(Boolean) ?? [];
  if (replay !== undefined && (text("seed") === undefined || only.length !== 1)) throw new UsageError("--replay needs the --seed and the one --only scenario printed with the finding");
  // An empty variable counts as unset, as the AWS SDKs read them.
  const endpoint = text("endpoint") ?? (env.AWS_ENDPOINT_URL_SECURITYHUB || env.AWS_ENDPOINT_URL || undefined);
  if (endpoint !== undefined) {
    try {
      parseEndpoint(endpoint);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  return {
    endpoint,
    region: text("region") ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1"),
    accounts,
    runs: whole("runs", 1, 100_000, 20),
    seed: whole("seed", 0, 2 ** 31 - 1, now % 2 ** 31),
    only,
    replay,
    timeoutMs: whole("timeout", 1, 600_000, 10_000),
    failFast: values["fail-fast"] === true,
  };
}
