/**
 * Whether a target keeps the accounts it is sent apart. The suite plays many accounts against one emulator, each
 * request acting as the account its access key names (LocalStack's convention); a target that ignores the key (moto
 * acts as one account whatever signs) lets every case see what the others made. Its verdict would then depend on which
 * cases ran before, and beside which: such a target is told apart before the run, and its cases run one at a time.
 */
import { randomInt } from "node:crypto";
import type { Exchange } from "../../client/exchange.ts";
import type { ApiRequest } from "../../protocol/api-request.ts";

/** Sends a request, unjudged, as the account `accountId`. */
export type SendAsAccount = (request: ApiRequest, accountId: string) => Promise<Exchange>;

/**
 * One account creates a member, another asks for it: true when the other does not see it, false when it does,
 * undefined when the answers tell neither (an operation the target lacks, an error). Fresh accounts of its own, so a
 * long-lived target's earlier runs cannot answer for it; the member is deleted again.
 */
export async function probeAccountsApart(send: SendAsAccount): Promise<boolean | undefined> {
  // Ids no case draws (cases shift theirs from fresh offsets): 12 digits, leading 9, random.
  const [creator, other, member] = [0, 1, 2].map(() => `9${String(randomInt(0, 10 ** 11)).padStart(11, "0")}`) as [string, string, string];
  const body = (value: unknown): string => JSON.stringify(value);
  await Promise.all([creator, other].map((account) => send({ operation: "EnableSecurityHub", query: {}, body: "{}" }, account)));
  const created = await send({ operation: "CreateMembers", query: {}, body: body({ AccountDetails: [{ AccountId: member }] }) }, creator);
  if (created.response.status !== 200) return undefined;
  try {
    const seen = await send({ operation: "GetMembers", query: {}, body: body({ AccountIds: [member] }) }, other);
    const mine = await send({ operation: "GetMembers", query: {}, body: body({ AccountIds: [member] }) }, creator);
    // Only when the creator sees its member does the other's answer say anything.
    if (!lists(mine, member)) return undefined;
    return seen.response.status === 200 ? !lists(seen, member) : undefined;
  } finally {
    await send({ operation: "DeleteMembers", query: {}, body: body({ AccountIds: [member] }) }, creator);
  }
}

/** Whether a GetMembers answer shows `member` among its Members. */
function lists(exchange: Exchange, member: string): boolean {
  if (exchange.response.status !== 200) return false;
  try {
    const members = (JSON.parse(exchange.response.body) as { Members?: unknown }).Members;
    return Array.isArray(members) && members.some((m) => (m as { AccountId?: unknown } | null)?.AccountId === member);
  } catch {
    return false;
  }
}
