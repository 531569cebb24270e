/** What a run would send, for --dry-run: nothing is sent while it is printed. */
import type { RunConfig } from "../conformance/run-config.ts";
import { selected } from "../conformance/run-config.ts";
import type { Scenario } from "../conformance/scenario.ts";

export function dryRunPlan(config: RunConfig & { endpoint: string }, scenarios: readonly Scenario[], embedded: boolean): string {
  const chosen = scenarios.filter((s) => selected(config, s));
  const lines = [
    `Plan (dry run: nothing is sent)`,
    `  target: ${config.endpoint}${embedded ? " (embedded reference emulator)" : ""}, region ${config.region}${config.realAccount ? ", REAL AWS ACCOUNTS" : ""}`,
  ];
  if (config.realAccount) {
    const [administrator, member, outsider] = config.accounts;
    lines.push(
      `  administrator ${administrator} (profile ${config.profiles[0]}), member ${member} (profile ${config.profiles[1]}), outsider ${outsider} (profile ${config.profiles[2]})`,
      `  CreateMembers and InviteMembers name only: ${config.ownAccounts.join(", ")}; the member ${member} receives invitations from ${administrator}`,
      `  never sent: EnableSecurityHub, DisableSecurityHub, AcceptAdministratorInvitation`,
      `  after every case and at the end (also when interrupted): ${administrator} deletes the member ${member}; ${member} deletes the invitation from ${administrator}`,
    );
  } else {
    lines.push(`  accounts: ${config.accounts.join(", ")} and fresh 12-digit ids per case (emulator convention: the access key id is the account)`);
  }
  lines.push(`  ${config.rate === undefined ? "no request rate limit" : `at most ${config.rate} requests/s`}, ${config.runs} runs per scenario, seed ${config.seed}`, `  ${chosen.length} scenarios:`);
  for (const s of chosen) lines.push(`    ${s.name.padEnd(44)} ${s.cases(config.runs)} cases  ${s.description}`);
  return lines.join("\n");
}
