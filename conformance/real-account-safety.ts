/** The rule real-account mode never breaks, enforced where every request passes. */

/**
 * CreateMembers and InviteMembers may name only accounts the user listed as their own: inviting a
 * stranger's account sends its owner an email. Throws before the request is sent.
 */
export function assertOwnAccountsOnly(operation: string, body: string | undefined, ownAccounts: readonly string[]): void {
  if (operation !== "CreateMembers" && operation !== "InviteMembers") return;
  const named = (body ?? "").match(/\d{12,}/g) ?? [];
  const stranger = named.find((id) => !ownAccounts.includes(id));
  if (stranger !== undefined) throw new RealAccountSafetyError(`refusing to send ${operation} naming ${stranger}, an account not listed in --own-accounts`);
}

export class RealAccountSafetyError extends Error {
  override name = "RealAccountSafetyError";
}
