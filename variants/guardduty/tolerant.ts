/**
 * Tolerant GuardDuty emulators: each makes a choice GuardDuty's documentation leaves open, or answers as GuardDuty
 * itself is seen to, and must be certified. Where the real service does otherwise than the reference emulator, the
 * suite must not call it wrong.
 */
import type { GuardDutyAccount, GuardDutyHandler, GuardDutyState } from "../../emulator/index.ts";
import { badRequest } from "../../emulator/guardduty/errors.ts";
import { readsLagBehind } from "../lagging-reads.ts";
import type { Variant } from "../variant.ts";
import { onSuccessOf, rewriteBody } from "../wire-rewrites.ts";

/** GuardDuty's operations that only read. */
const GUARDDUTY_READS = ["ListInvitations", "GetInvitationsCount", "GetMembers", "ListMembers", "GetAdministratorAccount", "ListDetectors"];

/** The accounts a batch call of the caller's names that its own member list already holds with one of `statuses`. */
const membersAmong = (call: Parameters<GuardDutyHandler>[0], ids: readonly string[], statuses: readonly string[]): Set<string> => {
  const members = call.state.account(call.caller).members;
  return new Set(ids.filter((id) => statuses.includes(members.get(id)?.status ?? "")));
};

/** The call with the accounts of `refused` left out of its `list` input, and each listed unprocessed for `reason`. */
const refusing =
  (list: "accountIds" | "accountDetails", refused: (call: Parameters<GuardDutyHandler>[0]) => Set<string>, reason: string) =>
  (next: GuardDutyHandler): GuardDutyHandler =>
  (call) => {
    const items = call.input[list] as ({ accountId: string } | string)[];
    const idOf = (item: { accountId: string } | string): string => (typeof item === "string" ? item : item.accountId);
    const out = refused({ ...call, input: { ...call.input, accountIds: items.map(idOf) } });
    if (out.size === 0) return next(call);
    const output = next({ ...call, input: { ...call.input, [list]: items.filter((item) => !out.has(idOf(item))) } });
    const unprocessed = [...((output.unprocessedAccounts as unknown[]) ?? []), ...[...out].map((accountId) => ({ accountId, result: reason }))];
    return { ...output, unprocessedAccounts: unprocessed };
  };

export const GUARDDUTY_TOLERANT: Variant<GuardDutyState>[] = [
  {
    description:
      'CreateMembers naming an account that is a member already lists it unprocessed ("The request is rejected because the current account has already a member or associated member", as GuardDuty answers, cloud-custodian#3209): the documentation is silent on creating a member twice.',
    name: "guardduty/existing-member-unprocessed",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () => ({
      operations: {
        CreateMembers: refusing(
          "accountDetails",
          (call) => membersAmong(call, call.input.accountIds as string[], ["Created", "Invited", "Enabled", "Removed", "Resigned"]),
          "The request is rejected because the current account has already a member or associated member.",
        ),
      },
    }),
  },
  {
    description:
      "InviteMembers naming a member it has invited already lists it unprocessed, as GuardDuty is seen to (cloud-custodian#3209): the documentation is silent on inviting twice.",
    name: "guardduty/reinvite-unprocessed",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () => ({
      operations: {
        InviteMembers: refusing(
          "accountIds",
          (call) => membersAmong(call, call.input.accountIds as string[], ["Invited"]),
          "The request is rejected because the account has already been invited.",
        ),
      },
    }),
  },
  {
    description:
      'GetAdministratorAccount with no administrator answers an empty body: "it will return success (HTTP 200) but no content", read to the letter (the reference answers {}).',
    name: "guardduty/administrator-no-content",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () => ({
      respond: onSuccessOf("GetAdministratorAccount", (response) => {
        const body = Buffer.from(response.body).toString("utf8");
        return body === "{}" ? { ...response, body: "", headers: { ...response.headers, "content-length": "0" } } : response;
      }),
    }),
  },
  {
    description:
      'Errors carry their cause as __type beside the message, as GuardDuty\'s wire does ({"message":"…","__type":"InvalidInputException"}, boto/boto3#3890), not the model\'s type member; the x-amzn-ErrorType header names the error.',
    name: "guardduty/error-cause-as-__type",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () => ({
      respond: (response) => (response.status < 400 ? response : rewriteBody(response, (body) => ({ message: body.message, __type: body.type }))),
    }),
  },
  {
    description:
      'ListMembers without onlyAssociated lists every member: the model states no default ("Specifies whether to only return associated members or to return all members"), and the reference reads it as associated only.',
    name: "guardduty/every-member-by-default",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () => ({
      operations: {
        ListMembers: (next) => (call) => next(call.input.onlyAssociated === undefined ? { ...call, input: { ...call.input, onlyAssociated: "false" } } : call),
      },
    }),
  },
  {
    description:
      'CreateDetector refuses features naming both EKS_RUNTIME_MONITORING and RUNTIME_MONITORING with 400 BadRequestException, as its documentation says it "will cause an error" (the model cannot state it).',
    name: "guardduty/runtime-monitoring-exclusive",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () => ({
      operations: {
        CreateDetector: (next) => (call) => {
          const names = ((call.input.features as { name?: string }[] | undefined) ?? []).map((f) => f.name);
          if (names.includes("EKS_RUNTIME_MONITORING") && names.includes("RUNTIME_MONITORING"))
            throw badRequest("The request is rejected because EKS_RUNTIME_MONITORING and RUNTIME_MONITORING cannot both be specified.");
          return next(call);
        },
      },
    }),
  },
  {
    description:
      "Eventual consistency of every read: ListInvitations, GetInvitationsCount, GetMembers, ListMembers and GetAdministratorAccount show each account's invitations, members and administrator as they were 150 ms before; writes act at once.",
    name: "guardduty/lagging-reads",
    kind: "tolerant",
    service: "guardduty",
    behaviour: () =>
      // The detector is read as it is: the lag is of what the membership operations change.
      readsLagBehind<GuardDutyAccount, GuardDutyState>(150, GUARDDUTY_READS, (past, current) => ({ ...past, detector: current.detector })),
  },
];
