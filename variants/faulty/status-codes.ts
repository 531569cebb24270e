/** Faults in status codes. */
import { ServiceError } from "../../emulator/index.ts";
import { lenientOnModelConstraints } from "../tolerant.ts";
import type { Variant } from "../variant.ts";
import { rewriteBody } from "../wire-rewrites.ts";

export const STATUS_CODE_FAULTS: Variant[] = [
  {
    description: 'Breaks "ListInvitations … HTTP Status Code": answers 418 when the caller has no invitation, a status the operation does not document.',
    name: "undocumented-status",
    kind: "faulty",
    caughtBy: "status-codes/documented-status",
    breaks: ["ListInvitations.model.errors.InvalidInputException"],
    behaviour: () => ({
      operations: {
        ListInvitations: (next) => (call) => {
          const output = next(call);
          if ((output.Invitations as unknown[]).length === 0) throw new ServiceError("InvalidInputException", "No invitations.", 418);
          return output;
        },
      },
    }),
  },
  {
    description: 'Breaks "InternalException: Internal server error" being exceptional: GetMembers crashes (500) on every valid request.',
    name: "5xx-for-valid-input",
    kind: "faulty",
    caughtBy: "status-codes/no-5xx-for-valid-input",
    breaks: ["GetMembers.model.errors.InternalException", "GetMembers.model.input.AccountIds.syntax"],
    behaviour: () => ({
      operations: {
        GetMembers: () => () => {
          throw new TypeError("members is undefined");
        },
      },
    }),
  },
  {
    description:
      'Breaks "InvalidInputException (400): invalid … value for an input parameter": InviteMembers answers invalid input 200 with nothing processed.',
    name: "invalid-input-accepted",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: [
      "InviteMembers.*.errors.InvalidInputException",
      "InviteMembers.page.AccountIds.type",
      "InviteMembers.page.AccountIds.pattern",
      "InviteMembers.page.AccountIds.required",
      "InviteMembers.page.the-request-accepts-the-following",
    ],
    behaviour: () => ({
      respond: (response, context) =>
        context.operation === "InviteMembers" && response.status === 400
          ? rewriteBody(
              { status: 200, headers: { "content-type": "application/json", "x-amzn-requestid": response.headers["x-amzn-requestid"]! }, body: response.body },
              () => ({ UnprocessedAccounts: [] }),
            )
          : response,
    }),
  },
  {
    description: 'Breaks "InvalidInputException (400)" for invalid input: DeclineInvitations crashes (500) where it should reject the input.',
    name: "5xx-for-invalid-input",
    kind: "faulty",
    caughtBy: "status-codes/invalid-input-rejected",
    breaks: ["DeclineInvitations.*.errors.InvalidInputException"],
    behaviour: () => ({
      respond: (response, context) =>
        context.operation === "DeclineInvitations" && response.status === 400
          ? {
              ...response,
              status: 500,
              headers: { ...response.headers, "x-amzn-errortype": "InternalException" },
              body: JSON.stringify({ Code: "InternalException", Message: "Unexpected token" }),
            }
          : response,
    }),
  },
];

export const NOT_IMPLEMENTED_FAULTS: Variant[] = [
  {
    description:
      "Breaks the AWS model's binding of GetAdministratorAccount to GET /administrator: the route answers a web server's 404 page, as an emulator that lacks the operation does.",
    name: "operation-not-implemented",
    kind: "faulty",
    caughtBy: "status-codes/operation-implemented",
    breaks: ["GetAdministratorAccount.model.http"],
    behaviour: () => ({
      respond: (response, context) =>
        context.operation === "GetAdministratorAccount"
          ? { status: 404, headers: { "content-type": "text/html; charset=utf-8" }, body: "<!doctype html><title>404 Not Found</title><h1>Not Found</h1>" }
          : response,
    }),
  },
];

export const STRICT_FAULTS: Variant[] = [
  {
    description:
      "Breaks the AWS model's input constraints under --strict: the operations around InviteMembers and DeclineInvitations accept mistyped, out-of-range or patternless members (certified without --strict as lenient-model-constraints).",
    name: "model-constraints-unenforced",
    kind: "faulty",
    caughtBy: "status-codes/model-constraint-enforced",
    breaks: ["*.input.MaxResults.syntax", "CreateMembers.model.input.AccountDetails.syntax"],
    config: { strict: true },
    behaviour: lenientOnModelConstraints,
  },
];

export const INTERMITTENT_FAULTS: Variant[] = [
  {
    description: 'Breaks "InternalException: Internal server error" being exceptional, now and then: one InviteMembers call in ten fails with 500.',
    name: "intermittent-5xx",
    kind: "faulty",
    caughtBy: "status-codes/no-5xx-for-valid-input",
    breaks: ["InviteMembers.*.errors.InternalException"],
    behaviour: () => {
      let calls = 0;
      return {
        operations: {
          InviteMembers: (next) => (call) => {
            if (++calls % 10 === 0) throw new ServiceError("InternalException", "Internal server error.");
            return next(call);
          },
        },
      };
    },
  },
  {
    description:
      "Breaks the documented Errors of DeclineInvitations: a batch of three or more ids is refused with TooManyAccountsException (409), an error neither the service's model nor AWS's common errors define.",
    name: "undocumented-error-for-operation",
    kind: "faulty",
    caughtBy: "error-shapes/documented-type",
    breaks: ["DeclineInvitations.page.common-errors"],
    behaviour: () => ({
      operations: {
        DeclineInvitations: (next) => (call) => {
          if ((call.input.AccountIds as string[]).length >= 3) throw new ServiceError("TooManyAccountsException", "Too many ids at once.", 409);
          return next(call);
        },
      },
    }),
  },
];
