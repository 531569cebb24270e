/** The services the emulator emulates, by name, and starting one. */
import { SECURITY_HUB_EMULATION } from "./operations/index.ts";
import { serve, type EmulatorOptions, type RunningEmulator } from "./server.ts";
import type { EmulatedService } from "./service.ts";

const EMULATED: readonly EmulatedService<any>[] = [SECURITY_HUB_EMULATION];

/** The names of the services the emulator emulates, as their descriptors name them. */
export const EMULATED_SERVICES: readonly string[] = EMULATED.map((s) => s.name);

/** The emulated service of that name; throws naming those there are. */
export function emulatedService(name: string): EmulatedService<any> {
  const service = EMULATED.find((s) => s.name === name);
  if (!service) throw new Error(`no emulator for a service named ${JSON.stringify(name)} (it emulates ${EMULATED_SERVICES.join(", ")})`);
  return service;
}

/**
 * Starts an emulator of AWS Security Hub and resolves once it is listening. Rejects (e.g. EADDRINUSE) when it cannot
 * bind, and when a behaviour is written for another service.
 */
export function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return serve(SECURITY_HUB_EMULATION, options);
}
