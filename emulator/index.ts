/** The reference emulator's public API. */
export { emulatedService, EMULATED_SERVICES, startEmulator } from "./start.ts";
export { serve, type EmulatorOptions, type RunningEmulator } from "./server.ts";
export type { Behaviour, Call, Handler, HandlerWrapper, RespondContext, WireResponse } from "./behaviour.ts";
export { ServiceError } from "./service-error.ts";
export { EmulatorState } from "./state.ts";
export { GuardDutyState, type Detector, type GuardDutyAccount, type GuardDutyHandler } from "./guardduty/index.ts";
