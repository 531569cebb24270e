/**
 * The checks as Amazon Macie's documentation states them, for a run that certifies it for protocol and shapes only
 * (./macie2.ts): the syntax of the structures nested in its inputs and answers, each enforced as its operation's own
 * input or output syntax is. The rules keep their service-neutral words: the suite holds no API reference page of
 * Macie's, and its model's errors (ValidationException 400, ConflictException 409 …) are named by the checks as they
 * meet them. Every other statement of ../macie2.statements.json says more than protocol and shapes (who may invite
 * whom, what a status means, what a member sees) and is untested as beyond what such a run plays
 * (checks/service-checks.ts BEYOND_PROTOCOL) until the suite plays Macie's family (./README.md).
 */
import type { ServiceCheckTexts } from "../check-texts.ts";

/** CreateMember's `account`: judged as its input is. */
const NESTED_INPUT_SYNTAX = ["AccountDetail.model.*.syntax"];
/** ListInvitations' invitations, GetMember's and ListMembers' members, the batch calls' unprocessed accounts: judged as their answers are. */
const NESTED_OUTPUT_SYNTAX = ["Invitation.model.*.syntax", "Member.model.*.syntax", "UnprocessedAccount.model.*.syntax"];

export const MACIE_CHECKS: ServiceCheckTexts = {
  checks: {
    "status-codes/no-5xx-for-valid-input": { statements: NESTED_INPUT_SYNTAX },
    "status-codes/model-constraint-enforced": { statements: NESTED_INPUT_SYNTAX },
    "success-shapes/schema": { statements: NESTED_OUTPUT_SYNTAX },
  },
  untested: [],
};
