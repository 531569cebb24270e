/** Correct implementations that make choices the documentation leaves open: the suite must certify every one. */
import { type EmulatorState, ServiceError, type Call, type Handler, type WireResponse } from "../emulator/index.ts";
import type { AccountState } from "../emulator/state.ts";
import type { RequestViolation } from "../validators/request-rules.ts";
import { processBatch } from "../emulator/operations/batch.ts";
import { readsLagBehind } from "./lagging-reads.ts";
import type { Variant, VariantBehaviour } from "./variant.ts";
import { isError, mapUnprocessed, rewriteBody } from "./wire-rewrites.ts";

const BATCH_OPERATIONS = ["InviteMembers", "DeclineInvitations", "DeleteInvitations", "GetMembers", "DeleteMembers", "DisassociateMembers"];
/** The operations whose input rules the API reference pages state: leniency there is a failure, so no variant is lenient there. */
const DOCUMENTED_BY_PAGES = new Set(["InviteMembers", "DeclineInvitations"]);
/** Rules the restJson1 protocol states (a body that is no JSON object, a query value that does not parse): no service is lenient there. */
const PROTOCOL_RULES = new Set(["not-json", "not-an-object", "malformed-value"]);

/** Accepts input breaking rules only the AWS model states, dropping what it cannot use; rejects the rest as the reference does. */
export function lenientOnModelConstraints(): VariantBehaviour {
  return lenientOn((violation, operation) => !DOCUMENTED_BY_PAGES.has(operation) && !PROTOCOL_RULES.has(violation.rule));
}

/** Accepts input breaking the rules `tolerated` picks, dropping each member or item that breaks one; rejects the rest as the reference does. */
export function lenientOn(tolerated: NonNullable<VariantBehaviour["tolerate"]>): VariantBehaviour {
  return {
    tolerate: tolerated,
    everyOperation: (next) => (call) => next({ ...call, input: withoutViolations(call.input, call.violations), violations: [] }),
  };
}

/** The input with each member or list item that breaks a rule removed, and the lists the handlers need present. */
function withoutViolations(input: Record<string, any>, violations: readonly RequestViolation[]): Record<string, any> {
  if (violations.length === 0) return input;
  const copy = structuredClone(input);
  // Deepest and last items first, so removing one list item leaves the others' indexes right.
  const pointers = [...new Set(violations.map((v) => v.at))].sort((a, b) => b.localeCompare(a, undefined, { numeric: true }));
  for (const pointer of pointers) removeAt(copy, pointer.split("/").slice(1));
  for (const list of ["AccountIds", "AccountDetails"]) if (!Array.isArray(copy[list])) copy[list] = [];
  if (Array.isArray(copy.AccountDetails)) copy.AccountDetails = copy.AccountDetails.filter((d: any) => typeof d?.AccountId === "string");
  return copy;
}

function removeAt(value: any, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || value === null || typeof value !== "object") return;
  if (rest.length > 0) {
    removeAt(value[head], rest);
    return;
  }
  if (Array.isArray(value)) value.splice(Number(head), 1);
  else delete value[head];
}

/** Hides invitations younger than `delayMs` from their invitee, as a service whose reads lag its writes. */
function invitationsVisibleAfter(delayMs: number): VariantBehaviour {
  const hidingYoung =
    (next: Handler): Handler =>
    (call) => {
      const invitations = call.state.account(call.caller).invitations;
      const young = [...invitations].filter(([, invitation]) => call.now.getTime() - invitation.invitedAt.getTime() < delayMs);
      for (const [administrator] of young) invitations.delete(administrator);
      try {
        return next(call);
      } finally {
        for (const [administrator, invitation] of young) invitations.set(administrator, invitation);
      }
    };
  return {
    operations: Object.fromEntries(
      ["ListInvitations", "GetInvitationsCount", "DeclineInvitations", "DeleteInvitations", "AcceptAdministratorInvitation"].map((op) => [op, hidingYoung]),
    ),
  };
}

