/** Correct implementations that make choices the documentation leaves open: the suite must certify every one. */
import { ServiceError, type Handler } from "../emulator/index.ts";
import type { Variant, VariantBehaviour } from "./variant.ts";
import { isError, mapUnprocessed, rewriteBody } from "./wire-rewrites.ts";

const BATCH_OPERATIONS = ["InviteMembers", "DeclineInvitations", "DeleteInvitations", "GetMembers", "DeleteMembers", "DisassociateMembers"];

export const TOLERANT_VARIANTS: Variant[] = [
  {
    description: "Strict input and terse wire: an empty AccountIds or an id that is not 12 digits is answered 400; empty UnprocessedAccounts is omitted; errors are named only by a namespaced body __type with a lowercase message.",
    name: "strict-input-terse-wire",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      const strict = (next: Handler): Handler => (call) => {
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
    description: "Lenient lifecycle: re-inviting an associated member is processed as a no-op; pages hold at most 2 items whatever MaxResults says; after a decline the administrator sees the member as Created; UnprocessedAccounts come in reverse order with other texts.",
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
        ListInvitations: (next) => (call) => next({ ...call, input: { ...call.input, MaxResults: Math.min((call.input.MaxResults as number | undefined) ?? 50, 2) } }),
        ListMembers: (next) => (call) => next({ ...call, input: { ...call.input, MaxResults: Math.min((call.input.MaxResults as number | undefined) ?? 50, 2) } }),
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
      everyOperation: mapUnprocessed((entries) => [...entries].reverse().map((e) => ({ ...e, ProcessingResult: `Skipped: ${e.ProcessingResult.toLowerCase()}` }))),
    }),
  },
  {
    description: "Throttling: every fourth call is refused before it runs, with 429 LimitExceededException where the operation documents it and 400 ThrottlingException elsewhere.",
    name: "throttles-every-fourth-call",
    kind: "tolerant",
    behaviour: (): VariantBehaviour => {
      let calls = 0;
      return {
        everyOperation: (next, operation) => (call) => {
          if (++calls % 4 === 0) {
            // DeclineInvitations is the one operation of the family whose errors leave out LimitExceededException.
            throw operation === "DeclineInvitations" ? new ServiceError("ThrottlingException", "Rate exceeded.") : new ServiceError("LimitExceededException", "Rate exceeded.");
          }
          return next(call);
        },
      };
    },
  },
];
