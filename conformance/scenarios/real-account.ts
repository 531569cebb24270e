/**
 * Scenarios for real AWS accounts. They act only as the three played accounts (administrator, member,
 * outsider), never switch the service on or off, never accept an invitation, name in the calls creating and inviting
 * members only accounts the user owns, and undo what they did (the member is deleted again and its invitation
 * withdrawn) at the end of every case.
 */
import fc from "fast-check";
import { LIST_ONLY_OWN, OTHERS_UNTOUCHED } from "../../checks/isolation.ts";
import { malformedAccountId } from "../../generators/accounts.ts";
import { validInputCoverage } from "../../generators/coverage-values.ts";
import { invalidRequest, invalidRequestCoverage, invalidSites, type InvalidRequest } from "../../generators/invalid-request.ts";
import { validInput } from "../../generators/valid-request.ts";
import type { OperationSpec, Spec } from "../../specs/spec-model.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { admittedCall, type CaseRun } from "../case-run.ts";
import { batchMaxItems, coverageBatchSizes } from "../../generators/batch-shapes.ts";
import { type Family, familyOf } from "../family.ts";
import type { Scenario } from "../scenario.ts";
import { unprocessedIds } from "../answer-reader.ts";
import { invalidIntent } from "./invalid-input.ts";
import { administratorDeletes } from "./remove-invitations.ts";
import { createMembers, invite, judgeEligibility, judgeInviteEffects, judgeRemovalEffects, readListing } from "./membership-steps.ts";

/** The roles that only read: safe to call with any schema-valid input on a real account. */
const READ_ONLY = ["listInvitations", "getInvitationsCount", "listMembers", "getAdministrator", "getMembers"] as const;

/** Operations whose invalid input is never sent to a real account (switching on or off, accepting): a target wrongly accepting it would change what costs money. */
function neverSentInvalid(family: Family): Set<string> {
  const { activation } = family.service;
  return new Set([activation.enable.operation, ...(activation.disable ? [activation.disable.operation] : []), family.operation("acceptInvitation")]);
}

interface Roles {
  administrator: string;
  member: string;
  outsider: string;
}

/** The played accounts' roles, in the order of --accounts and --profiles. */
export const PLAYED_ROLES = ["administrator", "member", "outsider"] as const;

function roles(run: CaseRun): Roles {
  const [administrator, member, outsider] = run.session.config.accounts as [string, string, string];
  return { administrator, member, outsider };
}

/**
 * What undoes a case's membership, in order: the administrator deletes its member, the member deletes the
 * administrator's invitation. Every real-account case ends with it, and cleanup runs it after an interruption.
 */
export const MEMBERSHIP_UNDO: readonly { role: "deleteMembers" | "deleteInvitations"; as: "administrator" | "member"; names: "administrator" | "member" }[] = [
  { role: "deleteMembers", as: "administrator", names: "member" },
  { role: "deleteInvitations", as: "member", names: "administrator" },
  // Security Hub's model has the administrator delete the invitations it sent today; either way one of these two deletes it.
  { role: "deleteInvitations", as: "administrator", names: "member" },
];

/** The steps of MEMBERSHIP_UNDO a service has, each as its operation and input naming `account`. */
export function undoSteps(
  family: Family,
): { operation: string; as: "administrator" | "member"; names: "administrator" | "member"; input: (account: string) => Record<string, unknown> }[] {
  return MEMBERSHIP_UNDO.filter((step) => family.roles[step.role]).map((step) => ({
    ...step,
    operation: family.operation(step.role),
    input: (account) => family.accounts(step.role, [account]),
  }));
}

/** Deletes the member and withdraws its invitation: every real-account case ends as it began. */
export async function undoMembership(run: CaseRun, r: Pick<Roles, "administrator" | "member">): Promise<void> {
  for (const step of undoSteps(run.family)) await run.call(step.operation, r[step.as], step.input(r[step.names]), { judge: false });
}

