/**
 * What a session needs to know about the kind of target it talks to: who signs as an account, which requests must
 * never leave, whether the suite may switch the service on and use accounts of its own. A target profile
 * (conformance/profiles/) answers these and more; the session is handed one and asks it, never a mode flag.
 */
import type { Actor } from "../client/credentials.ts";
import type { Service } from "../specs/service-descriptor.ts";
import type { ResolvedRunConfig, TargetProfileName } from "./run-config.ts";

export interface TargetAccess {
  readonly name: TargetProfileName;
  /** The identity signing as `accountId`: a played account, or (when `usesFreshAccounts`) any account of a case. */
  actor(config: ResolvedRunConfig, accountId: string): Actor;
  /** Throws, before it is sent, a request of `service`'s this kind of target must never receive. */
  guard(config: ResolvedRunConfig, service: Service, operation: string, body: string | undefined): void;
  /** The suite switches the service on for the accounts it plays; where it may not (it has a cost), the user has, and preflight checks. */
  readonly activatesAccounts: boolean;
  /** Each case acts on fresh account ids of its own, so cases never meet; else every case plays the same accounts. */
  readonly usesFreshAccounts: boolean;
}
