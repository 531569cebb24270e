/** The services the emulator emulates, by name, and starting one. */
import { GUARDDUTY_EMULATION, type GuardDutyState } from "./guardduty/index.ts";
import { SECURITY_HUB_EMULATION } from "./operations/index.ts";
import { serve, type EmulatorOptions, type RunningEmulator } from "./server.ts";
import type { EmulatedService } from "./service.ts";

const EMULATED: readonly EmulatedService<any>[] = [SECURITY_HUB_EMULATION, GUARDDUTY_EMULATION];

/** The names of the services the emulator emulates, as their descriptors name them. */
export const EMULATED_SERVICES: readonly string[] = EMULATED.map((s) => s.name);

/** The emulated service of that name; throws naming those there are. */
export function emulatedService(name: string): EmulatedService<any> {
  const service = EMULATED.find((s) => s.name === name);
  if (!service) throw new Error(`no emulator for a service named ${JSON.stringify(name)} (it emulates ${EMULATED_SERVICES.join(", ")})`);
  return service;
}

/**
 * Starts an emulator and resolves once it is listening: AWS Security Hub by default, Amazon GuardDuty with
 * `service: "guardduty"`. Rejects (e.g. EADDRINUSE) when it cannot bind, and when a behaviour is written for another
 * service than the one served.
 */
export function startEmulator(options?: EmulatorOptions & { service?: "securityhub" }): Promise<RunningEmulator>;
export function startEmulator(options: EmulatorOptions<GuardDutyState> & { service: "guardduty" }): Promise<RunningEmulator<GuardDutyState>>;
export async function startEmulator(options: EmulatorOptions<any> & { service?: string } = {}): Promise<RunningEmulator<any>> {
  const { service = SECURITY_HUB_EMULATION.name, ...rest } = options;
  return serve(emulatedService(service), rest);
}
