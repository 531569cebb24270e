/** Every scenario of the conformance suites, in the order they are reported. */
import { invalidSites } from "../../generators/invalid-request.ts";
import type { Spec } from "../../specs/spec-model.ts";
import { type Family, familyOf } from "../family.ts";
import { baseScenarioName } from "../parity/parity-config.ts";
import { parityScenario } from "../parity/parity-scenario.ts";
import type { RunConfig } from "../run-config.ts";
import { protocolOnly } from "../run-kind.ts";
import type { Scenario } from "../scenario.ts";
import { acceptInvitationScenario } from "./accept-invitation.ts";
import { createMembersScenario, disassociateMembersScenario } from "./batch-members.ts";
import { invalidInputScenario } from "./invalid-input.ts";
import { inviteMembersScenario } from "./invite-members.ts";
import { isolationScenario } from "./isolation.ts";
import { lifecycleScenario } from "./lifecycle.ts";
import { memberLookupScenario } from "./member-lookup.ts";
import { invitationPagesScenario, memberPagesScenario } from "./pagination.ts";
import { removeInvitationsScenario } from "./remove-invitations.ts";
import { stateMachineScenario } from "./state-machine.ts";
import { validInputScenario } from "./valid-input.ts";

/** Built once per spec (building their arbitraries is most of a run's start-up); scenarios keep no state of their own. */
const built = new WeakMap<Spec, readonly Scenario[]>();

export function allScenarios(spec: Spec): Scenario[] {
  let scenarios = built.get(spec);
  if (!scenarios) {
    scenarios = buildScenarios(spec);
    built.set(spec, scenarios);
  }
  return [...scenarios];
}

function buildScenarios(spec: Spec): Scenario[] {
  const operations = [...spec.operations.values()];
  // The valid-input and invalid-input scenarios are all a protocol-only run plays (conformance/run-kind.ts).
  const inputScenarios = (family: Family | undefined): Scenario[] => [
    ...operations.map((operation) => validInputScenario(operation, spec.service, family)),
    ...operations.filter((op) => invalidSites(op).length > 0).map(invalidInputScenario),
  ];
  if (protocolOnly(spec.service) !== undefined) return inputScenarios(undefined);
  const family = familyOf(spec);
  return [
    ...inputScenarios(family),
    inviteMembersScenario(family),
    removeInvitationsScenario(family, "declineInvitations"),
    ...(family.roles.deleteInvitations ? [removeInvitationsScenario(family, "deleteInvitations")] : []),
    memberLookupScenario(family, "getMembers"),
    memberLookupScenario(family, "deleteMembers"),
    createMembersScenario(family),
    ...(family.roles.disassociateMembers ? [disassociateMembersScenario(family)] : []),
    acceptInvitationScenario(family),
    isolationScenario(family, "declineInvitations"),
    ...(family.roles.deleteInvitations ? [isolationScenario(family, "deleteInvitations")] : []),
    stateMachineScenario(family),
    invitationPagesScenario(family),
    memberPagesScenario(family),
    lifecycleScenario(family),
  ];
}

/** In parity mode each scenario has a twin comparing (or recording) its cases: `parity/<scenario>`. */
export function withParityTwins(scenarios: Scenario[], parity: RunConfig["parity"]): Scenario[] {
  return parity ? [...scenarios, ...scenarios.map((s) => parityScenario(s, parity))] : scenarios;
}

/**
 * The suites the scenarios run in, each named after the check families it holds: one vitest file each,
 * `suites/<suite>.suite.ts`, whose tests are titled with the suite's name.
 */
export const SUITES = ["status-codes-and-shapes", "unprocessed-accounts", "isolation-and-state", "lifecycle-and-pagination"] as const;
export type SuiteName = (typeof SUITES)[number];

/** The suite a scenario runs in, by the prefix of its name. */
export const SUITE_OF_PREFIX: Readonly<Record<string, SuiteName>> = {
  "valid-input": "status-codes-and-shapes",
  "invalid-input": "status-codes-and-shapes",
  semantics: "unprocessed-accounts",
  isolation: "isolation-and-state",
  "state-machine": "isolation-and-state",
  lifecycle: "lifecycle-and-pagination",
  pagination: "lifecycle-and-pagination",
};

/** The suite of a scenario. */
export function suiteOf(scenario: Pick<Scenario, "name">): SuiteName | undefined {
  // A parity twin runs in its scenario's suite.
  return SUITE_OF_PREFIX[baseScenarioName(scenario.name).split("/")[0]!];
}
