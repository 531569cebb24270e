/**
 * Schema-valid requests to one operation, each from a fresh account: most with the service switched on, some without
 * (whose answers are judged by the same checks: a documented error, well formed). An account the case switched on is
 * never refused as off; the call creating members from one that never switched it on is refused. Without the
 * member-invitation family (a protocol-only run) the state a request meets is unknown: it may be refused with a
 * documented error, never with a 5xx or an undocumented one.
 */
import fc from "fast-check";
import { ACTIVATED_ACCOUNT_SERVED, ACTIVATION_REQUIRED } from "../../checks/activation.ts";
import { validInputCoverage } from "../../generators/coverage-values.ts";
import { accountId } from "../../generators/accounts.ts";
import { validInput } from "../../generators/valid-request.ts";
import { serializeInput } from "../../protocol/api-request.ts";
import { valuesAt } from "../../protocol/pointer.ts";
import type { Service } from "../../specs/service-descriptor.ts";
import type { OperationSpec } from "../../specs/spec-model.ts";
import { activationOutcome, listedResources, NO_RESOURCE } from "../activation.ts";
import { admittedCall, type CallResult, type CaseRun } from "../case-run.ts";
import type { Family } from "../family.ts";
import { PROTOCOL_FAMILIES } from "../run-kind.ts";
import type { Scenario } from "../scenario.ts";
import { undoMembersMade } from "./membership-steps.ts";

export interface ValidInputCase {
  account: string;
  enabled: boolean;
  input: Record<string, unknown>;
}

/** The n-th account of a coverage phase: fixed, so the phase is the same for every seed (each case shifts it to fresh ids). */
export function coverageAccount(n: number): string {
  return String(100 + n).padStart(12, "0");
}

export function validInputScenario(operation: OperationSpec, service: Service, family: Family | undefined): Scenario<ValidInputCase> {
  // Without the family no scenario provides a label's resource: a label is input the coverage phase plays like any other.
  const inputs = withWellFormedIds(operation, validInputCoverage(operation, { playLabels: family === undefined }));
  const { activation } = service;
  const enabling = operation.name === activation?.enable.operation;
  return {
    name: `valid-input/${operation.name}`,
    operations: [operation.name],
    families: family
      ? [
          "status-codes",
          "error-shapes",
          "success-shapes",
          ...(operation.unprocessedAccounts ? (["unprocessed-accounts"] as const) : []),
          ...(enabling ? [] : (["state"] as const)),
        ]
      : PROTOCOL_FAMILIES,
    description: `${operation.name} with inputs its documented syntax accepts: documented statuses, no 5xx, well-formed successes and errors`,
    cases: (runs) => Math.max(1, Math.ceil(runs / 2)),
    requestsPerCase: 2,
    // Every member at each of its boundaries, from an account switched on; the smallest input once from one that never was.
    coverage: [
      ...inputs.map((input, i) => ({ account: coverageAccount(i), enabled: true, input })),
      ...(activation ? [{ account: coverageAccount(inputs.length), enabled: false, input: inputs[0]! }] : []),
    ],
    arbitrary: fc.record({
      account: accountId(),
      enabled: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      input: validInput(operation, { maxItems: 4 }),
    }),
    async run(run, { account, enabled, input }) {
      const caller = run.fresh.map(account);
      const sent = idsMapped(operation, input, (id) => run.fresh.map(id));
      const on = enabled && !enabling ? await run.enable([caller]) : [];
      // Only the family's roles tell what state lets a call succeed; a protocol-only run never says it does.
      const admitted = family !== undefined && (enabling || on.includes(caller)) && freshAccountAdmits(operation, family, caller, sent);
      const answer = await run.call(operation.name, caller, sent, admittedCall(admitted));
      await undoMembersMade(run, operation, caller, serializeInput(operation, sent), answer.status);
      if (!family || !activation) return;
      const refusedAsOff = activation.refusedAsOff?.error;
      if (on.includes(caller) && refusedAsOff)
        run.judge(
          ACTIVATED_ACCOUNT_SERVED,
          { operation: operation.name, account: caller, exchange: answer.exchange, activation: activation.enable.operation, refusedAsOff },
          answer.exchange,
        );
      await judgeResourceFound(run, family, caller, enabling ? answer : undefined, operation.name, answer);
      if (!enabled && operation.name === family.operation("createMembers"))
        run.judge(ACTIVATION_REQUIRED, { operation: operation.name, account: caller, exchange: answer.exchange }, answer.exchange);
    },
  };
}

/**
 * The coverage inputs, and beside each that names accounts a twin naming well-formed 12-digit ids instead. The model
 * gives an account id no pattern, so a string of any twelve characters is valid and played as it is; but a target may
 * refuse such an id, and so refuse the whole call, while ids of digits leave it no reason to: only with them is every
 * other member (InviteMembers' message, say) played in a call the target must accept.
 */
