/**
 * An emulator or a mock: accounts sign by LocalStack's convention (a 12-digit access key id acts as that
 * account), the suite switches the service on itself, and every case acts on fresh accounts of its own, so cases and
 * scenarios overlap freely and a long-lived target never sees two cases meet.
 */
import { emulatorActor } from "../../client/credentials.ts";
import { RUN_DEFAULTS } from "../run-config.ts";
import { allScenarios } from "../scenarios/index.ts";
import { familyOf } from "../family.ts";
import { hasFamily } from "../../specs/service-descriptor.ts";
import type { OperationSpec, Spec } from "../../specs/spec-model.ts";
import { probeAccountsApart } from "./accounts-apart.ts";
import type { TargetProfile } from "./target-profile.ts";

export const EMULATOR_PROFILE: TargetProfile = {
  name: "emulator",
  warning: undefined,
  actor: (_config, accountId) => emulatorActor(accountId),
  guard: () => {},
  activatesAccounts: true,
  usesFreshAccounts: true,
  scenarios: allScenarios,
  scenariosOverlap: true,
  defaults: { runs: RUN_DEFAULTS.runs, rate: undefined },
  plan: (config) => [`accounts: ${config.accounts.join(", ")} and fresh 12-digit ids per case (emulator convention: the access key id is the account)`],
  // The target must answer at all (what it answers is for the checks); then, whether it keeps accounts apart.
  async preflight(send, _config, spec) {
    if (!hasFamily(spec.service)) {
      // A protocol-only run knows no role of the operations: any answer to a call that needs no input shows the target answers.
      await send(answerProbe(spec), {}, 0);
      return { accountsApart: undefined };
    }
    const family = familyOf(spec);
    await send((family.roles.getInvitationsCount ?? family.roles.listInvitations).operation, {}, 0);
    // A probe the target answers badly tells nothing: the run's own cases judge those answers.
    return { accountsApart: await probeAccountsApart(send, family).catch(() => undefined) };
  },
  // Fresh accounts per case leave nothing anyone else will meet.
  cleanUp: async () => [],
};

/** The operation a protocol-only run first sends: a read needing no input if there is one (GET), else any call needing none, else the first. */
function answerProbe(spec: Spec): string {
  const operations = [...spec.operations.values()];
  const needsNothing = (o: OperationSpec): boolean =>
    o.labels.length === 0 && !o.query.some((p) => p.required) && !o.headers.some((h) => h.required) && !(o.body?.required ?? false);
  return (operations.find((o) => o.method === "GET" && needsNothing(o)) ?? operations.find(needsNothing) ?? operations[0]!).name;
}
