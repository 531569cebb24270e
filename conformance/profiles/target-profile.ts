/**
 * A target profile: everything that differs between kinds of target (an emulator, real AWS accounts), asked of one
 * object instead of tested as a flag in many files. A new kind of target is a new file beside this one and a row in
 * ./index.ts.
 */
import type { Exchange } from "../../client/exchange.ts";
import type { Spec } from "../../specs/spec-model.ts";
import type { ResolvedRunConfig } from "../run-config.ts";
import type { Scenario } from "../scenario.ts";
import type { TargetAccess } from "../target-access.ts";

/**
 * Sends an operation's input (members by wire name) unjudged as one of the played accounts (by its index:
 * administrator, member, outsider), or, where the profile uses fresh accounts, as any account (by its id). Where the
 * service's calls carry the caller's resource (GuardDuty's detector), the account's is found first and carried.
 */
export type SendAs = (operation: string, input: Record<string, unknown>, account: number | string) => Promise<Exchange>;

/** What preflight learnt of the target that the run adapts to. */
export interface TargetFacts {
  /**
   * False when the target does not keep the accounts it is sent apart (one account sees what another made): its
   * cases then run one at a time. Undefined when the target's answers did not tell.
   */
  accountsApart: boolean | undefined;
}

export interface TargetProfile extends TargetAccess {
  /** How the run names the target to people, beside its endpoint; undefined when nothing needs saying. */
  readonly warning: string | undefined;
  /** The scenarios a run on this kind of target plays (before --only and parity twins). */
  scenarios(spec: Spec): Scenario[];
  /** Scenarios may run at the same time: their cases act on accounts of their own. */
  readonly scenariosOverlap: boolean;
  /** Defaults the command line applies for this kind of target. */
  readonly defaults: { readonly runs: number; readonly rate: number | undefined };
  /** What a dry run says of the accounts played and the rules kept, a line each. */
  plan(config: ResolvedRunConfig, spec: Spec): string[];
  /** Checks, before any scenario, that the target answers and is ready (throws PreflightError saying what to do), and what it learnt of it. */
  preflight(send: SendAs, config: ResolvedRunConfig, spec: Spec): Promise<TargetFacts>;
  /** Undoes what a run may have left, also after an interruption; each step taken, to print. */
  cleanUp(send: SendAs, config: ResolvedRunConfig, spec: Spec): Promise<string[]>;
}

/** A reason the run cannot start, said in one paragraph (exit 2). */
export class PreflightError extends Error {
  override name = "PreflightError";
}
