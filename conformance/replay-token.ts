/** The token a finding prints to replay its case: fast-check's path, and for a sequence of commands which of them ran. */
import fc from "fast-check";

/**
 * What replays one case: fast-check's path, and for a sequence of commands the replay path fast-check writes
 * into the sequence's description (which commands of the shrunk sequence ran), after a `~`.
 */
export function replayToken(path: string, counterexample: unknown): string {
  const commandsReplayPath = /replayPath="([^"]*)"/.exec(fc.stringify(counterexample))?.[1];
  return commandsReplayPath === undefined ? path : `${path}~${commandsReplayPath}`;
}

export function parseReplayToken(token: string): { path: string; commandsReplayPath: string | undefined } {
  const [path, commandsReplayPath] = token.split("~", 2) as [string, string | undefined];
  return { path, commandsReplayPath };
}