function withWellFormedIds(operation: OperationSpec, inputs: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  if (!operation.accountIds) return [...inputs];
  return inputs.flatMap((input) => {
    let n = 0;
    const twin = idsMapped(operation, input, () => coverageAccount(500 + n++));
    return n === 0 ? [input] : [input, twin];
  });
}

/** The input with each account id the operation names (at its `accountIds` pointer) passed through `map`. */
function idsMapped(operation: OperationSpec, input: Record<string, unknown>, map: (id: string) => string): Record<string, unknown> {
  return operation.accountIds ? (mapAt(input, operation.accountIds.split("/").slice(1), map) as Record<string, unknown>) : input;
}

/** A copy of `value` with the strings at the pointer's segments (`*`: every item of a list) passed through `map`. */
function mapAt(value: unknown, segments: readonly string[], map: (id: string) => string): unknown {
  if (segments.length === 0) return typeof value === "string" ? map(value) : value;
  const [segment, ...rest] = segments as [string, ...string[]];
  if (segment === "*") return Array.isArray(value) ? value.map((item) => mapAt(item, rest, map)) : value;
  if (value === null || typeof value !== "object" || Array.isArray(value) || !(segment in value)) return value;
  return { ...value, [segment]: mapAt((value as Record<string, unknown>)[segment], rest, map) };
}

/**
 * Where switching on makes a resource (GuardDuty's detector), the call that finds it lists the one made: after the
 * switching-on call of this case succeeded (`enabled`), the finding call is made and judged; when the case's own call
 * was the finding call, for an account the case switched on, that answer is judged.
 */
async function judgeResourceFound(
  run: CaseRun,
  family: Family,
  caller: string,
  enabled: CallResult | undefined,
  operationName: string,
  answer: CallResult,
): Promise<void> {
  const { activation } = family.service;
  if (!activation.resource) return;
  const made = enabled
    ? activationOutcome(activation, enabled.exchange).resource
    : operationName === activation.resource.find.operation
      ? run.session.resourceOf(caller)
      : undefined;
  if (made === undefined || made === NO_RESOURCE) return;
  const found = enabled ? await run.call(activation.resource.find.operation, caller, {}) : answer;
  if (found.status !== 200) return;
  const listed = listedResources(activation, found.exchange);
  run.judge(
    ACTIVATED_ACCOUNT_SERVED,
    {
      operation: activation.resource.find.operation,
      account: caller,
      exchange: found.exchange,
      activation: activation.enable.operation,
      refusedAsOff: undefined,
      resource: { made, listed },
    },
    found.exchange,
  );
}

/**
 * The roles whose success needs more than an account switched on: an invitation to accept, an administrator to leave,
 * an associated member to disassociate. A fresh account's call may be refused by its state.
 */
const NEEDS_MORE_STATE = ["acceptInvitation", "disassociateFromAdministrator", "disassociateMembers"] as const;

const ACCOUNT_ID = /^\d{12}$/;

/**
 * Whether a fresh account whose service is on may see `input` refused by its state: not for a read, nor for a batch
 * of distinct well-formed ids other than its own (any it cannot act on are listed unprocessed). A page token the
 * target never handed out, an email (a service may check it as an address), an id that is not 12 digits, an empty
 * batch or input breaking a rule the documentation states in prose (the descriptor's proseInputRules) leave the
 * answer open.
 */
export function freshAccountAdmits(operation: OperationSpec, family: Family, caller: string, input: Record<string, unknown>): boolean {
  if (NEEDS_MORE_STATE.some((role) => family.roles[role]?.operation === operation.name)) return false;
  if (family.service.proseInputRules?.some((rule) => rule.operation === operation.name && rule.breaks(input))) return false;
  const tokens = [family.roles.listInvitations.paging.nextToken, family.roles.listMembers.paging.nextToken];
  if (tokens.some((token) => input[token] !== undefined)) return false;
  if (!operation.accountIds) return true;
  const ids = valuesAt(input, operation.accountIds);
  // Ids carried in structures (account details): the structures hold nothing else.
  const inner = `/${family.service.names.accountId}`;
  const details = operation.accountIds.endsWith(`/*${inner}`) ? valuesAt(input, operation.accountIds.slice(0, -inner.length)) : [];
  return (
    ids.length > 0 &&
    new Set(ids).size === ids.length &&
    ids.every((id) => typeof id === "string" && ACCOUNT_ID.test(id) && id !== caller) &&
    details.every((detail) => detail !== null && typeof detail === "object" && Object.keys(detail).length === 1)
  );
}
