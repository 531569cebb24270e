/** Starts the embedded reference emulator when the run names no endpoint, and tells the suites where the target is. */
import type { TestProject } from "vitest/node";
import { startEmulator } from "../emulator/index.ts";
import { readRunConfig } from "../conformance/run-config.ts";

declare module "vitest" {
  export interface ProvidedContext {
    endpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const config = readRunConfig();
  if (config.endpoint) {
    project.provide("endpoint", config.endpoint);
    return undefined;
  }
  const emulator = await startEmulator();
  project.provide("endpoint", emulator.url);
  return () => emulator.close();
}