function readOnlyScenario(operation: OperationSpec): Scenario<{ role: number; input: Record<string, unknown> }> {
  return {
    name: `valid-input/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "error-shapes", "success-shapes", ...(operation.unprocessedAccounts ? (["unprocessed-accounts"] as const) : [])],
    description: `${operation.name} (read only) with inputs its documented syntax accepts, from each played account`,
    cases: (runs) => runs,
    // Every member at each of its boundaries from the administrator; the smallest input from the member and the outsider too.
    coverage: [
      ...validInputCoverage(operation).map((input) => ({ role: 0, input })),
      { role: 1, input: validInputCoverage(operation)[0]! },
      { role: 2, input: validInputCoverage(operation)[0]! },
    ],
    arbitrary: fc.record({ role: fc.constantFrom(0, 1, 2), input: validInput(operation, { maxItems: 3 }) }),
    async run(run, { role, input }) {
      await run.call(operation.name, run.session.config.accounts[role]!, input);
    },
  };
}

/** A 12-digit string anywhere could be a stranger's account: such requests are never sent to a real account. */
const namesNoAccount = (invalid: InvalidRequest): boolean => !/\d{12}/.test(invalid.request.body ?? "");

function safeInvalidInputScenario(operation: OperationSpec): Scenario<InvalidRequest> {
  return {
    name: `invalid-input/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "error-shapes"],
    description: `${operation.name} with input breaking one documented constraint, naming no account id at all`,
    cases: (runs) => runs,
    coverage: invalidRequestCoverage(operation).filter(namesNoAccount),
    arbitrary: invalidRequest(operation).filter(namesNoAccount),
    async run(run, invalid) {
      await run.call(operation.name, run.session.config.accounts[0]!, invalid.request, {
        intent: invalidIntent(operation, invalid, run.session.spec.service.stateErrors),
      });
    },
  };
}

function realInvite(family: Family): Scenario<{ member: boolean; outsider: boolean; malformed: string[] }> {
  const operationName = family.operation("inviteMembers");
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts", "state"],
    description: "The administrator invites its member (created first), the outsider (never a member) and ids that are not account ids",
    cases: (runs) => runs,
    requestsPerCase: 10,
    coverage: [
      { member: true, outsider: false, malformed: [] },
      { member: false, outsider: true, malformed: [] },
      { member: true, outsider: true, malformed: ["12345"] },
    ],
    arbitrary: fc.record({
      member: fc.boolean(),
      outsider: fc.boolean(),
      malformed: fc.array(
        malformedAccountId().filter((id) => !/\d{12}/.test(id)),
        { maxLength: 1 },
      ),
    }),
    async run(run, input) {
      const r = roles(run);
      const eligible = input.member ? await createMembers(run, r.administrator, [r.member]) : [];
      const ineligible = input.outsider ? [r.outsider] : [];
      const operation = operationOf(run.session.spec, operationName);
      const result = await run.call(operationName, r.administrator, family.accounts("inviteMembers", [...eligible, ...ineligible, ...input.malformed]));
      judgeEligibility(run, operation.name, result, { eligible, ineligible, malformed: input.malformed });
      const listed = unprocessedIds(operation, result);
      const processed = result.status === 200 ? eligible.filter((id) => !listed.has(id)) : [];
      await judgeInviteEffects(run, r.administrator, [...eligible, ...ineligible], processed);
      await undoMembership(run, r);
    },
  };
}

function realRemoval(family: Family, role: "declineInvitations" | "deleteInvitations"): Scenario<{ outsider: boolean }> {
  const operationName = family.operation(role);
  return {
    name: `semantics/${operationName}`,
    operations: [operationName],
    families: ["unprocessed-accounts", "state"],
    description: `The member, invited by the administrator, uses ${operationName} on the administrator and on the outsider (which sent nothing)`,
    cases: (runs) => runs,
    requestsPerCase: 9,
    coverage: [{ outsider: false }, { outsider: true }],
    arbitrary: fc.record({ outsider: fc.boolean() }),
    async run(run, input) {
      const r = roles(run);
      if (!(await invite(run, r.administrator, r.member))) return undoMembership(run, r);
      const named = [r.administrator, ...(input.outsider ? [r.outsider] : [])];
      const operation = operationOf(run.session.spec, operationName);
      const removal = await run.call(operationName, r.member, family.accounts(role, named));
      const ineligible = input.outsider ? [r.outsider] : [];
      let processed = removal.status === 200 && !unprocessedIds(operation, removal).has(r.administrator) ? [r.administrator] : [];
      // Deleting invitations may be the administrator's, as Security Hub's model says today (see administratorDeletes).
      const deletedBy = role === "deleteInvitations" && processed.length === 0 ? await administratorDeletes(run, r.member, [r.administrator]) : [];
      if (deletedBy.length > 0) processed = deletedBy;
      judgeEligibility(run, operation.name, removal, {
        eligible: deletedBy.length > 0 ? [] : [r.administrator],
        ineligible: deletedBy.length > 0 ? [r.administrator, ...ineligible] : ineligible,
        malformed: [],
      });
      await judgeRemovalEffects(run, operationName, r.member, processed, [], [r.administrator]);
      await undoMembership(run, r);
    },
  };
}

