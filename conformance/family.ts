/**
 * The member-invitation family as the scenarios play it, whatever the service: each role (create members, invite,
 * decline …) by the operation its descriptor maps it to, each input built and each answer read by the service's wire
 * names (specs/service-descriptor.ts). The scenarios name roles, never a service's operations or members.
 */
import { isObject } from "../checks/response-view.ts";
import { type AccountsCall, hasFamily, type InvitationFamily, type ListCall, type ServiceDescriptor } from "../specs/service-descriptor.ts";
import type { JsonSchema } from "../specs/shape-schema.ts";
import type { OperationSpec, Spec } from "../specs/spec-model.ts";
import { operationOf } from "../specs/spec-model.ts";
import { objectsIn, stringIn, numberIn } from "./answer-reader.ts";

/** The roles that name a batch of accounts. */
export type BatchRole = "createMembers" | "inviteMembers" | "declineInvitations" | "deleteInvitations" | "getMembers" | "disassociateMembers" | "deleteMembers";

/** A member as a read shows it (GetMembers, ListMembers), by the service's names. */
export interface MemberSeen {
  accountId: unknown;
  status: unknown;
  email: unknown;
  administratorId: unknown;
  /** The administrator under the deprecated name, where the service's Member still carries it. */
  deprecatedAdministratorId: unknown;
}

/** An invitation as a read shows it (ListInvitations' entries, GetAdministratorAccount's administrator). */
export interface InvitationSeen {
  accountId: unknown;
  invitationId: unknown;
  status: unknown;
}

/** What a list read asks: its page size, the token it continues from, and (ListMembers) whether associated members only. */
export interface PageQuery {
  maxResults?: number | undefined;
  nextToken?: string | undefined;
  onlyAssociated?: boolean | undefined;
}

export class Family {
  readonly service: ServiceDescriptor;
  readonly roles: InvitationFamily;

  constructor(readonly spec: Spec) {
    if (!hasFamily(spec.service))
      throw new Error(`${spec.service.title} is certified for protocol and shapes only: the suite plays no member-invitation family of it`);
    this.service = spec.service;
    this.roles = spec.service.family;
  }

  /** The operation playing a role. */
  operation(role: keyof InvitationFamily): string {
    const call = this.roles[role];
    if (!call) throw new Error(`${this.service.title} has no operation for ${role}`);
    return call.operation;
  }

  /**
   * The input naming `ids` where the role's call carries its accounts. Where the ids sit in structures (CreateMembers'
   * account details), each structure gets the members its shape requires besides the id: an email for each.
   */
  accounts(role: BatchRole, ids: readonly string[], email?: (id: string) => string | undefined): Record<string, unknown> {
    const call = this.roles[role] as AccountsCall | undefined;
    if (!call) throw new Error(`${this.service.title} has no operation for ${role}`);
    if (!("body" in call.accounts)) throw new Error(`${call.operation} names one account in its path, not a batch`);
    const [list, star, ...inner] = call.accounts.body.split("/").slice(1);
    if (star !== "*") throw new Error(`${call.operation}'s accounts are not a list: ${call.accounts.body}`);
    if (inner.length === 0) return { [list!]: [...ids] };
    const member = inner.join("/");
    const required = this.requiredOfItem(operationOf(this.spec, call.operation), list!);
    return {
      [list!]: ids.map((id) => {
        const given = email?.(id);
        const needs = required.includes(this.service.member.email);
        return { [member]: id, ...(given !== undefined || needs ? { [this.service.member.email]: given ?? defaultEmail(id) } : {}) };
      }),
    };
  }

  /** The members a read listed (GetMembers' or ListMembers' list). */
  members(body: unknown, list = this.roles.getMembers.list): MemberSeen[] {
    return objectsIn(body, list ?? this.roles.listMembers.list).map((m) => this.memberOf(m));
  }

