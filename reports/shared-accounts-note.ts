/** What a run against a target that does not keep accounts apart says of it, in the output and the certificate. */
export const SHARED_ACCOUNTS_NOTE =
  "the target does not keep the accounts it is sent apart (one account saw a member or a resource another account made): every case ran one at a time, and a failing case may depend on what earlier cases left on it";

/** Beside a replay line of such a run: why the case may pass when replayed alone, and what replays it with what came before. */
export function sharedAccountsReplayNote(scenarioRun: string): string {
  return `on this target a case may depend on what earlier cases left: if the replay passes on a fresh server, run its scenario from the start: ${scenarioRun}`;
}
