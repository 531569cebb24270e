/** The services the suite holds a descriptor of, by name, and what each one's documentation says for the checks. */
import { NO_CHECK_TEXTS, type ServiceCheckTexts } from "../check-texts.ts";
import type { ServiceBasics, ServiceDescriptor } from "../service-descriptor.ts";
import { GUARDDUTY } from "./guardduty.ts";
import { GUARDDUTY_CHECKS } from "./guardduty.checks.ts";
import { SECURITY_HUB } from "./securityhub.ts";
import { SECURITY_HUB_CHECKS } from "./securityhub.checks.ts";

export { GUARDDUTY, SECURITY_HUB };

export const SERVICES: readonly ServiceDescriptor[] = [SECURITY_HUB, GUARDDUTY];

/** The descriptor of a service by its name (`guardduty`); throws naming the known ones. */
export function serviceNamed(name: string): ServiceDescriptor {
  const service = SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`no service is named ${JSON.stringify(name)} (the suite knows ${SERVICES.map((s) => s.name).join(", ")})`);
  return service;
}

/** Each service's texts for the checks, by its descriptor's name. */
const CHECK_TEXTS: Readonly<Record<string, ServiceCheckTexts>> = {
  [SECURITY_HUB.name]: SECURITY_HUB_CHECKS,
  [GUARDDUTY.name]: GUARDDUTY_CHECKS,
};

/**
 * What a service's documentation says for the checks (../check-texts.ts); a service the suite holds none for (a
 * descriptor of its own, not built in) has the checks' service-neutral rules and patterns only; one made from a model
 * file, the texts made from it (specs/model-file.ts).
 */
export function checkTextsOf(service: Pick<ServiceBasics, "name" | "modelFile">): ServiceCheckTexts {
  // A service made from a model file says what its model says, even where it shares a built-in service's name.
  if (service.modelFile) return service.modelFile.checkTexts;
  return CHECK_TEXTS[service.name] ?? NO_CHECK_TEXTS;
}
