/** A conformance run's connection to its target: client, played accounts, fresh ids, retry policy, counters. */
import { emulatorActor, type Actor } from "../client/credentials.ts";
import type { Exchange } from "../client/exchange.ts";
import { TargetClient } from "../client/target-client.ts";
import { parseEndpoint } from "../client/endpoint.ts";
import type { ApiRequest } from "../protocol/api-request.ts";
import type { Spec } from "../specs/spec-model.ts";
import { DEFAULT_RETRY, type RetryPolicy } from "./retry.ts";
import type { RunConfig } from "./run-config.ts";

export class Session {
  readonly client: TargetClient;
  requestsSent = 0;
  private readonly actors = new Map<string, Actor>();
  private readonly prepared = new Map<string, Promise<void>>();

  constructor(
    readonly spec: Spec,
    readonly config: RunConfig & { endpoint: string },
    readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.client = new TargetClient(spec, { endpoint: parseEndpoint(config.endpoint), region: config.region, timeoutMs: config.timeoutMs });
  }

  /** The actor signing for an account: on emulators, the 12-digit access key id convention. */
  actor(accountId: string): Actor {
    let actor = this.actors.get(accountId);
    if (!actor) {
      actor = emulatorActor(accountId);
      this.actors.set(accountId, actor);
    }
    return actor;
  }

  /**
   * Enables Security Hub once per session for a standing account (unjudged; 409 means it already is).
   * Fresh accounts are enabled inside their cases instead, where the response is judged.
   */
  prepare(accountId: string): Promise<void> {
    let prepared = this.prepared.get(accountId);
    if (!prepared) {
      prepared = this.send({ operation: "EnableSecurityHub", query: {}, body: "{}" }, this.actor(accountId)).then(() => undefined);
      this.prepared.set(accountId, prepared);
    }
    return prepared;
  }

  send(request: ApiRequest, actor: Actor): Promise<Exchange> {
    this.requestsSent++;
    return this.client.send(request, actor);
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
