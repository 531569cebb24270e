/** The rule real-account mode never breaks, enforced where every request passes. */
import { hasFamily, type Service, type ServiceDescriptor } from "../specs/service-descriptor.ts";

/**
 * The service's operations that reach an account named in their body: creating it as a member (Detective's invites it
 * at once), or emailing it an invitation (Security Hub's CreateMembers and InviteMembers).
 */
export function reachingNamedAccounts(service: Pick<ServiceDescriptor, "family">): string[] {
  const { createMembers, inviteMembers } = service.family;
  return [createMembers.operation, ...(inviteMembers ? [inviteMembers.operation] : [])];
}

/** Anything a target could read as an account id: twelve or more digits in a row. */
const ACCOUNT_ID_LIKE = /\d{12,}/g;

/**
 * The calls creating and inviting members (CreateMembers and InviteMembers) may name only accounts the user listed as
 * their own: inviting a stranger's account sends its owner an email. Throws before the request is sent.
 *
 * The body is read as the target will read it, not as raw text: every string and number of the parsed JSON
 * (keys included, escapes such as `\u0031` decoded), and, for duplicate keys a parser may resolve either way or a
 * body no JSON parser accepts, the raw text with its escapes decoded as well.
 */
export function assertOwnAccountsOnly(service: Service, operation: string, body: string | undefined, ownAccounts: readonly string[]): void {
  // A service whose family the suite does not know is never played on real accounts (certify refuses it): refuse any call.
  if (!hasFamily(service))
    throw new RealAccountSafetyError(`refusing to send ${operation} of ${service.title} to a real account: it is certified for protocol and shapes only`);
  if (!reachingNamedAccounts(service).includes(operation) || body === undefined) return;
  const stranger = accountIdsNamedIn(body).find((id) => !ownAccounts.includes(id));
  if (stranger !== undefined) throw new RealAccountSafetyError(`refusing to send ${operation} naming ${stranger}, an account not listed in --own-accounts`);
}

/** Every run of twelve or more digits the body could mean, in the order found. */
export function accountIdsNamedIn(body: string): string[] {
  const texts = [decodeJsonEscapes(body)];
  try {
    collectTexts(JSON.parse(body), texts);
  } catch {
    // Not JSON: the decoded raw text above is all a lenient parser could read.
  }
  return [...new Set(texts.flatMap((text) => text.match(ACCOUNT_ID_LIKE) ?? []))];
}

/** Strings and numbers of a parsed JSON value, keys included; iterative, so no nesting depth can overflow the stack. */
function collectTexts(root: unknown, into: string[]): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") into.push(value);
    else if (typeof value === "number" || typeof value === "bigint") into.push(String(value));
    else if (Array.isArray(value)) pending.push(...value);
    else if (value !== null && typeof value === "object") {
      for (const [key, member] of Object.entries(value)) {
        into.push(key);
        pending.push(member);
      }
    }
  }
}

/** `\uXXXX` escapes (surrogate pairs too) and the one-letter escapes, as a JSON parser decodes them. */
function decodeJsonEscapes(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})|\\(.)/g, (_escape, hex: string | undefined, letter: string | undefined) =>
    hex !== undefined ? String.fromCharCode(Number.parseInt(hex, 16)) : (letter ?? ""),
  );
}

export class RealAccountSafetyError extends Error {
  override name = "RealAccountSafetyError";
}
