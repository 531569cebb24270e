/** Faults at the edges of valid input: valid values refused, malformed ones served, batches that break at a size. */
import { ServiceError, type Handler } from "../../emulator/index.ts";
import { lenientOn } from "../tolerant.ts";
import type { Variant } from "../variant.ts";

/** Refuses a call with 400 InvalidInputException when `refuses` says so, else answers as the reference. */
const refusing =
  (refuses: (input: Record<string, unknown>) => boolean, message: string) =>
  (next: Handler): Handler =>
  (call) => {
    if (refuses(call.input)) throw new ServiceError("InvalidInputException", message);
    return next(call);
  };

/** Fails with 500 InternalException on a batch of `size` ids or more, else answers as the reference. */
const crashingFrom =
  (size: number) =>
  (next: Handler): Handler =>
  (call) => {
    if ((call.input.AccountIds as unknown[]).length >= size) throw new ServiceError("InternalException", "Internal server error.");
    return next(call);
  };

export const VALID_INPUT_FAULTS: Variant[] = [
  {
    description:
      'Breaks MaxResults "range 1–50" from the top: ListInvitations and ListMembers refuse MaxResults 50, the model\'s maximum, with 400 InvalidInputException.',
    name: "max-results-50-refused",
    kind: "faulty",
    caughtBy: "status-codes/valid-input-accepted",
    breaks: ["*.input.MaxResults.syntax"],
    behaviour: () => {
      const refuse = refusing((input) => input.MaxResults === 50, "MaxResults must be less than 50.");
      return { operations: { ListInvitations: refuse, ListMembers: refuse } };
    },
  },
  {
    description:
      'Breaks NextToken "set the value of this parameter to the value returned from the previous response": ListMembers refuses every NextToken, its own included, with 400 InvalidInputException.',
    name: "own-next-token-refused",
    kind: "faulty",
    caughtBy: "status-codes/valid-input-accepted",
    breaks: ["ListMembers.model.input.NextToken.for-subsequent-*", "ListMembers.model.input.NextToken.syntax"],
    behaviour: () => ({ operations: { ListMembers: refusing((input) => input.NextToken !== undefined, "The NextToken is not valid.") } }),
  },
  {
    description:
      "Breaks restJson1's malformed query values (Smithy's RestJsonQueryIntegerMalformedValueRejected, RestJsonQueryBooleanStringCoercion): a MaxResults or OnlyAssociated that does not parse is ignored, and the default page served with 200.",
    name: "malformed-query-values-served",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: ["ListMembers.model.errors.InvalidInputException", "ListInvitations.model.errors.InvalidInputException"],
    behaviour: () => lenientOn((violation) => violation.rule === "malformed-value"),
  },
  {
    description: 'Breaks "InternalException: Internal server error" being exceptional, for larger batches: InviteMembers fails with 500 on five ids or more.',
    name: "five-ids-crash-invite",
    kind: "faulty",
    caughtBy: "status-codes/no-5xx-for-valid-input",
    breaks: ["InviteMembers.model.input.AccountIds.syntax", "InviteMembers.page.AccountIds.type", "InviteMembers.page.request-syntax"],
    behaviour: () => ({ operations: { InviteMembers: crashingFrom(5) } }),
  },
  {
    description:
      'Breaks "InternalException: Internal server error" being exceptional, for larger batches: DisassociateMembers fails with 500 on ten ids or more.',
    name: "ten-ids-crash-disassociate",
    kind: "faulty",
    caughtBy: "status-codes/no-5xx-for-valid-input",
    breaks: ["DisassociateMembers.model.input.AccountIds.syntax"],
    behaviour: () => ({ operations: { DisassociateMembers: crashingFrom(10) } }),
  },
];
