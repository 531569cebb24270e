/**
 * Whether a target keeps the accounts it is sent apart. The suite plays many accounts against one emulator, each
 * request acting as the account its access key names (LocalStack's convention); a target that ignores the key (moto
 * acts as one account whatever signs) lets every case see what the others made. Its verdict would then depend on which
 * cases ran before, and beside which: such a target is told apart before the run, and its cases run one at a time.
 */
import { randomInt } from "node:crypto";
import type { Exchange } from "../../client/exchange.ts";
import { listedResources } from "../activation.ts";
import type { Family } from "../family.ts";

/** Sends an operation's input (members by wire name), unjudged, as the account `accountId`. */
export type SendAsAccount = (operation: string, input: Record<string, unknown>, accountId: string) => Promise<Exchange>;

/**
 * One account creates a member, another asks for it: true when the other does not see it, false when it does,
 * undefined when the answers tell neither (an operation the target lacks, an error). Where the members tell nothing
 * and switching the service on makes a resource (GuardDuty's detector), the resources are asked the same: whether one
 * account's listing shows another's. Fresh accounts of its own, so a long-lived target's earlier runs cannot answer for
 * it; what it made is deleted again.
 */
export async function probeAccountsApart(send: SendAsAccount, family: Family): Promise<boolean | undefined> {
  // Ids no case draws (cases shift theirs from fresh offsets): 12 digits, leading 9, random.
  const [creator, other, member] = [0, 1, 2].map(() => `9${String(randomInt(0, 10 ** 11)).padStart(11, "0")}`) as [string, string, string];
  const { enable } = family.service.activation;
  await Promise.all([creator, other].map((account) => send(enable.operation, enable.input, account)));
  return (await membersApart(send, family, creator, other, member)) ?? (await resourcesApart(send, family, creator, other));
}

async function membersApart(send: SendAsAccount, family: Family, creator: string, other: string, member: string): Promise<boolean | undefined> {
  const created = await send(family.operation("createMembers"), family.accounts("createMembers", [member]), creator);
  if (created.response.status !== 200) return undefined;
  try {
    const read = (as: string) => send(family.operation("getMembers"), family.accounts("getMembers", [member]), as);
    const seen = await read(other);
    const mine = await read(creator);
    // Only when the creator sees its member does the other's answer say anything.
    if (!lists(family, mine, member)) return undefined;
    return seen.response.status === 200 ? !lists(family, seen, member) : undefined;
  } finally {
    await send(family.operation("deleteMembers"), family.accounts("deleteMembers", [member]), creator);
  }
}

/** Whether another account's listing of the service's resources (GuardDuty's ListDetectors) leaves out the creator's. */
async function resourcesApart(send: SendAsAccount, family: Family, creator: string, other: string): Promise<boolean | undefined> {
  const { activation } = family.service;
  if (!activation.resource) return undefined;
  const find = activation.resource.find.operation;
  try {
    const mine = listedResources(activation, await send(find, {}, creator));
    const seen = listedResources(activation, await send(find, {}, other));
    // Only when the creator sees a resource of its own does the other's listing say anything.
    if (!mine?.length || seen === undefined) return undefined;
    return !mine.some((id) => seen.includes(id));
  } finally {
    if (activation.disable) await Promise.all([creator, other].map((account) => send(activation.disable!.operation, {}, account)));
  }
}

/** Whether a member read's answer shows `member` among its members. */
function lists(family: Family, exchange: Exchange, member: string): boolean {
  if (exchange.response.status !== 200) return false;
  try {
    return family.members(JSON.parse(exchange.response.body)).some((m) => m.accountId === member);
  } catch {
    return false;
  }
}