/** The operations that only read: what they show may lag behind the writes (every other operation). */
const READS = ["ListInvitations", "GetInvitationsCount", "GetMembers", "ListMembers", "GetAdministratorAccount"];

/**
 * DeleteInvitations as today's AWS model words it: "A Security Hub CSPM administrator account can use this operation
 * to delete invitations sent to one or more prospective member accounts", its AccountIds "member account IDs that
 * received the invitations". The caller withdraws the invitations it sent to the named accounts (the member is back
 * to Created); an account it sent none is unprocessed, whoever the caller is.
 */
function administratorDeletesInvitations(): VariantBehaviour {
  return {
    operations: {
      DeleteInvitations: (next) => (call) => {
        // The reference's checks of the caller first (Security Hub enabled), with nothing for it to delete.
        next({ ...call, input: { ...call.input, AccountIds: [] } });
        const administrator = call.state.account(call.caller);
        const UnprocessedAccounts = processBatch(call.input.AccountIds as string[], (invitee) => {
          if (!call.state.account(invitee).invitations.delete(call.caller)) return "This account sent no pending invitation to that account.";
          const member = administrator.members.get(invitee);
          if (member) {
            member.status = "Created";
            member.updatedAt = call.now;
          }
          return undefined;
        });
        return { UnprocessedAccounts };
      },
    },
  };
}

/** The validation failure as Smithy's server SDKs word it. */
function smithyValidationError(violations: readonly RequestViolation[]): ServiceError {
  // Smithy servers fail deserialization (body syntax, a member of the wrong type, a query value that does not parse) with SerializationException.
  if (violations.some((v) => PROTOCOL_RULES.has(v.rule) || v.rule === "wrong-type" || v.rule === "wrong-item-type")) {
    return new ServiceError("SerializationException", "The request body could not be deserialized.", 400);
  }
  const lines = violations.map(
    (v) => `Value at '${v.at}' failed to satisfy constraint: ${v.rule === "missing-required" ? "Member must not be null" : v.message}`,
  );
  return new ServiceError("ValidationException", `${lines.length} validation error${lines.length > 1 ? "s" : ""} detected. ${lines.join("; ")}`, 400);
}

/** Rewrites the members listed by GetMembers and ListMembers successes. */
function rewriteMembers(response: WireResponse, operation: string | undefined, change: (member: Record<string, any>) => Record<string, any>): WireResponse {
  if ((operation !== "GetMembers" && operation !== "ListMembers") || response.status !== 200) return response;
  return rewriteBody(response, (body) => ({ ...body, Members: (body.Members as Record<string, any>[]).map(change) }));
}

/** Keeps a deleted member as a record with status Deleted, as the model's DELETED status allows. */
function deletedMembersKept(): VariantBehaviour {
  // administrator → deleted member → when.
  const deleted = new Map<string, Map<string, Date>>();
  const of = (administrator: string): Map<string, Date> => deleted.get(administrator) ?? deleted.set(administrator, new Map()).get(administrator)!;
  const record = (administrator: string, id: string, at: Date) => ({
    AccountId: id,
    AdministratorId: administrator,
    MasterId: administrator,
    MemberStatus: "Deleted",
    UpdatedAt: at.toISOString(),
  });
  return {
    operations: {
      DeleteMembers: (next) => (call) => {
        const output = next(call);
        const refused = new Set((output.UnprocessedAccounts as { AccountId: string }[]).map((e) => e.AccountId));
        for (const id of call.input.AccountIds as string[]) if (!refused.has(id)) of(call.caller).set(id, call.now);
        return output;
      },
      CreateMembers: (next) => (call) => {
        for (const detail of call.input.AccountDetails as { AccountId: string }[]) of(call.caller).delete(detail.AccountId);
        return next(call);
      },
      GetMembers: (next) => (call) => {
        const output = next(call);
        const gone = of(call.caller);
        const unprocessed = output.UnprocessedAccounts as { AccountId: string }[];
        const shown = unprocessed.filter((e) => gone.has(e.AccountId));
        return {
          Members: [...(output.Members as unknown[]), ...shown.map((e) => record(call.caller, e.AccountId, gone.get(e.AccountId)!))],
          UnprocessedAccounts: unprocessed.filter((e) => !gone.has(e.AccountId)),
        };
      },
      ListMembers: (next) => (call) => {
        const output = next(call);
        if (call.input.OnlyAssociated !== false || output.NextToken !== undefined) return output;
        return { ...output, Members: [...(output.Members as unknown[]), ...[...of(call.caller)].map(([id, at]) => record(call.caller, id, at))] };
      },
    },
  };
}

