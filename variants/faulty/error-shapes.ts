/** Faults in error shapes. */
import type { WireResponse } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { isError, rewriteBody } from "../wire-rewrites.ts";

const onErrors =
  (change: (response: WireResponse) => WireResponse): Variant["behaviour"] =>
  () => ({ respond: (response) => (isError(response) ? change(response) : response) });
const withoutHeader = (response: WireResponse, header: string): WireResponse => {
  const { [header]: _dropped, ...headers } = response.headers;
  return { ...response, headers };
};

export const ERROR_SHAPE_FAULTS: Variant[] = [
  {
    description: 'Breaks restJson1 error naming ("X-Amzn-Errortype header, else body code, else __type"): errors carry no type at all.',
    name: "error-without-type",
    kind: "faulty",
    caughtBy: "error-shapes/named",
    behaviour: onErrors((r) => rewriteBody(withoutHeader(r, "x-amzn-errortype"), (body) => ({ Message: body.Message }))),
  },
  {
    description: "Breaks the documented Errors list: InvalidAccessException is answered as NotSubscribedException, an error no operation documents.",
    name: "unknown-error-type",
    kind: "faulty",
    caughtBy: "error-shapes/documented-type",
    breaks: ["InviteMembers.page.common-errors"],
    behaviour: onErrors((r) =>
      r.headers["x-amzn-errortype"] === "InvalidAccessException"
        ? rewriteBody({ ...r, headers: { ...r.headers, "x-amzn-errortype": "NotSubscribedException" } }, (body) => ({
            ...body,
            Code: "NotSubscribedException",
          }))
        : r,
    ),
  },
  {
    description: 'Breaks "InvalidAccessException … HTTP Status Code: 401": the error is sent with status 403.',
    name: "error-status-mismatch",
    kind: "faulty",
    caughtBy: "error-shapes/status-matches-type",
    breaks: ["InviteMembers.*.errors.InvalidAccessException", "DeclineInvitations.*.errors.InvalidAccessException"],
    behaviour: onErrors((r) => (r.headers["x-amzn-errortype"] === "InvalidAccessException" ? { ...r, status: 403 } : r)),
  },
  {
    description: "Breaks the error shapes' Message member: errors come without a message.",
    name: "error-without-message",
    kind: "faulty",
    caughtBy: "error-shapes/message",
    behaviour: onErrors((r) => rewriteBody(r, (body) => ({ Code: body.Code }))),
  },
  {
    description: "Breaks restJson1 error bodies (a JSON object): errors are sent as plain text.",
    name: "error-body-not-json",
    kind: "faulty",
    caughtBy: "error-shapes/json-body",
    behaviour: onErrors((r) => ({ ...r, body: `${r.headers["x-amzn-errortype"]}: request failed` })),
  },
  {
    description: 'Breaks restJson1\'s "Content-Type: application/json" for errors: errors are labelled text/plain.',
    name: "error-content-type",
    kind: "faulty",
    caughtBy: "error-shapes/content-type",
    behaviour: onErrors((r) => ({ ...r, headers: { ...r.headers, "content-type": "text/plain" } })),
  },
];
