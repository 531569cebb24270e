/**
 * Before the suites start: the target must answer, and be ready as its profile requires (on real accounts: the
 * service switched on for every played account, no membership between them).
 */
import { profileOf, type SendAs, type TargetFacts } from "../conformance/profiles/index.ts";
import type { ResolvedRunConfig } from "../conformance/run-config.ts";
import { Session } from "../conformance/session.ts";
import type { Spec } from "../specs/spec-model.ts";

/** Short enough that an unreachable target is reported within 5 s of the command starting. */
export const PREFLIGHT_TIMEOUT_MS = 2_500;

export async function preflight(spec: Spec, config: ResolvedRunConfig): Promise<TargetFacts> {
  return withPlayedAccounts(spec, { ...config, timeoutMs: Math.min(config.timeoutMs, PREFLIGHT_TIMEOUT_MS) }, (send) =>
    profileOf(config).preflight(send, config, spec),
  );
}

/** Undoes what a run may have left on its target, as its profile says; the steps taken, to print. */
export async function cleanUp(spec: Spec, config: ResolvedRunConfig): Promise<string[]> {
  return withPlayedAccounts(spec, config, (send) => profileOf(config).cleanUp(send, config, spec));
}

/** Runs `use` with a way to send unjudged requests as the played accounts, through a session of its own, closed after. */
async function withPlayedAccounts<T>(spec: Spec, config: ResolvedRunConfig, use: (send: SendAs) => Promise<T>): Promise<T> {
  const session = new Session(spec, config, profileOf(config));
  try {
    return await use(async (operation, input, account) => {
      const accountId = typeof account === "string" ? account : config.accounts[account]!;
      if (spec.service.activation?.resource) await session.prepare(accountId);
      return session.send(session.request(operation, accountId, input), session.actor(accountId));
    });
  } finally {
    await session.close();
  }
}