function realIsolation(family: Family): Scenario<null> {
  const operationName = family.operation("declineInvitations");
  const listing = family.operation("listInvitations");
  return {
    name: `isolation/${operationName}`,
    operations: [operationName, listing],
    families: ["isolation"],
    description: "The outsider declines the administrator, which invited only the member: the member's invitation stays pending",
    // The one case there is: in the coverage phase, so a larger budget repeats nothing.
    cases: () => 0,
    coverage: [null],
    requestsPerCase: 9,
    arbitrary: fc.constant(null),
    async run(run) {
      const r = roles(run);
      if (!(await invite(run, r.administrator, r.member))) return undoMembership(run, r);
      const removal = await run.call(operationName, r.outsider, family.accounts("declineInvitations", [r.administrator]));
      judgeEligibility(run, operationName, removal, { eligible: [], ineligible: [r.administrator], malformed: [] });
      const [forMember, forOutsider] = await Promise.all([readListing(run, r.member), readListing(run, r.outsider)]);
      if (forMember)
        run.judge(OTHERS_UNTOUCHED, {
          operation: operationName,
          actor: r.outsider,
          administrator: r.administrator,
          other: r.member,
          listedForOther: forMember.pending,
        });
      if (forOutsider)
        run.judge(LIST_ONLY_OWN, {
          operation: listing,
          caller: r.outsider,
          listed: forOutsider.listed.filter((id) => id === r.administrator || id === r.member),
          sentToCaller: [],
        });
      await undoMembership(run, r);
    },
  };
}

/**
 * GetMembers, which only reads, from the administrator naming batches of the owned accounts at every size they fill:
 * every answer is judged (a batch of well-formed ids is never refused, its unprocessed entries are its own), but not
 * which of them are members: the user's own memberships are not the suite's to know.
 */
function realMemberBatches(family: Family): Scenario<{ size: number }> {
  const operation = operationOf(family.spec, family.operation("getMembers"));
  return {
    name: `semantics/${operation.name}`,
    operations: [operation.name],
    families: ["status-codes", "unprocessed-accounts"],
    description: `${operation.name} (read only) from the administrator, naming 1, 2, 5 and 10 of the owned accounts (as many as --own-accounts lists)`,
    cases: () => 0,
    // The sizes depend on the run's owned accounts: the case names its size, the run fills it (see run).
    coverage: coverageBatchSizes(batchMaxItems(operation)).map((size) => ({ size })),
    arbitrary: fc.constant({ size: 1 }),
    async run(run, { size }) {
      const { ownAccounts, accounts } = run.session.config;
      const [administrator] = accounts as [string];
      const named = realBatch(ownAccounts, administrator, size);
      if (named.length === 0) return;
      await run.call(operation.name, administrator, family.accounts("getMembers", named), admittedCall());
    },
  };
}

/** The owned accounts a real GetMembers batch of `size` names: a size they cannot fill is played with all of them (the plan says so). */
export function realBatch(ownAccounts: readonly string[], administrator: string, size: number): string[] {
  return ownAccounts.filter((id) => id !== administrator).slice(0, size);
}

export function realAccountScenarios(spec: Spec): Scenario[] {
  const operations = [...spec.operations.values()];
  const family = familyOf(spec);
  const readOnly = new Set(READ_ONLY.flatMap((role) => (family.roles[role] ? [family.operation(role)] : [])));
  const unsafe = neverSentInvalid(family);
  return [
    ...operations.filter((op) => readOnly.has(op.name)).map(readOnlyScenario),
    ...operations.filter((op) => !unsafe.has(op.name) && invalidSites(op).length > 0).map(safeInvalidInputScenario),
    realInvite(family),
    realRemoval(family, "declineInvitations"),
    ...(family.roles.deleteInvitations ? [realRemoval(family, "deleteInvitations")] : []),
    realIsolation(family),
    realMemberBatches(family),
  ];
}
