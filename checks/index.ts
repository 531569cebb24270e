/**
 * The registry of checks: every rule the suite judges by, as the object that judges it, with its family, source,
 * severity and the documented statements it enforces. The check catalogue (docs/checks.md), the traceability of the
 * documentation, the coverage of a run, the reports and the variant catalogue's test all read it, so they cannot
 * drift apart; `CheckId` is the literal union of its ids.
 */
import { THROTTLED_OUT, UNAVAILABLE_OUT } from "./availability.ts";
import type { Check } from "./define-check.ts";
import { ACCEPT_NEEDS_INVITATION, DECLINE_EFFECT_CHECKS, INVITE_EFFECT_CHECKS, LISTING_CHECKS } from "./effects.ts";
import { LIST_ONLY_OWN, MEMBERS_PER_ADMINISTRATOR, OTHERS_UNTOUCHED } from "./isolation.ts";
import { LIFECYCLE_CHECKS } from "./lifecycle.ts";
import { NOT_IMPLEMENTED } from "./operation-implemented.ts";
import { PAGINATION_CHECKS } from "./pagination.ts";
import { PARITY_CHECKS } from "./parity.ts";
import { RESPONSE_CHECKS } from "./response-checks.ts";
import { ACTIVATED_ACCOUNT_SERVED, ACTIVATION_REQUIRED } from "./activation.ts";
import { ELIGIBILITY_CHECKS } from "./unprocessed-accounts.ts";

export { CHECK_FAMILIES, CHECK_SOURCES, SOURCE_NAMES, type CheckFamily, type CheckSource, type Finding, type Severity } from "./finding.ts";
export type { Check, CheckDefinition, CheckSeverity } from "./define-check.ts";

export const CHECKS = [
  NOT_IMPLEMENTED,
  ...RESPONSE_CHECKS,
  ACTIVATION_REQUIRED,
  ...ELIGIBILITY_CHECKS,
  ...INVITE_EFFECT_CHECKS,
  ...DECLINE_EFFECT_CHECKS,
  ...LISTING_CHECKS,
  ACCEPT_NEEDS_INVITATION,
  ACTIVATED_ACCOUNT_SERVED,
  ...LIFECYCLE_CHECKS,
  ...PAGINATION_CHECKS,
  LIST_ONLY_OWN,
  OTHERS_UNTOUCHED,
  MEMBERS_PER_ADMINISTRATOR,
  THROTTLED_OUT,
  UNAVAILABLE_OUT,
  ...PARITY_CHECKS,
] as const;

/** The id of a check of the registry: variants, tests and tables name checks by it, and the compiler knows them all. */
export type CheckId = (typeof CHECKS)[number]["id"];

const byId = new Map<string, Check<string, never>>(CHECKS.map((check) => [check.id, check as Check<string, never>]));

/** The check of an id; undefined for an id the registry does not hold (a certificate of another suite version). */
export function checkOf(id: string): Check<string, never> | undefined {
  return byId.get(id);
}
