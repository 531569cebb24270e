/** Undoes what a real-account run may have left, also after an interruption: the member and its invitation. */
import { profileActor } from "../client/credentials.ts";
import { parseEndpoint } from "../client/endpoint.ts";
import { TargetClient } from "../client/target-client.ts";
import type { ResolvedRunConfig } from "../conformance/run-config.ts";
import type { Spec } from "../specs/spec-model.ts";

export async function cleanUpRealAccounts(spec: Spec, config: ResolvedRunConfig): Promise<string[]> {
  const [administrator, member] = config.accounts as [string, string, string];
  const client = new TargetClient(spec, { endpoint: parseEndpoint(config.endpoint), region: config.region, timeoutMs: config.timeoutMs });
  const done: string[] = [];
  try {
    const steps = [
      { operation: "DeleteMembers", account: 0, body: { AccountIds: [member] }, what: `${administrator} deletes its member ${member}` },
      { operation: "DeleteInvitations", account: 1, body: { AccountIds: [administrator] }, what: `${member} deletes any invitation from ${administrator}` },
    ];
    for (const step of steps) {
      const exchange = await client.send(
        { operation: step.operation, query: {}, body: JSON.stringify(step.body) },
        profileActor(config.accounts[step.account]!, config.profiles[step.account]),
      );
      done.push(`${step.what}: ${exchange.response.status}`);
    }
  } finally {
    await client.close();
  }
  return done;
}
