/**
 * How the user started a command, for usage lines and replay commands: `securityhub-conformance certify`
 * through the package's executable (which sets the variable), else `npm run certify --`.
 */
export const INVOCATION_VARIABLE = "SECURITYHUB_CONFORMANCE_INVOCATION";

export function invocation(command: string, env: NodeJS.ProcessEnv = process.env): string {
  return env[INVOCATION_VARIABLE] || `npm run ${command} --`;
}
