/** Faults in success shapes. */
import type { WireResponse } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { rewriteBody } from "../wire-rewrites.ts";

const onSuccess =
  (operation: string, change: (response: WireResponse) => WireResponse): Variant["behaviour"] =>
  () => ({
    respond: (response, context) => (context.operation === operation && response.status === 200 ? change(response) : response),
  });

export const SUCCESS_SHAPE_FAULTS: Variant[] = [
  {
    description: 'Breaks "the service sends back an HTTP 200 response": InviteMembers succeeds with 202.',
    name: "wrong-success-code",
    kind: "faulty",
    caughtBy: "success-shapes/success-status",
    breaks: ["InviteMembers.model.http", "InviteMembers.page.if-the-action-is-successful"],
    behaviour: onSuccess("InviteMembers", (r) => ({ ...r, status: 202 })),
  },
  {
    description: "Breaks Response Syntax (a JSON object with UnprocessedAccounts): DeclineInvitations succeeds with an empty body.",
    name: "empty-success-body",
    kind: "faulty",
    caughtBy: "success-shapes/json-body",
    breaks: ["DeclineInvitations.page.response-syntax", "DeclineInvitations.page.the-following-data-is-returned"],
    behaviour: onSuccess("DeclineInvitations", (r) => ({ ...r, body: "" })),
  },
  {
    description: 'Breaks Response Syntax\'s "Content-type: application/json": GetMembers answers text/plain.',
    name: "success-content-type",
    kind: "faulty",
    caughtBy: "success-shapes/content-type",
    behaviour: onSuccess("GetMembers", (r) => ({ ...r, headers: { ...r.headers, "content-type": "text/plain" } })),
  },
  {
    description: "Breaks Result.AccountId being a string: InviteMembers sends unprocessed account ids as numbers.",
    name: "wrong-member-type",
    kind: "faulty",
    caughtBy: "success-shapes/schema",
    breaks: ["Result.model.AccountId.syntax", "InviteMembers.page.response-syntax"],
    behaviour: onSuccess("InviteMembers", (r) =>
      rewriteBody(r, (body) => ({
        UnprocessedAccounts: (body.UnprocessedAccounts ?? []).map((e: { AccountId: string }) => ({ ...e, AccountId: Number(e.AccountId) || 0 })),
      })),
    ),
  },
  {
    description:
      'Breaks UnprocessedAccounts being "Array of Result objects": CreateMembers and InviteMembers answer "UnprocessedAccounts": "none" (scenarios reading it must report it, not crash).',
    name: "unprocessed-not-a-list",
    kind: "faulty",
    caughtBy: "success-shapes/schema",
    breaks: [
      "CreateMembers.model.output.UnprocessedAccounts.syntax",
      "InviteMembers.model.output.UnprocessedAccounts.syntax",
      "InviteMembers.page.UnprocessedAccounts.type",
    ],
    behaviour: () => ({
      respond: (response, context) =>
        (context.operation === "CreateMembers" || context.operation === "InviteMembers") && response.status === 200
          ? rewriteBody(response, (body) => ({ ...body, UnprocessedAccounts: "none" }))
          : response,
    }),
  },
  {
    description: 'Breaks the member names of InviteMembersResponse: the list is sent as "unprocessedAccounts" (wrong case), which clients ignore.',
    name: "wrong-member-name",
    kind: "faulty",
    caughtBy: "unprocessed-accounts/ineligible-reported",
    breaks: ["InviteMembers.*.UnprocessedAccounts.the-list-of-*"],
    behaviour: onSuccess("InviteMembers", (r) => rewriteBody(r, (body) => ({ unprocessedAccounts: body.UnprocessedAccounts }))),
  },
];
