/**
 * Real AWS accounts: three played accounts (administrator, member, outsider) signing with the user's profiles; the
 * suite never switches the service on or off (that has a cost), never names an account the user does not own in the
 * calls creating or inviting members (that emails its owner), plays only the real-account scenarios, one at a time,
 * and undoes each case's membership, at the end of the case and again in cleanup.
 */
import { profileActor } from "../../client/credentials.ts";
import type { Exchange } from "../../client/exchange.ts";
import { identifyError } from "../../protocol/error-type.ts";
import type { Spec } from "../../specs/spec-model.ts";
import { familyOf } from "../family.ts";
import { assertOwnAccountsOnly } from "../real-account-safety.ts";
import { RUN_DEFAULTS, type ResolvedRunConfig } from "../run-config.ts";
import { COVERAGE_BATCH_SIZES } from "../../generators/batch-shapes.ts";
import { PLAYED_ROLES, realAccountScenarios, realBatch, undoSteps } from "../scenarios/real-account.ts";
import { PreflightError, type SendAs, type TargetFacts, type TargetProfile } from "./target-profile.ts";

export const REAL_ACCOUNT_PROFILE: TargetProfile = {
  name: "real-account",
  warning: "REAL AWS ACCOUNTS",
  actor(config, accountId) {
    const index = config.accounts.indexOf(accountId);
    if (index === -1) throw new Error(`real-account mode acts only as the played accounts, not ${accountId}`);
    return profileActor(accountId, config.profiles[index]);
  },
  guard: (config, service, operation, body) => assertOwnAccountsOnly(service, operation, body, config.ownAccounts),
  activatesAccounts: false,
  usesFreshAccounts: false,
  scenarios: realAccountScenarios,
  // The scenarios share the three accounts, so they take turns.
  scenariosOverlap: false,
  defaults: { runs: RUN_DEFAULTS.realAccountRuns, rate: RUN_DEFAULTS.realAccountRate },
  plan(config, spec) {
    const family = familyOf(spec);
    const [administrator, member, outsider] = config.accounts;
    const { activation } = family.service;
    const creating = [family.operation("createMembers"), ...(family.roles.inviteMembers ? [family.roles.inviteMembers.operation] : [])];
    const neverSent = [activation.enable.operation, ...(activation.disable ? [activation.disable.operation] : []), family.operation("acceptInvitation")];
    return [
      `administrator ${administrator} (profile ${config.profiles[0]}), member ${member} (profile ${config.profiles[1]}), outsider ${outsider} (profile ${config.profiles[2]})`,
      `${creating.join(" and ")} name only: ${config.ownAccounts.join(", ")}; the member ${member} receives invitations from ${administrator}`,
      `never sent: ${neverSent.join(", ")}`,
      `batches: ${family.operation("getMembers")} (read only) names ${COVERAGE_BATCH_SIZES.map((size) => realBatch(config.ownAccounts, administrator!, size).length).join(", ")} of the owned accounts (the coverage phase's sizes ${COVERAGE_BATCH_SIZES.join(", ")}, as far as --own-accounts fills them); the other batch operations name only the played accounts`,
      `after every case and at the end (also when interrupted): ${undoSteps(family)
        .map((step) => `the ${step.as} ${config.accounts[PLAYED_ROLES.indexOf(step.as)]} sends ${step.operation} naming the ${step.names}`)
        .join("; ")}${family.roles.deleteInvitations ? ` (AWS documents ${family.operation("deleteInvitations")} both ways)` : ""}`,
    ];
  },
  preflight: checkPlayedAccounts,
  async cleanUp(send, config, spec) {
    const done: string[] = [];
    for (const step of undoSteps(familyOf(spec))) {
      const [as, named] = [PLAYED_ROLES.indexOf(step.as), PLAYED_ROLES.indexOf(step.names)];
      const exchange = await send(step.operation, step.input(config.accounts[named]!), as);
      done.push(`${step.operation} as the ${step.as} ${config.accounts[as]}, naming the ${step.names} ${config.accounts[named]}: ${exchange.response.status}`);
    }
    return done;
  },
};

/**
 * Every played account must answer with its own credentials and have the service switched on (certify never switches
 * it on), and no membership may stand between them (certify deletes the members it creates, so it must not start
 * from one the user made).
 */
async function checkPlayedAccounts(send: SendAs, config: ResolvedRunConfig, spec: Spec): Promise<TargetFacts> {
  const family = familyOf(spec);
  const { activation, title } = family.service;
  const probe = (family.roles.getInvitationsCount ?? family.roles.listInvitations).operation;
  for (const [index, account] of config.accounts.entries()) {
    const who = `the ${PLAYED_ROLES[index]} account ${account} (profile ${config.profiles[index]})`;
    let exchange: Exchange;
    try {
      exchange = await send(probe, {}, index);
    } catch (error) {
      if ((error as Error).name.endsWith("ProviderError") || /credential|profile/i.test((error as Error).message)) {
        throw new PreflightError(`cannot load credentials for ${who}: ${(error as Error).message}`);
      }
      throw error;
    }
    const { status, headers, body } = exchange.response;
    if (status === 200) continue;
    const type = identifyError(headers, parsedOrUndefined(body)).type;
    const off = activation.refusedAsOff;
    if (off && (status === off.status || type === off.error)) {
      throw new PreflightError(
        `${title} is not enabled for ${who} in ${config.region}. certify never enables it on a real account (that has a cost): enable it with \`${activation.command} --profile ${config.profiles[index]} --region ${config.region}\` and run again.`,
      );
    }
    throw new PreflightError(
      `${who} was refused (${status}${type ? ` ${type}` : ""}): check that its credentials belong to ${account}, may call ${title}${off ? "" : `, and that it is enabled there (\`${activation.command}\`)`}.`,
    );
  }
  const [administrator, member, outsider] = config.accounts as [string, string, string];
  const members = await send(family.operation("getMembers"), family.accounts("getMembers", [member, outsider]), 0);
  const existing = members.response.status === 200 ? family.members(parsedOrUndefined(members.response.body)) : [];
  if (existing.length > 0) {
    throw new PreflightError(
      `${existing.map((m) => String(m.accountId)).join(" and ")} already ${existing.length > 1 ? "are members" : "is a member"} of the administrator ${administrator}. certify creates and deletes that membership itself, so it needs accounts with no membership between them: play other accounts, or remove the membership first.`,
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
