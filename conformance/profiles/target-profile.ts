/**
 * A target profile: everything that differs between kinds of target (an emulator, real AWS accounts), asked of one
 * object instead of tested as a flag in many files. A new kind of target is a new file beside this one and a row in
 * ./index.ts.
 */
import type { Exchange } from "../../client/exchange.ts";
import type { ApiRequest } from "../../protocol/api-request.ts";
import type { Spec } from "../../specs/spec-model.ts";
import type { ResolvedRunConfig } from "../run-config.ts";
import type { Scenario } from "../scenario.ts";
import type { TargetAccess } from "../target-access.ts";

/** Sends a request unjudged as one of the played accounts (by its index: administrator, member, outsider). */
export type SendAs = (request: ApiRequest, accountIndex: number) => Promise<Exchange>;

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
  plan(config: ResolvedRunConfig): string[];
  /** Checks, before any scenario, that the target answers and is ready; throws PreflightError saying what to do. */
  preflight(send: SendAs, config: ResolvedRunConfig): Promise<void>;
  /** Undoes what a run may have left, also after an interruption; each step taken, to print. */
  cleanUp(send: SendAs, config: ResolvedRunConfig): Promise<string[]>;
}

/** A reason the run cannot start, said in one paragraph (exit 2). */
export class PreflightError extends Error {
  override name = "PreflightError";
}
