/** What the emulator's HTTP front needs of a service it emulates; one per service (operations/index.ts, guardduty/index.ts). */
import { loadServiceSpec } from "../specs/load-spec.ts";
import type { ServiceDescriptor } from "../specs/service-descriptor.ts";
import type { Spec } from "../specs/spec-model.ts";
import type { Handler } from "./behaviour.ts";
import type { ErrorBody } from "./wire.ts";

/** The part of a service that answers requests: its handlers by AWS operation name, and how its errors read. */
export interface ServedService<S> {
  /** Its descriptor's name (`securityhub`, `guardduty`): behaviours name the service they are written for by it. */
  name: string;
  handlers: Readonly<Record<string, Handler<S>>>;
  /** An error's body members, as the service's model names them. */
  errorBody: ErrorBody;
}

/** A service the emulator serves: its spec (the routes and input rules), a fresh state, and how it answers. */
export interface EmulatedService<S> extends ServedService<S> {
  spec(): Promise<Spec>;
  newState(): S;
}

/** What a service's descriptor tells of it: its name, and its spec. */
export function describedBy(descriptor: ServiceDescriptor): Pick<EmulatedService<unknown>, "name" | "spec"> {
  return { name: descriptor.name, spec: () => loadServiceSpec(descriptor) };
}
