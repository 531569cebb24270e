/**
 * Real AWS accounts: three played accounts (administrator, member, outsider) signing with the user's profiles; the
 * suite never enables or disables Security Hub (that has a cost), never names an account the user does not own in
 * CreateMembers or InviteMembers (that emails its owner), plays only the real-account scenarios, one at a time, and
 * undoes each case's membership, at the end of the case and again in cleanup.
 */
import { profileActor } from "../../client/credentials.ts";
import type { Exchange } from "../../client/exchange.ts";
import { identifyError } from "../../protocol/error-type.ts";
import { assertOwnAccountsOnly } from "../real-account-safety.ts";
import { RUN_DEFAULTS, type ResolvedRunConfig } from "../run-config.ts";
import { COVERAGE_BATCH_SIZES } from "../../generators/batch-shapes.ts";
import { MEMBERSHIP_UNDO, PLAYED_ROLES, realAccountScenarios, realBatch } from "../scenarios/real-account.ts";
import { PreflightError, type SendAs, type TargetFacts, type TargetProfile } from "./target-profile.ts";

export const REAL_ACCOUNT_PROFILE: TargetProfile = {
  name: "real-account",
  warning: "REAL AWS ACCOUNTS",
  actor(config, accountId) {
    const index = config.accounts.indexOf(accountId);
    if (index === -1) throw new Error(`real-account mode acts only as the played accounts, not ${accountId}`);
    return profileActor(accountId, config.profiles[index]);
  },
  guard: (config, operation, body) => assertOwnAccountsOnly(operation, body, config.ownAccounts),
  activatesAccounts: false,
  usesFreshAccounts: false,
  scenarios: realAccountScenarios,
  // The scenarios share the three accounts, so they take turns.
  scenariosOverlap: false,
  defaults: { runs: RUN_DEFAULTS.realAccountRuns, rate: RUN_DEFAULTS.realAccountRate },
  plan(config) {
    const [administrator, member, outsider] = config.accounts;
    return [
      `administrator ${administrator} (profile ${config.profiles[0]}), member ${member} (profile ${config.profiles[1]}), outsider ${outsider} (profile ${config.profiles[2]})`,
      `CreateMembers and InviteMembers name only: ${config.ownAccounts.join(", ")}; the member ${member} receives invitations from ${administrator}`,
      `never sent: EnableSecurityHub, DisableSecurityHub, AcceptAdministratorInvitation`,
      `batches: GetMembers (read only) names ${COVERAGE_BATCH_SIZES.map((size) => realBatch(config.ownAccounts, administrator!, size).length).join(", ")} of the owned accounts (the coverage phase's sizes ${COVERAGE_BATCH_SIZES.join(", ")}, as far as --own-accounts fills them); the other batch operations name only the played accounts`,
      `after every case and at the end (also when interrupted): ${administrator} deletes the member ${member}; ${member} deletes the invitation from ${administrator}, and ${administrator} the one it sent ${member} (AWS documents DeleteInvitations both ways)`,
    ];
  },
  preflight: checkPlayedAccounts,
  async cleanUp(send, config) {
    const done: string[] = [];
    for (const step of MEMBERSHIP_UNDO) {
      const [as, named] = [PLAYED_ROLES.indexOf(step.as), PLAYED_ROLES.indexOf(step.names)];
      const exchange = await send({ operation: step.operation, query: {}, body: JSON.stringify({ AccountIds: [config.accounts[named]] }) }, as);
      done.push(`${step.operation} as the ${step.as} ${config.accounts[as]}, naming the ${step.names} ${config.accounts[named]}: ${exchange.response.status}`);
    }
    return done;
  },
};

/**
 * Every played account must answer with its own credentials and have Security Hub enabled (certify never enables
 * it), and no membership may stand between them (certify deletes the members it creates, so it must not start
 * from one the user made).
 */
async function checkPlayedAccounts(send: SendAs, config: ResolvedRunConfig): Promise<TargetFacts> {
  for (const [index, account] of config.accounts.entries()) {
    const who = `the ${PLAYED_ROLES[index]} account ${account} (profile ${config.profiles[index]})`;
    let exchange: Exchange;
    try {
      exchange = await send({ operation: "GetInvitationsCount", query: {}, body: undefined }, index);
    } catch (error) {
      if ((error as Error).name.endsWith("ProviderError") || /credential|profile/i.test((error as Error).message)) {
        throw new PreflightError(`cannot load credentials for ${who}: ${(error as Error).message}`);
      }
      throw error;
    }
    const { status, headers, body } = exchange.response;
    if (status === 200) continue;
    const type = identifyError(headers, parsedOrUndefined(body)).type;
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
  const members = await send({ operation: "GetMembers", query: {}, body: JSON.stringify({ AccountIds: [member, outsider] }) }, 0);
  const existing = members.response.status === 200 ? listedMembers(members.response.body) : [];
  if (existing.length > 0) {
    throw new PreflightError(
      `${existing.map((m) => m.AccountId).join(" and ")} already ${existing.length > 1 ? "are members" : "is a member"} of the administrator ${administrator}. certify creates and deletes that membership itself, so it needs accounts with no membership between them: play other accounts, or remove the membership first.`,
    );
  }
  // AWS keeps accounts apart; the scenarios take turns on the played accounts anyway.
  return { accountsApart: true };
}

function parsedOrUndefined(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The Members of a GetMembers answer; none when it is not the JSON the model describes (the checks will say so). */
function listedMembers(body: string): { AccountId?: unknown }[] {
  const members = (parsedOrUndefined(body) as { Members?: unknown } | undefined)?.Members;
  return Array.isArray(members) ? members.filter((m): m is { AccountId?: unknown } => m !== null && typeof m === "object") : [];
}