/** GetAdministratorAccount shows the relation in any state: the pending invitation before acceptance, the ended one after. */
function administratorShowsRelation(): VariantBehaviour {
  const ended = new Map<string, { administratorId: string; invitationId: string; invitedAt: Date; status: string }>();
  const remember = (member: string, status: string, call: Call): void => {
    const administrator = call.state.account(member).administrator;
    if (administrator) ended.set(member, { ...administrator, status });
  };
  return {
    operations: {
      DisassociateFromAdministratorAccount: (next) => (call) => {
        remember(call.caller, "Resigned", call);
        return next(call);
      },
      DisassociateMembers: (next) => (call) => {
        for (const id of call.input.AccountIds as string[])
          if (call.state.account(id).administrator?.administratorId === call.caller) remember(id, "Removed", call);
        return next(call);
      },
      GetAdministratorAccount: (next) => (call) => {
        const output = next(call);
        if (output.Administrator) return output;
        const pending = [...call.state.account(call.caller).invitations.values()][0];
        const past = ended.get(call.caller);
        const shown = pending ? { ...pending, status: "Invited" } : past;
        return shown
          ? {
              Administrator: {
                AccountId: shown.administratorId,
                InvitationId: shown.invitationId,
                InvitedAt: shown.invitedAt.toISOString(),
                MemberStatus: shown.status,
              },
            }
          : output;
      },
    },
  };
}

