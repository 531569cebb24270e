/**
 * Faulty GuardDuty emulators: each breaks one rule of GuardDuty's documentation, in GuardDuty's wire names, and must be
 * caught by the check that enforces it when the suite plays GuardDuty through its descriptor (`--service guardduty`).
 * They prove that the checks written against Security Hub judge GuardDuty's answers too, not merely pass them.
 */
import { ServiceError, type GuardDutyHandler, type GuardDutyState } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { onSuccessOf, rewriteBody } from "../wire-rewrites.ts";

/** A handler wrapper of GuardDuty's. */
type Wrap = (next: GuardDutyHandler) => GuardDutyHandler;

/** A GuardDuty variant wrapping some of its operations' handlers. */
function wrapping(operations: Record<string, Wrap>): Variant<GuardDutyState>["behaviour"] {
  return () => ({ operations });
}

/** The handler as the reference runs it, with `undo` run on the state after it: the call answers, its effect is gone. */
const withoutEffect =
  (undo: (call: Parameters<GuardDutyHandler>[0], output: Record<string, unknown>) => void): Wrap =>
  (next) =>
  (call) => {
    const output = next(call);
    undo(call, output);
    return output;
  };

/** The account ids of the call's `accountIds`, or of `accountDetails`. */
const named = (input: Record<string, any>): string[] =>
  Array.isArray(input.accountIds)
    ? input.accountIds
    : Array.isArray(input.accountDetails)
      ? input.accountDetails.map((d: { accountId: string }) => d.accountId)
      : [];

/** The unprocessed entries of a batch answer passed through `change`. */
const mapUnprocessed =
  (change: (entries: { accountId: string; result: string }[]) => unknown[]): Wrap =>
  (next) =>
  (call) => {
    const output = next(call);
    return Array.isArray(output.unprocessedAccounts) ? { ...output, unprocessedAccounts: change(output.unprocessedAccounts) } : output;
  };

