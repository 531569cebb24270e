/** The services the suite holds a descriptor of, by name. */
import type { ServiceDescriptor } from "../service-descriptor.ts";
import { GUARDDUTY } from "./guardduty.ts";
import { SECURITY_HUB } from "./securityhub.ts";

export { GUARDDUTY, SECURITY_HUB };

export const SERVICES: readonly ServiceDescriptor[] = [SECURITY_HUB, GUARDDUTY];

/** The descriptor of a service by its name (`guardduty`); throws naming the known ones. */
export function serviceNamed(name: string): ServiceDescriptor {
  const service = SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`no service is named ${JSON.stringify(name)} (the suite knows ${SERVICES.map((s) => s.name).join(", ")})`);
  return service;
}
