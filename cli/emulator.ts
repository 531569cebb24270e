/**
 * `npm run emulator -- [--port N] [--host 127.0.0.1] [--service guardduty]`: serves the reference emulator (Security
 * Hub's, or another service's) until SIGINT/SIGTERM.
 */
import { parseArgs } from "node:util";
import { attachNegativeNumbers } from "./negative-numbers.ts";
import { invocation } from "./invocation.ts";
import { exitWithUsageError } from "./usage-error.ts";
import { ALL_VARIANTS, variantNamesInWords } from "../variants/index.ts";
import { emulatedService, EMULATED_SERVICES, serve } from "../emulator/index.ts";
import { serviceNamed } from "../specs/services/index.ts";
import { behaviourOf } from "../variants/variant.ts";

export const DEFAULT_PORT = 4577;
const DEFAULT_SERVICE = EMULATED_SERVICES[0]!;
const USAGE = `usage: ${invocation("emulator")} [--port N] [--host ADDRESS] [--service NAME] [--variant NAME]
  --port 0 picks a free port (default 4577); --host defaults to 127.0.0.1
  --service is the AWS service it emulates: ${EMULATED_SERVICES.join(" or ")} (default ${DEFAULT_SERVICE})
  --variant runs one of the catalogue's faulty or tolerant variants instead of the reference behaviour:
    ${variantNamesInWords()}`;

function fail(message: string): never {
  exitWithUsageError("emulator", message, USAGE);
}

let values: { port?: string; host?: string; service?: string; variant?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    args: attachNegativeNumbers(process.argv.slice(2)),
    options: {
      port: { type: "string" },
      host: { type: "string" },
      service: { type: "string" },
      variant: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(values.port)}`);

const service = values.service ?? DEFAULT_SERVICE;
if (!EMULATED_SERVICES.includes(service)) fail(`--service must be ${EMULATED_SERVICES.join(" or ")}, got ${JSON.stringify(values.service)}`);

const variant = values.variant === undefined ? undefined : ALL_VARIANTS.find((v) => v.name === values.variant);
if (values.variant !== undefined && !variant) fail(`no variant named ${JSON.stringify(values.variant)}`);

try {
  // A variant written for another service is refused here, with the service it is written for.
  const emulator = await serve(emulatedService(service), { port, host: values.host ?? "127.0.0.1", behaviours: variant ? [behaviourOf(variant)] : [] });
  if (service !== DEFAULT_SERVICE) console.log(`emulating ${serviceNamed(service).title}`);
  if (variant) console.log(`variant ${variant.name} (${variant.kind}): ${variant.description}`);
  console.log(`listening ${emulator.url}`);
  const stop = (signal: string): void => {
    console.log(`${signal}: stopping`);
    void emulator.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE") fail(`port ${port} on ${values.host ?? "127.0.0.1"} is already in use; choose another with --port (0 picks a free one)`);
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") fail(`cannot listen on ${values.host}: no such local address`);
  fail((error as Error).message);
}
