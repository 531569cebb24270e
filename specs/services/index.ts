/** The services the suite holds a descriptor of, by name, and what each one's documentation says for the checks. */
import { NO_CHECK_TEXTS, type ServiceCheckTexts } from "../check-texts.ts";
import type { BuiltInService, ProtocolOnlyService, ServiceBasics, ServiceDescriptor } from "../service-descriptor.ts";
import { GUARDDUTY } from "./guardduty.ts";
import { GUARDDUTY_CHECKS } from "./guardduty.checks.ts";
import { MACIE } from "./macie2.ts";
import { MACIE_CHECKS } from "./macie2.checks.ts";
import { SECURITY_HUB } from "./securityhub.ts";
import { SECURITY_HUB_CHECKS } from "./securityhub.checks.ts";

export { GUARDDUTY, MACIE, SECURITY_HUB };

/** The services whose member-invitation family the suite plays. */
export const SERVICES: readonly ServiceDescriptor[] = [SECURITY_HUB, GUARDDUTY];

/** The services the suite holds a model of but certifies for protocol and shapes only. */
export const PROTOCOL_ONLY_SERVICES: readonly (ProtocolOnlyService & BuiltInService)[] = [MACIE];

/** Every service the suite holds the files of: those it plays the family of, then those it certifies for protocol and shapes. */
export const BUILT_IN_SERVICES: readonly BuiltInService[] = [...SERVICES, ...PROTOCOL_ONLY_SERVICES];

/** The descriptor of a service by its name (`guardduty`, `macie2`); throws naming the known ones. */
export function serviceNamed(name: string): BuiltInService {
  const service = BUILT_IN_SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`no service is named ${JSON.stringify(name)} (the suite knows ${BUILT_IN_SERVICES.map((s) => s.name).join(", ")})`);
  return service;
}

/** Each service's texts for the checks, by its descriptor's name. */
const CHECK_TEXTS: Readonly<Record<string, ServiceCheckTexts>> = {
  [SECURITY_HUB.name]: SECURITY_HUB_CHECKS,
  [GUARDDUTY.name]: GUARDDUTY_CHECKS,
  [MACIE.name]: MACIE_CHECKS,
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
