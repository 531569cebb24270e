/** A conformance run's connection to its target: client, played accounts, fresh ids, retry policy, counters. */
import type { Actor } from "../client/credentials.ts";
import { RateLimiter } from "../client/rate-limiter.ts";
import type { Exchange } from "../client/exchange.ts";
import { TargetClient } from "../client/target-client.ts";
import { parseEndpoint } from "../client/endpoint.ts";
import { serializeInput, type ApiRequest } from "../protocol/api-request.ts";
import { activationOutcome, foundResource, NO_RESOURCE, withResource } from "./activation.ts";
import { operationOf, type Spec } from "../specs/spec-model.ts";
import type { CheckContext, RequestIntent } from "../checks/check-context.ts";
import { StatementIndex } from "../checks/traceability.ts";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";
import type { ResolvedRunConfig } from "./run-config.ts";
import type { TargetAccess } from "./target-access.ts";
import { EffectSettling } from "./settle.ts";
import { WaitBudget } from "./wait-budget.ts";

/** The waiting one run may spend in vain on retries and polls together (see WaitBudget). */
export const RUN_WAIT_BUDGET_MS = 10_000;

/** Accounts whose actors a session keeps (see `actor`): more than the cases under way act as at once. */
export const MAX_ACTORS_KEPT = 4096;

export class Session {
  readonly client: TargetClient;
  /** Operations still throttled after every retry in this run. */
  readonly exhausted = new Set<string>();
  /** Operations that gave an AWS answer: a later answer of theirs is judged, never taken for "not implemented". */
  readonly implemented = new Set<string>();
  readonly waitBudget = new WaitBudget(RUN_WAIT_BUDGET_MS);
  readonly settling: EffectSettling;
  private readonly actors = new Map<string, Actor>();
  private readonly prepared = new Map<string, Promise<void>>();
  private readonly resources = new Map<string, string>();
  private readonly limiter: RateLimiter | undefined;
  private readonly companions = new Map<string, Session>();

  constructor(
    readonly spec: Spec,
    readonly config: ResolvedRunConfig,
    /** What kind of target this is, as far as sending to it goes: its profile (conformance/profiles/). */
    readonly access: TargetAccess,
    readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.client = new TargetClient(spec, { endpoint: parseEndpoint(config.endpoint), region: config.region, timeoutMs: config.timeoutMs });
    this.limiter = config.rate === undefined ? undefined : new RateLimiter(config.rate);
    this.settling = new EffectSettling(config.settleMs, this.waitBudget);
  }

  /** The documented statements a case exercised, from the checks it ran and the operations they judged (`check|operation`). */
  statementsExercised(exercised: Iterable<string>): Set<string> {
    const statements = new Set<string>();
    const index = StatementIndex.of(this.spec.service);
    for (const key of exercised) for (const id of index.exercisedByKey(key)) statements.add(id);
    return statements;
  }

  /** What the checks know when judging an answer of `operationName` to a request meant as `intent`. */
  context(operationName: string, intent: RequestIntent = { kind: "valid" }): CheckContext {
    return {
      service: this.spec.service,
      operation: operationOf(this.spec, operationName),
      intent,
      serviceErrors: this.spec.errors,
      strict: this.config.strict,
    };
  }

  /**
   * The actor signing for an account, as the target's profile says: made once per account, and kept for the
   * MAX_ACTORS_KEPT made last. Each case acts as fresh accounts of its own, so a deep run meets millions; the
   * played accounts of a real one, a handful, are kept for the run.
   */
  actor(accountId: string): Actor {
    let actor = this.actors.get(accountId);
    if (!actor) {
      actor = this.access.actor(this.config, accountId);
      if (this.actors.size >= MAX_ACTORS_KEPT) this.actors.delete(this.actors.keys().next().value!);
      this.actors.set(accountId, actor);
    }
    return actor;
  }

  /**
   * Switches the service on once per session for a standing account (unjudged; "already on" is on), and learns its
   * resource where the service makes one. Fresh accounts are switched on inside their cases instead, where the
   * answers are judged. Where the profile may not switch it on (real accounts), the resource is only looked up.
   */
  prepare(accountId: string): Promise<void> {
    let prepared = this.prepared.get(accountId);
    if (!prepared) {
      prepared = this.switchOn(accountId);
      this.prepared.set(accountId, prepared);
    }
    return prepared;
  }

  private async switchOn(accountId: string): Promise<void> {
    const { activation } = this.spec.service;
    if (!activation) return;
    const actor = this.actor(accountId);
    if (this.access.activatesAccounts) {
      const enabled = await this.send(serializeInput(operationOf(this.spec, activation.enable.operation), activation.enable.input), actor);
      const { resource } = activationOutcome(activation, enabled);
      if (resource !== undefined) return this.noteResource(accountId, resource);
    }
    if (!activation.resource) return;
    const found = await this.send(serializeInput(operationOf(this.spec, activation.resource.find.operation), {}), actor);
    const resource = foundResource(activation, found);
    if (resource !== undefined) this.noteResource(accountId, resource);
  }

  /**
   * The resource an account's calls carry (GuardDuty's detector id), once known; NO_RESOURCE for an account that never
   * made one. Kept for the accounts met last, as their actors are.
   */
  resourceOf(accountId: string): string {
    return this.resources.get(accountId) ?? NO_RESOURCE;
  }

  /** Notes an account's resource, learnt from a call of a case. */
  noteResource(accountId: string, resource: string): void {
    if (this.resources.size >= MAX_ACTORS_KEPT) this.resources.delete(this.resources.keys().next().value!);
    this.resources.set(accountId, resource);
  }

  /**
   * The request of `input` (members by wire name, or a ready wire request) sent as `accountId`: where the service's
   * calls carry the caller's resource (GuardDuty's detector), it carries the account's own, whatever the input said.
   */
  request(operationName: string, accountId: string, input: Record<string, unknown> | ApiRequest): ApiRequest {
    const operation = operationOf(this.spec, operationName);
    return withResource(operation, this.spec.service.activation?.resource?.member, this.resourceOf(accountId), input);
  }

  /** Sends a request within the run's rate; rejects with Interrupted as soon as `stop` aborts. */
  async send(request: ApiRequest, actor: Actor, stop?: AbortSignal): Promise<Exchange> {
    if (this.limiter) await this.limiter.take(stop);
    return this.client.send(request, actor, stop);
  }

  /**
   * A session with another target this session's scenarios talk to as well (a parity reference), made on first use
   * and shared by every case, as this one is; closed with this one.
   */
  companion(key: string, make: () => Session): Session {
    let session = this.companions.get(key);
    if (!session) this.companions.set(key, (session = make()));
    return session;
  }

  async close(): Promise<void> {
    await Promise.all([this.client.close(), ...[...this.companions.values()].map((session) => session.close())]);
  }
}
