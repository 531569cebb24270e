/** EnableSecurityHub and DisableSecurityHub. */
import type { Handler } from "../behaviour.ts";
import { ServiceError } from "../service-error.ts";

export const EnableSecurityHub: Handler = ({ caller, state }) => {
  const account = state.account(caller);
  if (account.securityHubEnabled) throw new ServiceError("ResourceConflictException", `Security Hub is already enabled for account ${caller}.`);
  account.securityHubEnabled = true;
  return {};
};

export const DisableSecurityHub: Handler = ({ caller, state }) => {
  const account = state.account(caller);
  if (account.administrator) {
    throw new ServiceError("InvalidAccessException", `Account ${caller} is a member of ${account.administrator.administratorId}; disassociate from it first.`);
  }
  if ([...account.members.values()].some((m) => m.status === "Enabled")) {
    throw new ServiceError("InvalidAccessException", `Account ${caller} administers member accounts; disassociate them first.`);
  }
  for (const memberId of account.members.keys()) state.account(memberId).invitations.delete(caller);
  account.members.clear();
  account.securityHubEnabled = false;
  return {};
};
