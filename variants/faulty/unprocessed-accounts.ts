/** Faults in UnprocessedAccounts. */
import type { Variant } from "../variant.ts";
import { mapUnprocessed } from "../wire-rewrites.ts";

export const UNPROCESSED_ACCOUNTS_FAULTS: Variant[] = [
  {
    description: 'Breaks "each AccountId is one the request sent, exactly as sent": InviteMembers reports unprocessed ids with leading zeros stripped.',
    name: "unprocessed-id-altered",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/entry-from-request",
    breaks: ["Result.model.AccountId.an-*"],
    behaviour: () => ({
      operations: {
        InviteMembers: mapUnprocessed((entries) =>
          entries.map((e) => ({ ...e, AccountId: /^\d+$/.test(e.AccountId) ? String(Number(e.AccountId)) : `${e.AccountId}-x` })),
        ),
      },
    }),
  },
  {
    description: 'Breaks "UnprocessedAccounts lists each account that could not be processed" once: DeclineInvitations lists every unprocessed account twice.',
    name: "unprocessed-duplicated",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/no-duplicates",
    breaks: ["DeclineInvitations.*.UnprocessedAccounts.the-list-of-*"],
    behaviour: () => ({ operations: { DeclineInvitations: mapUnprocessed((entries) => entries.flatMap((e) => [e, e])) } }),
  },
  {
    description: 'Breaks "ProcessingResult: the reason that the account was not processed": reasons are blank.',
    name: "blank-processing-result",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/processing-result",
    breaks: ["Result.model.ProcessingResult.*"],
    behaviour: () => ({ operations: { InviteMembers: mapUnprocessed((entries) => entries.map((e) => ({ ...e, ProcessingResult: " " }))) } }),
  },
  {
    description: 'Breaks "you must first use the CreateMembers action": InviteMembers reports non-members as processed (it drops them silently).',
    name: "ineligible-reported-processed",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/ineligible-reported",
    breaks: ["InviteMembers.*.before-you-can-use-this", "InviteMembers.model.input.AccountIds.the-list-of-*"],
    behaviour: () => ({ operations: { InviteMembers: mapUnprocessed(() => []) } }),
  },
  {
    description:
      'Breaks "UnprocessedAccounts lists only the accounts that could not be processed": DeclineInvitations also lists the administrators whose invitations it declined.',
    name: "eligible-reported-unprocessed",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/eligible-processed",
    breaks: ["DeclineInvitations.*.UnprocessedAccounts.the-list-of-*"],
    behaviour: () => ({
      operations: {
        DeclineInvitations: mapUnprocessed((entries, call) => {
          const listed = new Set(entries.map((e) => e.AccountId));
          return [
            ...entries,
            ...(call.input.AccountIds as string[]).filter((id) => !listed.has(id)).map((AccountId) => ({ AccountId, ProcessingResult: "Declined." })),
          ];
        }),
      },
    }),
  },
];

export const MORE_UNPROCESSED_ACCOUNTS_FAULTS: Variant[] = [
  {
    description: 'Breaks "each AccountId is one the request sent": GetMembers adds an entry for an account the request never named.',
    name: "extra-unprocessed-entry",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/entry-from-request",
    breaks: ["GetMembers.model.output.UnprocessedAccounts.the-list-of-*"],
    behaviour: () => ({
      operations: { GetMembers: mapUnprocessed((entries) => [...entries, { AccountId: "999999999999", ProcessingResult: "Unknown account." }]) },
    }),
  },
];
