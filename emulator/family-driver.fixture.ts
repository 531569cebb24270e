/**
 * For the emulator's tests that hold for every service it emulates: the member-invitation family's calls by role, as
 * the service's descriptor names their operations and wire members, sent by the suite's client. An account is switched
 * on first (`enable`); the id of what that creates (GuardDuty's detector) fills the URI label of its later calls.
 */
import { emulatorActor } from "../client/credentials.ts";
import { TargetClient } from "../client/target-client.ts";
import { serializeInput } from "../protocol/api-request.ts";
import { loadServiceSpec } from "../specs/load-spec.ts";
import type { ServiceDescriptor } from "../specs/service-descriptor.ts";
import { operationOf, type Spec } from "../specs/spec-model.ts";
import { GUARDDUTY, SECURITY_HUB } from "../specs/services/index.ts";

/** Each emulated service's descriptor, with its title for test names. */
export const EMULATED_DESCRIPTORS: readonly [string, ServiceDescriptor][] = [
  ["Security Hub", SECURITY_HUB],
  ["GuardDuty", GUARDDUTY],
];

/** The value at a JSON pointer (`/detectorIds/0`). */
function at(value: unknown, pointer: string): unknown {
  return pointer
    .split("/")
    .slice(1)
    .reduce<any>((node, key) => node?.[key], value);
}

export class FamilyDriver {
  private readonly labels = new Map<string, Record<string, string>>();

  private constructor(
    readonly service: ServiceDescriptor,
    readonly spec: Spec,
    readonly client: TargetClient,
  ) {}

  static async open(service: ServiceDescriptor, url: string, connections = 32): Promise<FamilyDriver> {
    const spec = await loadServiceSpec(service);
    return new FamilyDriver(service, spec, new TargetClient(spec, { endpoint: new URL(url), region: "us-east-1", connections }));
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /** The URI label values the account's calls carry: `{ DetectorId }` once it has a detector, else none. */
  labelsOf(account: string): Record<string, string> {
    return this.labels.get(account) ?? {};
  }

  /** Calls the operation as the account, its input by wire name (its labels filled in); resolves to the answer's status and parsed body. */
  async send(operation: string, account: string, input: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
    const spec = operationOf(this.spec, operation);
    const own = Object.fromEntries(Object.entries(this.labelsOf(account)).filter(([label]) => spec.labels.some((l) => l.name === label)));
    const exchange = await this.client.send(serializeInput(spec, { ...own, ...input }), emulatorActor(account));
    return { status: exchange.response.status, body: JSON.parse(exchange.response.body) };
  }

  /** As `send`, for a call that must succeed. */
  async call(operation: string, account: string, input: Record<string, unknown> = {}): Promise<any> {
    const { status, body } = await this.send(operation, account, input);
    if (status !== 200) throw new Error(`${operation} as ${account} answered ${status}: ${JSON.stringify(body)}`);
    return body;
  }

  /** Switches the service on for the account, keeping the id of the resource that creates. */
  async enable(account: string): Promise<void> {
    const { enable, resource } = this.service.activation;
    const answer = await this.call(enable.operation, account, { ...enable.input });
    if (resource) this.labels.set(account, { [resource.member]: String(at(answer, resource.idAt)) });
  }

  /** Makes the accounts members of the administrator; resolves to the ids listed unprocessed. */
  async createMembers(administrator: string, ids: readonly string[]): Promise<string[]> {
    const { accounts, operation } = this.service.family.createMembers;
    if (!("body" in accounts)) throw new Error(`${operation} takes one account in its path; this driver sends batches`);
    const [list, , key] = accounts.body.split("/").slice(1);
    const details = ids.map((id) => ({ [key!]: id, [this.service.member.email]: `${id}@example.com` }));
    return this.unprocessed(await this.call(operation, administrator, { [list!]: details }));
  }

  /** Calls a batch role with the ids; resolves to the ids listed unprocessed. */
  async batch(role: "inviteMembers" | "declineInvitations" | "getMembers", account: string, ids: readonly string[]): Promise<string[]> {
    return this.unprocessed(await this.call(this.service.family[role]!.operation, account, { [this.service.names.accountIds]: ids }));
  }

  /** The administrators whose invitations the invitee has pending, every page read. */
  async invitationsFrom(invitee: string): Promise<string[]> {
    const { operation, list, paging } = this.service.family.listInvitations;
    const administrators: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.call(operation, invitee, { [paging.maxResults]: 50, ...(token ? { [paging.nextToken]: token } : {}) });
      administrators.push(...page[list].map((invitation: Record<string, string>) => invitation[this.service.invitation.accountId]));
      token = page[paging.answerNextToken];
    } while (token);
    return administrators;
  }

  async invitationsCount(invitee: string): Promise<number> {
    const { operation, count } = this.service.family.getInvitationsCount!;
    return (await this.call(operation, invitee))[count];
  }

  /** The member's status as its administrator reads it with GetMembers. */
  async statusOf(administrator: string, member: string): Promise<string | undefined> {
    const { operation, list } = this.service.family.getMembers;
    const answer = await this.call(operation, administrator, { [this.service.names.accountIds]: [member] });
    return answer[list!][0]?.[this.service.member.status];
  }

  private unprocessed(answer: any): string[] {
    return (answer[this.service.unprocessed.list] ?? []).map((entry: Record<string, string>) => entry[this.service.names.accountId]);
  }
}
