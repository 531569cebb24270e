/**
 * How the user started a command, for usage lines and the commands a run prints (replays, the report), so they run
 * as printed: `npx securityhub-conformance certify` through the package's executable (which sets the variable to
 * `npx securityhub-conformance`),
 * else `npm run certify --` (a clone).
 */
export const INVOCATION_VARIABLE = "SECURITYHUB_CONFORMANCE_INVOCATION";

export function invocation(command: string, env: NodeJS.ProcessEnv = process.env): string {
  const program = env[INVOCATION_VARIABLE];
  return program ? `${program} ${command}` : `npm run ${command} --`;
}
