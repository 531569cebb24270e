/**
 * For a plain `vitest run --project conformance`: the default run against AWS_ENDPOINT_URL_SECURITYHUB or
 * AWS_ENDPOINT_URL when set, else against the embedded reference emulator started here. certify does not use
 * vitest: it runs the same scenarios in its own process (certification/engine-run.ts).
 */
import type { TestProject } from "vitest/node";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { startEmulator } from "../emulator/index.ts";

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const config = defaultRunConfig();
  const endpoint = process.env.AWS_ENDPOINT_URL_SECURITYHUB || process.env.AWS_ENDPOINT_URL || undefined;
  if (endpoint) {
    project.provide("runConfig", { ...config, endpoint });
    return undefined;
  }
  const emulator = await startEmulator();
  project.provide("runConfig", { ...config, endpoint: emulator.url });
  return () => emulator.close();
}
