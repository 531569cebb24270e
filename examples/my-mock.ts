/**
 * Stands in for your own Security Hub mock. Yours is likely a server of its own; this one is the package's
 * reference emulator with a behaviour of its own (it tags every response), so the example runs anywhere.
 * `buggy: true` plants the bug a hand-written mock often has: InviteMembers accepts accounts that were
 * never created as members, instead of listing them in UnprocessedAccounts.
 */
import { startEmulator, type Behaviour, type RunningEmulator } from "securityhub-conformance";

const TAGGED: Behaviour = {
  name: "my-mock",
  description: "tags every response with the mock's name",
  respond: (response) => ({ ...response, headers: { ...response.headers, "x-my-mock": "1" } }),
};

const ACCEPTS_EVERY_INVITE: Behaviour = {
  name: "accepts-every-invite",
  description: "InviteMembers invites the members and reports every account as processed, members or not",
  operations: { InviteMembers: (next) => (call) => ({ ...next(call), UnprocessedAccounts: [] }) },
};

export function startMyMock(options: { buggy?: boolean } = {}): Promise<RunningEmulator> {
  return startEmulator({ port: 0, behaviours: options.buggy ? [TAGGED, ACCEPTS_EVERY_INVITE] : [TAGGED] });
}
