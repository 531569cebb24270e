/**
 * Before the suites start: the target must answer, and on real accounts every played account must have
 * Security Hub enabled (certify never enables it) and no membership between them (certify deletes the
 * members it creates, so it must not start from one the user made).
 */
import { emulatorActor, profileActor, type Actor } from "../client/credentials.ts";
import { parseEndpoint } from "../client/endpoint.ts";
import type { Exchange } from "../client/exchange.ts";
import { TargetClient } from "../client/target-client.ts";
import type { ResolvedRunConfig } from "../conformance/run-config.ts";
import { identifyError } from "../protocol/error-type.ts";
import type { Spec } from "../specs/spec-model.ts";

/** Short enough that an unreachable target is reported within 5 s of the command starting. */
export const PREFLIGHT_TIMEOUT_MS = 2_500;

/** A reason the run cannot start, said in one paragraph (exit 2). */
export class PreflightError extends Error {
  override name = "PreflightError";
}

const ROLES = ["administrator", "member", "outsider"];

export async function preflight(spec: Spec, config: ResolvedRunConfig): Promise<void> {
  const client = new TargetClient(spec, {
    endpoint: parseEndpoint(config.endpoint),
    region: config.region,
    timeoutMs: Math.min(config.timeoutMs, PREFLIGHT_TIMEOUT_MS),
  });
  const actor = (index: number): Actor =>
    config.realAccount ? profileActor(config.accounts[index]!, config.profiles[index]) : emulatorActor(config.accounts[index]!);
  try {
    if (!config.realAccount) {
      await client.send({ operation: "GetInvitationsCount", query: {}, body: undefined }, actor(0));
      return;
    }
    for (const [index, account] of config.accounts.entries()) {
      const who = `the ${ROLES[index]} account ${account} (profile ${config.profiles[index]})`;
      let exchange: Exchange;
      try {
        exchange = await client.send({ operation: "GetInvitationsCount", query: {}, body: undefined }, actor(index));
      } catch (error) {
        if ((error as Error).name.endsWith("ProviderError") || /credential|profile/i.test((error as Error).message)) {
          throw new PreflightError(`cannot load credentials for ${who}: ${(error as Error).message}`);
        }
        throw error;
      }
      const { status, headers, body } = exchange.response;
      if (status === 200) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        parsed = undefined;
      }
      const type = identifyError(headers, parsed).type;
      if (status === 401 || type === "InvalidAccessException") {
        throw new PreflightError(
          `Security Hub is not enabled for ${who} in ${config.region}. certify never enables it on a real account (that has a cost): enable it with \`aws securityhub enable-security-hub --profile ${config.profiles[index]} --region ${config.region}\` and run again.`,
        );
      }
      throw new PreflightError(
        `${who} was refused (${status}${type ? ` ${type}` : ""}): check that its credentials belong to ${account} and may call Security Hub.`,
      );
    }
    const [administrator, member, outsider] = config.accounts as [string, string, string];
    const members = await client.send({ operation: "GetMembers", query: {}, body: JSON.stringify({ AccountIds: [member, outsider] }) }, actor(0));
    const existing = members.response.status === 200 ? listedMembers(members.response.body) : [];
    if (existing.length > 0) {
      throw new PreflightError(
        `${existing.map((m) => m.AccountId).join(" and ")} already ${existing.length > 1 ? "are members" : "is a member"} of the administrator ${administrator}. certify creates and deletes that membership itself, so it needs accounts with no membership between them: play other accounts, or remove the membership first.`,
      );
    }
  } finally {
    await client.close();
  }
}

/** The Members of a GetMembers answer; none when it is not the JSON the model describes (the checks will say so). */
function listedMembers(body: string): { AccountId?: unknown }[] {
  try {
    const members = (JSON.parse(body) as { Members?: unknown }).Members;
    return Array.isArray(members) ? members.filter((m): m is { AccountId?: unknown } => m !== null && typeof m === "object") : [];
  } catch {
    return [];
  }
}