export const GUARDDUTY_FAULTS: Variant<GuardDutyState>[] = [
  {
    description: 'Breaks InviteMembers "Invites Amazon Web Services accounts to become members": it reports the members processed but sends no invitation.',
    name: "guardduty/invite-without-invitation",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/invite-visible-to-invitee",
    behaviour: wrapping({
      InviteMembers: withoutEffect((call) => {
        for (const id of named(call.input)) call.state.account(id).invitations.delete(call.caller);
      }),
    }),
  },
  {
    description:
      'Breaks UnprocessedAccount "a result string that explains why it was unprocessed": InviteMembers lists no account unprocessed, dropping those it cannot invite in silence.',
    name: "guardduty/invite-unprocessed-dropped",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "unprocessed-accounts/ineligible-reported",
    behaviour: wrapping({ InviteMembers: mapUnprocessed(() => []) }),
  },
  {
    description: 'Breaks UnprocessedAccount.Result "A reason why the account hasn\'t been processed": DeclineInvitations lists accounts with an empty result.',
    name: "guardduty/result-empty",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "unprocessed-accounts/processing-result",
    behaviour: wrapping({ DeclineInvitations: mapUnprocessed((entries) => entries.map((e) => ({ ...e, result: "" }))) }),
  },
  {
    description: 'Breaks UnprocessedAccounts, "the unprocessed account": GetMembers lists an account the request did not name beside those it did.',
    name: "guardduty/unprocessed-stranger",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "unprocessed-accounts/entry-from-request",
    behaviour: wrapping({ GetMembers: mapUnprocessed((entries) => [...entries, { accountId: "999999999999", result: "Not a member." }]) }),
  },
  {
    description:
      'Breaks DeclineInvitations "Declines invitations sent to the current member account": it reports the decline processed, the invitation stays pending.',
    name: "guardduty/decline-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/decline-removes-invitation",
    behaviour: wrapping({
      DeclineInvitations: (next) => (call) => {
        const kept = new Map(call.state.account(call.caller).invitations);
        const output = next(call);
        for (const [administrator, invitation] of kept) call.state.account(call.caller).invitations.set(administrator, invitation);
        return output;
      },
    }),
  },
  {
    description: 'Breaks AcceptAdministratorInvitation "Accepts the invitation to be a member account": it answers 200 and the member stays Invited.',
    name: "guardduty/accept-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/accept-associates",
    behaviour: wrapping({ AcceptAdministratorInvitation: () => () => ({}) }),
  },
  {
    description: 'Breaks DisassociateMembers "Disassociates GuardDuty member accounts": it answers 200 and disassociates nobody.',
    name: "guardduty/disassociate-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/disassociate-shows-removed",
    behaviour: wrapping({ DisassociateMembers: () => () => ({ unprocessedAccounts: [] }) }),
  },
  {
    description: 'Breaks DeleteMembers "Deletes GuardDuty member accounts": it answers 200 and deletes nobody.',
    name: "guardduty/delete-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/delete-removes-member",
    behaviour: wrapping({ DeleteMembers: () => () => ({ unprocessedAccounts: [] }) }),
  },
  {
    description:
      'Breaks CreateMembers "Creates member accounts of the current Amazon Web Services account": a created member shows as Invited before any invitation.',
    name: "guardduty/created-member-shown-invited",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/created-member-shown",
    behaviour: () => ({
      respond: onSuccessOf("GetMembers", (response) =>
        rewriteBody(response, (body) => ({
          ...body,
          members: (body.members as Record<string, unknown>[]).map((m) => (m.relationshipStatus === "Created" ? { ...m, relationshipStatus: "Invited" } : m)),
        })),
      ),
    }),
  },
  {
    description:
      'Breaks ListInvitations "Lists all GuardDuty membership invitations that were sent to the current Amazon Web Services account": it lists every account\'s.',
    name: "guardduty/invitations-of-others-listed",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "isolation/list-only-own-invitations",
    behaviour: wrapping({
      ListInvitations: () => (call) => ({
        invitations: [...call.state.all()].flatMap((account) =>
          [...account.invitations.values()].map((i) => ({ accountId: i.administratorId, invitationId: i.invitationId, relationshipStatus: "Invited" })),
        ),
      }),
    }),
  },
  {
    description:
      'Breaks ListMembers "Lists details about all member accounts for the current GuardDuty administrator account": it lists every administrator\'s members.',
    name: "guardduty/members-of-others-listed",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "isolation/members-per-administrator",
    behaviour: wrapping({
      ListMembers: () => (call) => ({
        members: [...call.state.all()].flatMap((account) =>
          [...account.members.values()].map((m) => ({
            accountId: m.accountId,
            masterId: account.id,
            email: m.email ?? "",
            relationshipStatus: m.status,
            updatedAt: m.updatedAt.toISOString(),
          })),
        ),
      }),
    }),
  },
  {
    description:
      'Breaks ListMembers OnlyAssociated "or to return all members (including members who haven\'t been invited yet…)": "false" lists only associated members.',
    name: "guardduty/only-associated-always",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/only-associated-filter",
    behaviour: wrapping({ ListMembers: (next) => (call) => next({ ...call, input: { ...call.input, onlyAssociated: "true" } }) }),
  },
  {
    description:
      'Breaks NextToken "fill nextToken in the request with the value of NextToken from the previous response": each page repeats the last item of the page before.',
    name: "guardduty/pages-overlap",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "pagination/next-token-complete",
    behaviour: () => {
      const lastOf = new Map<string, unknown>();
      const overlapping =
        (list: string): Wrap =>
        (next) =>
        (call) => {
          const output = next(call);
          const items = output[list] as unknown[];
          const token = call.input.nextToken as string | undefined;
          const repeated = token !== undefined && lastOf.has(token) ? [lastOf.get(token), ...items] : items;
          if (typeof output.nextToken === "string" && items.length > 0) lastOf.set(output.nextToken, items.at(-1));
          return { ...output, [list]: repeated };
        };
      return { operations: { ListMembers: overlapping("members"), ListInvitations: overlapping("invitations") } };
    },
  },
  {
    description:
      'Breaks GetInvitationsCount "the count of all GuardDuty membership invitations that were sent to the current member account except the currently accepted invitation": it counts the accepted one.',
    name: "guardduty/count-includes-accepted",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/count-excludes-accepted",
    behaviour: wrapping({
      GetInvitationsCount: (next) => (call) => {
        const output = next(call);
        return call.state.account(call.caller).administrator ? { invitationsCount: (output.invitationsCount as number) + 1 } : output;
      },
    }),
  },
  {
    description:
      'Breaks GetAdministratorAccount "When a member account runs this API, it will return the details of the GuardDuty administrator account": it answers no content to members too.',
    name: "guardduty/administrator-not-shown",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/administrator-shown",
    behaviour: wrapping({ GetAdministratorAccount: () => () => ({}) }),
  },
  {
    description:
      'Breaks ListDetectors "Lists detectorIds of all the existing Amazon GuardDuty detector resources": it lists none, though CreateDetector made one.',
    name: "guardduty/detector-not-listed",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/activated-account-served",
    behaviour: wrapping({ ListDetectors: () => () => ({ detectorIds: [] }) }),
  },
  {
    description: "Breaks InternalServerErrorException as an answer to valid input: InviteMembers fails with a 500 for a batch of two accounts.",
    name: "guardduty/two-ids-crash-invite",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "status-codes/no-5xx-for-valid-input",
    behaviour: wrapping({
      InviteMembers: (next) => (call) => {
        if (named(call.input).length === 2) throw new ServiceError("InternalServerErrorException", "Internal server error.");
        return next(call);
      },
    }),
  },
  {
    description:
      'Breaks InviteMembers "To invite Amazon Web Services accounts, the first step is to ensure that GuardDuty has been enabled": any detector id is taken as the caller\'s.',
    name: "guardduty/members-without-detector",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "status-codes/activation-required",
    behaviour: () => ({
      everyOperation: (next) => (call) => {
        const account = call.state.account(call.caller);
        if (account.detector || call.input.DetectorId === undefined) return next(call);
        // The caller is taken to own whatever detector its path names, as if it had made it.
        account.detector = { id: call.input.DetectorId as string, clientToken: undefined, createdAt: call.now };
        try {
          return next(call);
        } finally {
          account.detector = undefined;
        }
      },
    }),
  },
  {
    description:
      "Breaks restJson1's rule that a query value which does not parse as its member's type is a client error: maxResults=abc is served as if absent.",
    name: "guardduty/malformed-query-values-served",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "status-codes/invalid-input-rejected",
    behaviour: () => ({
      tolerate: (violation) => violation.rule === "malformed-value",
      everyOperation: (next) => (call) => {
        const input = { ...call.input };
        for (const { at } of call.violations) delete input[at.slice(1)];
        return next({ ...call, input, violations: [] });
      },
    }),
  },
  {
    description: 'Breaks CreateMembers "HTTP 200" success: it answers 201.',
    name: "guardduty/created-201",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "success-shapes/success-status",
    behaviour: () => ({ respond: onSuccessOf("CreateMembers", (response) => ({ ...response, status: 201 })) }),
  },
  {
    description: "Breaks the error shape BadRequestException {message, type}: errors carry neither an x-amzn-ErrorType header nor a type in the body.",
    name: "guardduty/error-unnamed",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "error-shapes/named",
    behaviour: () => ({
      respond: (response) => {
        if (response.status < 400) return response;
        const { "x-amzn-errortype": _type, ...headers } = response.headers;
        return rewriteBody({ ...response, headers }, (body) => ({ message: body.message }));
      },
    }),
  },
];