  /** A member object (a GetMembers or ListMembers entry) by the service's names. */
  memberOf(item: Record<string, unknown>): MemberSeen {
    const names = this.service.member;
    return {
      accountId: item[this.service.names.accountId],
      status: item[names.status],
      email: item[names.email],
      administratorId: item[names.administratorId],
      deprecatedAdministratorId: names.deprecatedAdministratorId ? item[names.deprecatedAdministratorId] : undefined,
    };
  }

  /** The invitations ListInvitations listed. */
  invitations(body: unknown): InvitationSeen[] {
    return objectsIn(body, this.roles.listInvitations.list).map((i) => this.invitationOf(i));
  }

  /** The administrator GetAdministratorAccount named, as an invitation; undefined when it names none. */
  administrator(body: unknown): InvitationSeen | undefined {
    const administrator = this.roles.getAdministrator && isObject(body) ? body[this.roles.getAdministrator.administrator] : undefined;
    return isObject(administrator) ? this.invitationOf(administrator) : undefined;
  }

  /** GetInvitationsCount's count. */
  invitationsCount(body: unknown): number | undefined {
    return this.roles.getInvitationsCount ? numberIn(body, this.roles.getInvitationsCount.count) : undefined;
  }

  /** The input of a list read asking for `query`, by the service's names (OnlyAssociated as its model types it). */
  page(call: ListCall, query: PageQuery): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    if (query.maxResults !== undefined) input[call.paging.maxResults] = query.maxResults;
    if (query.nextToken !== undefined) input[call.paging.nextToken] = query.nextToken;
    const only = this.roles.listMembers.onlyAssociated;
    if (query.onlyAssociated !== undefined && only !== undefined && call === this.roles.listMembers) {
      const operation = operationOf(this.spec, call.operation);
      const schema = [...operation.query, ...(operation.body?.members ?? [])].find((p) => p.name === only);
      // GuardDuty's onlyAssociated is a string ("true" or "false"), Security Hub's a boolean.
      input[only] = schema && "schema" in schema && (schema.schema as JsonSchema).type === "string" ? String(query.onlyAssociated) : query.onlyAssociated;
    }
    return input;
  }

  /** A list read's items, and the token it handed on. */
  listed(call: ListCall, body: unknown): { items: Record<string, unknown>[]; nextToken: string | undefined } {
    return { items: objectsIn(body, call.list), nextToken: stringIn(body, call.paging.answerNextToken) || undefined };
  }

  /** The account id of a listed item (a member, an invitation). */
  accountIdOf(item: Record<string, unknown>): unknown {
    return item[this.service.names.accountId];
  }

  /** The input of AcceptAdministratorInvitation naming the administrator and the invitation. */
  accept(administrator: string, invitationId: string): Record<string, unknown> {
    const { administratorId, invitationId: idMember } = this.roles.acceptInvitation;
    return { ...(administratorId ? { [administratorId]: administrator } : {}), ...(idMember ? { [idMember]: invitationId } : {}) };
  }

  /** An invitation-shaped object (a ListInvitations entry, GetAdministratorAccount's administrator) by the service's names. */
  invitationOf(item: Record<string, unknown>): InvitationSeen {
    const names = this.service.invitation;
    return { accountId: item[names.accountId], invitationId: names.invitationId ? item[names.invitationId] : undefined, status: item[names.status] };
  }

  /** The members a list's item must carry, by wire name. */
  private requiredOfItem(operation: OperationSpec, list: string): string[] {
    const properties = operation.body?.schema.properties as Record<string, JsonSchema> | undefined;
    const items = properties?.[list]?.items as JsonSchema | undefined;
    return (items?.required as string[] | undefined) ?? [];
  }
}

/** An email address for an account the suite makes a member, where the service requires one. */
function defaultEmail(id: string): string {
  return `member-${id}@example.com`;
}

const families = new WeakMap<Spec, Family>();

/** The family of a spec's service, made once per spec. */
export function familyOf(spec: Spec): Family {
  let family = families.get(spec);
  if (!family) families.set(spec, (family = new Family(spec)));
  return family;
}
