/** EnableSecurityHub and DisableSecurityHub. */
import type { Handler } from "../behaviour.ts";
import { closeMemberships } from "../membership/members.ts";
import { ServiceError } from "../service-error.ts";

export const EnableSecurityHub: Handler = ({ caller, state }) => {
  const account = state.account(caller);
  if (account.securityHubEnabled) throw new ServiceError("ResourceConflictException", `Security Hub is already enabled for account ${caller}.`);
  account.securityHubEnabled = true;
  return {};
};

export const DisableSecurityHub: Handler = ({ caller, state }) => {
  const refusal = closeMemberships(state, caller);
  if (refusal) throw new ServiceError("InvalidAccessException", refusal);
  state.account(caller).securityHubEnabled = false;
  return {};
};