export const TOLERANT_VARIANTS: Variant[] = [
  {
    description:
      "Strict input and terse wire: an empty AccountIds or an id that is not 12 digits is answered 400; empty UnprocessedAccounts is omitted; errors are named only by a namespaced body __type with a lowercase message.",
    name: "strict-input-terse-wire",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      const strict =
        (next: Handler): Handler =>
        (call) => {
          const ids = call.input.AccountIds as string[];
          if (ids.length === 0) throw new ServiceError("InvalidInputException", "AccountIds must name at least one account.");
          const malformed = ids.find((id) => !/^\d{12}$/.test(id));
          if (malformed !== undefined) throw new ServiceError("InvalidInputException", `${malformed} is not an AWS account id.`);
          return next(call);
        };
      return {
        operations: Object.fromEntries(BATCH_OPERATIONS.map((op) => [op, strict])),
        respond: (response) => {
          if (isError(response)) {
            const name = response.headers["x-amzn-errortype"]!;
            const { "x-amzn-errortype": _dropped, ...headers } = response.headers;
            return rewriteBody({ ...response, headers }, (body) => ({ __type: `com.amazonaws.securityhub#${name}`, message: body.Message }));
          }
          return rewriteBody(response, (body) => {
            if (Array.isArray(body.UnprocessedAccounts) && body.UnprocessedAccounts.length === 0) delete body.UnprocessedAccounts;
            return body;
          });
        },
      };
    },
  },
  {
    description:
      "Lenient lifecycle: re-inviting an associated member is processed as a no-op; pages hold at most 2 items whatever MaxResults says; after a decline the administrator sees the member as Created; UnprocessedAccounts come in reverse order with other texts.",
    name: "lenient-lifecycle",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => ({
      operations: {
        InviteMembers: (next) => (call) => {
          const output = next(call);
          const members = call.state.account(call.caller).members;
          const unprocessed = (output.UnprocessedAccounts as { AccountId: string }[]).filter((e) => members.get(e.AccountId)?.status !== "Enabled");
          return { ...output, UnprocessedAccounts: unprocessed };
        },
        ListInvitations: (next) => (call) =>
          next({ ...call, input: { ...call.input, MaxResults: Math.min((call.input.MaxResults as number | undefined) ?? 50, 2) } }),
        ListMembers: (next) => (call) =>
          next({ ...call, input: { ...call.input, MaxResults: Math.min((call.input.MaxResults as number | undefined) ?? 50, 2) } }),
        DeclineInvitations: (next) => (call) => {
          const output = next(call);
          const refused = new Set((output.UnprocessedAccounts as { AccountId: string }[]).map((e) => e.AccountId));
          for (const administrator of call.input.AccountIds as string[]) {
            const member = refused.has(administrator) ? undefined : call.state.account(administrator).members.get(call.caller);
            if (member) member.status = "Created";
          }
          return output;
        },
      },
      everyOperation: mapUnprocessed((entries) =>
        [...entries].reverse().map((e) => ({ ...e, ProcessingResult: `Skipped: ${e.ProcessingResult.toLowerCase()}` })),
      ),
    }),
  },
  {
    description:
      "Throttling: every fourth call is refused before it runs, with 429 LimitExceededException where the operation documents it and 400 ThrottlingException elsewhere; a request refused once goes through when sent again.",
    name: "throttles-every-fourth-call",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      let calls = 0;
      // Which requests were just refused: under concurrency, a fixed "every fourth" could otherwise refuse one request on every retry.
      const refused = new Set<string>();
      return {
        everyOperation: (next, operation) => (call) => {
          const request = `${operation} ${call.caller} ${JSON.stringify(call.input)}`;
          if (++calls % 4 === 0 && !refused.delete(request)) {
            refused.add(request);
            // DeclineInvitations is the one operation of the family whose errors leave out LimitExceededException.
            throw operation === "DeclineInvitations"
              ? new ServiceError("ThrottlingException", "Rate exceeded.")
              : new ServiceError("LimitExceededException", "Rate exceeded.");
          }
          refused.delete(request);
          return next(call);
        },
      };
    },
  },
  {
    description:
      'Smithy server validation: explicit null members are unset (a null required member is "Member must not be null"), malformed or mistyped bodies are 400 SerializationException, other constraints 400 ValidationException with Smithy\'s wording.',
    name: "smithy-validation",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => ({
      tolerate: () => true,
      everyOperation: (next) => (call: Call) => {
        if (call.violations.length > 0) throw smithyValidationError(call.violations);
        return next(call);
      },
    }),
  },
  {
    description:
      "Service-wide error names: input errors are InvalidInputException on every operation, also on EnableSecurityHub and DisableSecurityHub, whose own error lists leave it out (AWS SDKs read any error of the service by name).",
    name: "service-wide-error-names",
    kind: "tolerant",
    warnedBy: ["error-shapes/service-wide-type"],
    behaviour: (): VariantBehaviour => ({
      respond: (response) =>
        response.headers["x-amzn-errortype"] === "ValidationError"
          ? rewriteBody({ ...response, headers: { ...response.headers, "x-amzn-errortype": "InvalidInputException" } }, (body) => ({
              ...body,
              Code: "InvalidInputException",
            }))
          : response,
    }),
  },
  {
    description:
      "Lenient on constraints only the AWS model states: the operations around InviteMembers and DeclineInvitations accept mistyped, out-of-range or patternless members and drop what they cannot use; the reference pages' rules are still enforced.",
    name: "lenient-model-constraints",
    kind: "tolerant",
    warnedBy: ["status-codes/model-constraint-enforced"],
    behaviour: lenientOnModelConstraints,
  },
  {
    description:
      "Validation after state: enabling an already enabled hub is 409 and accepting a missing invitation 404 even when the input is also invalid; the input is validated only when the state allows the call.",
    name: "validation-after-state",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      const invalid = (call: Call): ServiceError =>
        new ServiceError(
          call.operation === "EnableSecurityHub" ? "ValidationError" : "InvalidInputException",
          call.violations.map((v) => v.message).join("; "),
          400,
        );
      return {
        tolerate: (violation, operation) =>
          (operation === "EnableSecurityHub" || operation === "AcceptAdministratorInvitation") && !PROTOCOL_RULES.has(violation.rule),
        operations: {
          EnableSecurityHub: (next) => (call) => {
            if (call.state.account(call.caller).securityHubEnabled) throw new ServiceError("ResourceConflictException", "Security Hub is already enabled.");
            if (call.violations.length > 0) throw invalid(call);
            return next(call);
          },
          AcceptAdministratorInvitation: (next) => (call) => {
            const invitation = call.state.account(call.caller).invitations.get(String(call.input.AdministratorId));
            if (!invitation || invitation.invitationId !== call.input.InvitationId)
              throw new ServiceError("ResourceNotFoundException", "There is no such invitation.");
            if (call.violations.length > 0) throw invalid(call);
            return next(call);
          },
        },
      };
    },
  },
  {
    description: "Strict validation of every model constraint, before any state: the reference emulator, certified with --strict.",
    name: "strict-validation-first",
    kind: "tolerant",
    config: { strict: true },
    behaviour: (): VariantBehaviour => ({}),
  },
  {
    description: "Transient unavailability: one call in 25 is answered 503 ServiceUnavailable before it runs, every fourth of those with Retry-After: 1.",
    name: "occasional-503",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      let calls = 0;
      let unavailable = 0;
      return {
        everyOperation: (next) => (call) => {
          if (++calls % 25 === 0) throw new ServiceError("ServiceUnavailable", "Service unavailable, try again.", 503);
          return next(call);
        },
        respond: (response) =>
          response.status === 503 && ++unavailable % 4 === 0 ? { ...response, headers: { ...response.headers, "retry-after": "1" } } : response,
      };
    },
  },
  {
    description:
      "Eventual consistency: an invitation becomes visible to its invitee (ListInvitations, GetInvitationsCount, declining, deleting, accepting) 300 ms after it was sent.",
    name: "delayed-invitations",
    kind: "tolerant",
    behaviour: () => invitationsVisibleAfter(300),
  },
  {
    description:
      "Eventual consistency of every read: ListInvitations, GetInvitationsCount, GetMembers, ListMembers and GetAdministratorAccount show each account's invitations, members and administrator as they were 150 ms before, so every change shows late and what a change removed lingers; writes act at once.",
    name: "lagging-reads",
    kind: "tolerant",
    behaviour: () =>
      // The hub's own switch is read as it is.
      readsLagBehind<AccountState, EmulatorState>(150, READS, (past, current) => ({ ...past, securityHubEnabled: current.securityHubEnabled })),
  },
  {
    description:
      "DeleteInvitations in the administrator's hands, as today's AWS model words it: the caller withdraws the invitations it sent to the named accounts; an invitee naming the administrators that invited it is answered with every one unprocessed (AWS's earlier models and CLI example have the invitee delete what it received).",
    name: "administrator-deletes-invitations",
    kind: "tolerant",
    behaviour: administratorDeletesInvitations,
  },
  {
    description: "No x-amzn-requestid header: the request id travels as a RequestId member of each success body, which the model does not declare.",
    name: "request-id-in-body",
    kind: "tolerant",
    warnedBy: ["success-shapes/unknown-members"],
    behaviour: (): VariantBehaviour => ({
      respond: (response) => {
        const { "x-amzn-requestid": requestId, ...headers } = response.headers;
        const moved = { ...response, headers };
        return isError(response) || response.body === "" ? moved : rewriteBody(moved, (body) => ({ ...body, RequestId: requestId }));
      },
    }),
  },
  {
    description: "Trailing empty page: every last page that holds anything still carries a NextToken, which leads to an empty page without one.",
    name: "trailing-empty-page",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      const END = "end-of-list";
      const trailing =
        (list: string) =>
        (next: Handler): Handler =>
        (call) => {
          if (call.input.NextToken === END) return { [list]: [] };
          const output = next(call);
          const items = output[list] as unknown[];
          return output.NextToken === undefined && items.length > 0 ? { ...output, NextToken: END } : output;
        };
      return { operations: { ListInvitations: trailing("Invitations"), ListMembers: trailing("Members") } };
    },
  },
  {
    description:
      "Earlier models' casing: member statuses in capitals as those models listed them (CREATED, INVITED, ENABLED …; today's lists Created, Invited …), an invitation's status Pending, the administrator's ENABLED.",
    name: "model-casing",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => ({
      respond: (response, context) => {
        if (context.operation === "ListInvitations" && response.status === 200) {
          return rewriteBody(response, (body) => ({
            ...body,
            Invitations: (body.Invitations as Record<string, any>[]).map((i) => ({ ...i, MemberStatus: "Pending" })),
          }));
        }
        if (context.operation === "GetAdministratorAccount" && response.status === 200) {
          return rewriteBody(response, (body) => (body.Administrator ? { Administrator: { ...body.Administrator, MemberStatus: "ENABLED" } } : body));
        }
        return rewriteMembers(response, context.operation, (m) => ({ ...m, MemberStatus: String(m.MemberStatus).toUpperCase() }));
      },
    }),
  },
  {
    description:
      "Deleted members kept: DeleteMembers leaves a record with status Deleted, which GetMembers shows and ListMembers with OnlyAssociated FALSE lists (the model's DELETED); inviting it again is refused until it is created again.",
    name: "deleted-members-kept",
    kind: "tolerant",
    behaviour: deletedMembersKept,
  },
  {
    description:
      "GetAdministratorAccount shows the relation in any state: the pending invitation (MemberStatus Invited) before it is accepted, and the ended relation (Resigned or Removed) after a disassociation.",
    name: "administrator-shows-relation",
    kind: "tolerant",
    behaviour: administratorShowsRelation,
  },
  {
    description:
      "No administrator is an error: GetAdministratorAccount of an account without one answers 404 ResourceNotFoundException, an error the operation documents.",
    name: "no-administrator-404",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => ({
      operations: {
        GetAdministratorAccount: (next) => (call) => {
          const output = next(call);
          if (!output.Administrator) throw new ServiceError("ResourceNotFoundException", `Account ${call.caller} has no administrator account.`);
          return output;
        },
      },
    }),
  },
  {
    description:
      'Declined invitations counted: GetInvitationsCount counts "all … invitations that were sent", the declined and deleted ones too (never the accepted one).',
    name: "counts-declined-invitations",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      const declined = new Map<string, number>();
      const counting =
        (next: Handler): Handler =>
        (call) => {
          const output = next(call);
          const refused = (output.UnprocessedAccounts as unknown[]).length;
          declined.set(call.caller, (declined.get(call.caller) ?? 0) + (call.input.AccountIds as unknown[]).length - refused);
          return output;
        };
      return {
        operations: {
          DeclineInvitations: counting,
          DeleteInvitations: counting,
          GetInvitationsCount: (next) => (call) => ({ InvitationsCount: (next(call).InvitationsCount as number) + (declined.get(call.caller) ?? 0) }),
        },
      };
    },
  },
  {
    description: "No Email shown: GetMembers and ListMembers leave out the member's Email (the model does not require it).",
    name: "no-email-shown",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => ({
      respond: (response, context) => rewriteMembers(response, context.operation, ({ Email: _email, ...member }) => member),
    }),
  },
];
