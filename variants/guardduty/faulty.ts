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

/** GetMembers' members passed through `change`, as a read that misreports what the state holds. */
function showingMembers(change: (member: Record<string, unknown>) => Record<string, unknown>): Variant<GuardDutyState>["behaviour"] {
  return () => ({
    respond: onSuccessOf("GetMembers", (response) =>
      rewriteBody(response, (body) => ({ ...body, members: (body.members as Record<string, unknown>[]).map(change) })),
    ),
  });
}

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
    breaks: [
      "InviteMembers.model.invites-amazon-web-services-accounts",
      "InviteMembers.model.you-can-now-invoke-this",
      "InviteMembers.model.the-invited-accounts-can-either",
    ],
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
    breaks: ["UnprocessedAccount.model.Result.a-reason-why-the-account"],
    behaviour: wrapping({ DeclineInvitations: mapUnprocessed((entries) => entries.map((e) => ({ ...e, result: "" }))) }),
  },
  {
    description: 'Breaks UnprocessedAccounts, "the unprocessed account": GetMembers lists an account the request did not name beside those it did.',
    name: "guardduty/unprocessed-stranger",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "unprocessed-accounts/entry-from-request",
    breaks: ["UnprocessedAccount.model.AccountId.the-amazon-web-services-account"],
    behaviour: wrapping({ GetMembers: mapUnprocessed((entries) => [...entries, { accountId: "999999999999", result: "Not a member." }]) }),
  },
  {
    description:
      'Breaks DeclineInvitations "Declines invitations sent to the current member account": it reports the decline processed, the invitation stays pending.',
    name: "guardduty/decline-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/decline-removes-invitation",
    breaks: ["DeclineInvitations.model.declines-invitations-sent-to-the"],
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
    breaks: [
      "AcceptAdministratorInvitation.model.accepts-the-invitation-to-be",
      "AcceptAdministratorInvitation.model.input.*.the-*",
      "Invitation.model.InvitationId.the-id-of-the-invitation",
      "Invitation.model.InvitationId.this-value-is-used-to",
    ],
    behaviour: wrapping({ AcceptAdministratorInvitation: () => () => ({}) }),
  },
  {
    description: 'Breaks DisassociateMembers "Disassociates GuardDuty member accounts": it answers 200 and disassociates nobody.',
    name: "guardduty/disassociate-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/disassociate-shows-removed",
    breaks: [
      "DisassociateMembers.model.disassociates-guardduty-member-accounts-from",
      "DisassociateMembers.model.if-you-disassociate-a-member",
      "DisassociateMembers.model.input.AccountIds.a-list-of-account-ids",
      "InviteMembers.model.after-the-invite-has-been",
      "InviteMembers.model.if-you-disassociate-a-member",
      "CreateMembers.model.if-you-disassociate-a-member",
    ],
    behaviour: wrapping({ DisassociateMembers: () => () => ({ unprocessedAccounts: [] }) }),
  },
  {
    description: 'Breaks DeleteMembers "Deletes GuardDuty member accounts": it answers 200 and deletes nobody.',
    name: "guardduty/delete-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/delete-removes-member",
    breaks: ["DeleteMembers.model.deletes-guardduty-member-accounts-to"],
    behaviour: wrapping({ DeleteMembers: () => () => ({ unprocessedAccounts: [] }) }),
  },
  {
    description:
      'Breaks CreateMembers "Creates member accounts of the current Amazon Web Services account": a created member shows as Invited before any invitation.',
    name: "guardduty/created-member-shown-invited",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/created-member-shown",
    breaks: [
      "CreateMembers.model.creates-member-accounts-of-the",
      "CreateMembers.model.input.AccountDetails.a-list-of-account-id",
      "GetMembers.model.retrieves-guardduty-member-accounts-of",
      "GetMembers.model.output.Members.a-list-of-members",
      "Member.model.RelationshipStatus.the-status-of-the-relationship",
    ],
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
    breaks: ["ListInvitations.model.lists-all-guardduty-membership-invitations"],
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
    breaks: ["ListMembers.model.lists-details-about-all-member"],
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
    breaks: [
      "ListMembers.model.input.OnlyAssociated.specifies-whether-to-only-return",
      "ListMembers.model.input.OnlyAssociated.member-accounts-must-have-been",
      "ListMembers.model.output.Members.a-list-of-members",
    ],
    behaviour: wrapping({ ListMembers: (next) => (call) => next({ ...call, input: { ...call.input, onlyAssociated: "true" } }) }),
  },
  {
    description:
      'Breaks NextToken "fill nextToken in the request with the value of NextToken from the previous response": each page repeats the last item of the page before.',
    name: "guardduty/pages-overlap",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "pagination/next-token-complete",
    breaks: [
      "ListMembers.model.input.NextToken.you-can-use-this-parameter",
      "ListMembers.model.input.NextToken.set-the-value-of-this",
      "ListMembers.model.output.NextToken.the-pagination-parameter-to-be",
      "ListInvitations.model.input.NextToken.you-can-use-this-parameter",
      "ListInvitations.model.input.NextToken.set-the-value-of-this",
      "ListInvitations.model.output.NextToken.the-pagination-parameter-to-be",
    ],
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
    breaks: ["GetInvitationsCount.model.returns-the-count-of-all", "GetInvitationsCount.model.output.InvitationsCount.the-number-of-received-invitations"],
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
    breaks: [
      "GetAdministratorAccount.model.provides-the-details-of-the",
      "GetAdministratorAccount.model.when-a-member-account-runs",
      "GetAdministratorAccount.model.output.Administrator.the-administrator-account-details",
      "Administrator.model.AccountId.the-id-of-the-account",
    ],
    behaviour: wrapping({ GetAdministratorAccount: () => () => ({}) }),
  },
  {
    description:
      'Breaks ListDetectors "Lists detectorIds of all the existing Amazon GuardDuty detector resources": it lists none, though CreateDetector made one.',
    name: "guardduty/detector-not-listed",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/activated-account-served",
    breaks: [
      "ListDetectors.model.lists-detectorids-of-all-the",
      "ListDetectors.model.output.DetectorIds.a-list-of-detector-ids",
      "CreateDetector.model.creates-a-single-guardduty-detector",
      "CreateDetector.model.a-detector-is-a-resource",
      "CreateDetector.model.to-start-using-guardduty-you",
      "CreateDetector.model.output.DetectorId.the-unique-id-of-the",
    ],
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
  {
    description: 'Breaks DeleteInvitations "Deletes invitations sent to the current member account": it reports the invitations deleted, and they stay.',
    name: "guardduty/delete-invitations-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/decline-removes-invitation",
    breaks: ["DeleteInvitations.model.deletes-invitations-sent-to-the"],
    behaviour: wrapping({
      DeleteInvitations: (next) => (call) => {
        const kept = new Map(call.state.account(call.caller).invitations);
        const output = next(call);
        for (const [administrator, invitation] of kept) call.state.account(call.caller).invitations.set(administrator, invitation);
        return output;
      },
    }),
  },
  {
    description:
      'Breaks DisassociateFromAdministratorAccount "Disassociates the current GuardDuty member account from its administrator account": it answers 200 and the member stays associated.',
    name: "guardduty/resign-without-effect",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/resign-shows-resigned",
    breaks: [
      "DisassociateFromAdministratorAccount.model.disassociates-the-current-guardduty-member",
      "DisassociateFromAdministratorAccount.model.input.DetectorId.the-*",
    ],
    behaviour: wrapping({ DisassociateFromAdministratorAccount: () => () => ({}) }),
  },
  {
    description:
      'Breaks DeleteDetector "Deletes an Amazon GuardDuty detector that is specified by the detector ID": it refuses every call with 400 BadRequestException.',
    name: "guardduty/delete-detector-refused",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "status-codes/valid-input-accepted",
    breaks: ["DeleteDetector.model.deletes-an-amazon-guardduty-detector"],
    behaviour: wrapping({
      DeleteDetector: () => () => {
        throw new ServiceError("BadRequestException", "The request is rejected.", 400);
      },
    }),
  },
  {
    description: 'Breaks Member.Email "The email address of the member account": GetMembers shows each member with an address it was not given.',
    name: "guardduty/member-email-wrong",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/created-member-shown",
    breaks: ["Member.model.Email.the-email-address-of-the", "AccountDetail.model.Email.the-email-address-of-the"],
    behaviour: showingMembers((m) => ({ ...m, email: "someone.else@example.com" })),
  },
  {
    description:
      'Breaks Member.AdministratorId and MasterId "The administrator account ID": GetMembers shows each member under an administrator that is not the caller.',
    name: "guardduty/member-administrator-wrong",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/created-member-shown",
    breaks: ["Member.model.AdministratorId.the-administrator-account-id", "Member.model.MasterId.the-administrator-account-id"],
    behaviour: showingMembers((m) => ({ ...m, administratorId: "999999999999", masterId: "999999999999" })),
  },
  {
    description: 'Breaks Member.AccountId "The ID of the member account": GetMembers shows each member under another account\'s id.',
    name: "guardduty/member-id-wrong",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/created-member-shown",
    breaks: ["Member.model.AccountId.the-id-of-the-member", "AccountDetail.model.AccountId.the-member-account-id"],
    behaviour: showingMembers((m) => ({ ...m, accountId: String(m.accountId).replace(/.$/, (d) => String((Number(d) + 1) % 10)) })),
  },
  {
    description:
      'Breaks MaxResults "the maximum number of items that you want in the response": ListMembers and ListInvitations answer one item more than asked for.',
    name: "guardduty/page-too-long",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "pagination/page-within-max-results",
    breaks: ["ListMembers.model.input.MaxResults.you-can-use-this-parameter", "ListInvitations.model.input.MaxResults.you-can-use-this-parameter"],
    behaviour: () => {
      const longer: Wrap = (next) => (call) =>
        call.input.maxResults === undefined ? next(call) : next({ ...call, input: { ...call.input, maxResults: Number(call.input.maxResults) + 1 } });
      return { operations: { ListMembers: longer, ListInvitations: longer } };
    },
  },
  {
    description:
      'Breaks DeleteMembers unprocessedAccounts, "The accounts that could not be processed", listing each once: DeleteMembers lists every unprocessed account twice.',
    name: "guardduty/delete-unprocessed-twice",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "unprocessed-accounts/no-duplicates",
    breaks: ["DeleteMembers.model.output.UnprocessedAccounts.the-accounts-that-could-not"],
    behaviour: wrapping({ DeleteMembers: mapUnprocessed((entries) => entries.flatMap((e) => [e, e])) }),
  },
  {
    description: 'Breaks ListInvitations invitations, "A list of invitation descriptions": it lists none, while GetInvitationsCount counts the pending ones.',
    name: "guardduty/invitations-not-listed",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/pending-invitation-listed",
    breaks: ["ListInvitations.model.output.Invitations.a-list-of-invitation-descriptions"],
    behaviour: wrapping({ ListInvitations: () => () => ({ invitations: [] }) }),
  },
  {
    description: 'Breaks Invitation.AccountId "The ID of the account that the invitation was sent from": ListInvitations names the invitee instead.',
    name: "guardduty/invitation-from-invitee",
    kind: "faulty",
    service: "guardduty",
    caughtBy: "state/pending-invitation-listed",
    breaks: ["Invitation.model.AccountId.the-id-of-the-account"],
    behaviour: wrapping({
      ListInvitations: (next) => (call) => {
        const output = next(call);
        return { ...output, invitations: (output.invitations as Record<string, unknown>[]).map((i) => ({ ...i, accountId: call.caller })) };
      },
    }),
  },
];
