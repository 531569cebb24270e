/**
 * Issue 13: the reference emulator compared with itself diverges nowhere, and compared with each tolerant
 * variant diverges exactly where that variant's description says it chooses otherwise, with no conformance
 * failure. Each expected divergence is `check|operation`, and the comment beside it quotes the description.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRunConfig, type ParityConfig, type RunConfig } from "../run-config.ts";
import { runScenarios } from "../run-scenarios.ts";
import { runScenario } from "../scenario.ts";
import { Session } from "../session.ts";
import { EMULATOR_PROFILE } from "../profiles/emulator.ts";
import { scenariosFor } from "../profiles/index.ts";
import { startEmulator, type RunningEmulator } from "../../emulator/index.ts";
import { loadSpec } from "../../specs/load-spec.ts";
import { behaviourOf, TOLERANT_VARIANTS } from "../../variants/index.ts";

const spec = await loadSpec();
let reference: RunningEmulator;
beforeAll(async () => {
  reference = await startEmulator({ port: 0 });
});
afterAll(() => reference.close());

/** The parity config comparing with the live reference emulator. */
function liveParity(): ParityConfig {
  const { accounts, region } = defaultRunConfig();
  return {
    reference: { endpoint: reference.url, region, accounts, profile: "emulator", ownAccounts: [], profiles: [], rate: undefined },
    recording: undefined,
    record: undefined,
    gate: false,
    name: "reference",
  };
}

/**
 * Runs every parity twin against `target`: the divergences found, and any failure or scenario error. The twins alone:
 * that each tolerant variant is certified is variants/catalogue.test.ts's to prove.
 */
async function compareWithReference(
  target: string,
  parity: ParityConfig,
  overrides: Partial<RunConfig> = {},
): Promise<{ divergences: string[]; failures: string[] }> {
  // Two random cases per scenario: the twins play their scenario's coverage phase first, which finds every kind below.
  const config = { ...defaultRunConfig(), seed: 1, runs: 2, only: ["parity"], ...overrides, endpoint: target, parity };
  const results = await runScenarios(spec, config, scenariosFor(spec, config));
  const findings = results.flatMap((r) => (r.error ? [{ key: `error ${r.scenario}: ${r.error}`, family: "error", severity: "failure" }] : r.findings));
  return {
    divergences: [...new Set(findings.filter((f) => f.family === "parity").map((f) => f.key))].sort(),
    failures: [...new Set(findings.filter((f) => f.family !== "parity" && f.severity === "failure").map((f) => f.key))].sort(),
  };
}

const EXPECTED: Record<string, string[]> = {
  "the reference itself": [],
  // "an empty AccountIds or an id that is not 12 digits is answered 400; empty UnprocessedAccounts is omitted"
  "strict-input-terse-wire": [
    // the 400s, and what an invite answered 400 did not do (the invitee sees no invitation, the administrator no Invited member)
    "parity/effects|GetInvitationsCount|count",
    "parity/effects|ListInvitations|-Invited",
    // "empty UnprocessedAccounts is omitted"
    "parity/output-members|CreateMembers|-UnprocessedAccounts",
    "parity/output-members|DeclineInvitations|-UnprocessedAccounts",
    "parity/output-members|DeleteInvitations|-UnprocessedAccounts",
    "parity/output-members|DeleteMembers|-UnprocessedAccounts",
    "parity/output-members|GetMembers|-UnprocessedAccounts",
    "parity/output-members|InviteMembers|-UnprocessedAccounts",
    "parity/status|DeclineInvitations|400→200",
    "parity/status|DeclineInvitations|400→401",
    "parity/status|DeleteInvitations|400→200",
    "parity/status|DeleteInvitations|400→401",
    "parity/status|DeleteMembers|400→200",
    "parity/status|DeleteMembers|400→401",
    "parity/status|DisassociateMembers|400→200",
    "parity/status|DisassociateMembers|400→401",
    "parity/status|GetMembers|400→200",
    "parity/status|GetMembers|400→401",
    "parity/status|InviteMembers|400→200",
    "parity/status|InviteMembers|400→401",
  ],
  "lenient-lifecycle": [
    // "after a decline the administrator sees the member as Created"
    "parity/effects|GetMembers|Created→Removed",
    // "pages hold at most 2 items whatever MaxResults says" (a NextToken where the reference has none)
    "parity/output-members|ListInvitations|+NextToken",
    "parity/output-members|ListMembers|+NextToken",
    // "re-inviting an associated member is processed as a no-op" (the reference lists it unprocessed)
    "parity/unprocessed-accounts|InviteMembers|fewer here",
  ],
  // retried as clients retry: the answers that count are the same
  "throttles-every-fourth-call": [],
  // "malformed or mistyped bodies are 400 SerializationException, other constraints 400 ValidationException"
  "smithy-validation": [
    "parity/error-type|AcceptAdministratorInvitation|SerializationException→InvalidInputException",
    "parity/error-type|AcceptAdministratorInvitation|ValidationException→InvalidInputException",
    "parity/error-type|CreateMembers|SerializationException→InvalidInputException",
    "parity/error-type|CreateMembers|ValidationException→InvalidInputException",
    "parity/error-type|DeclineInvitations|SerializationException→InvalidInputException",
    "parity/error-type|DeclineInvitations|ValidationException→InvalidInputException",
    "parity/error-type|DeleteInvitations|SerializationException→InvalidInputException",
    "parity/error-type|DeleteInvitations|ValidationException→InvalidInputException",
    "parity/error-type|DeleteMembers|SerializationException→InvalidInputException",
    "parity/error-type|DeleteMembers|ValidationException→InvalidInputException",
    "parity/error-type|DisassociateMembers|SerializationException→InvalidInputException",
    "parity/error-type|DisassociateMembers|ValidationException→InvalidInputException",
    "parity/error-type|EnableSecurityHub|SerializationException→ValidationError",
    "parity/error-type|EnableSecurityHub|ValidationException→ValidationError",
    "parity/error-type|GetMembers|SerializationException→InvalidInputException",
    "parity/error-type|GetMembers|ValidationException→InvalidInputException",
    "parity/error-type|InviteMembers|SerializationException→InvalidInputException",
    "parity/error-type|InviteMembers|ValidationException→InvalidInputException",
    "parity/error-type|ListInvitations|SerializationException→InvalidInputException",
    "parity/error-type|ListInvitations|ValidationException→InvalidInputException",
    "parity/error-type|ListMembers|SerializationException→InvalidInputException",
    "parity/error-type|ListMembers|ValidationException→InvalidInputException",
  ],
  // "input errors are InvalidInputException on every operation, also on EnableSecurityHub"
  "service-wide-error-names": ["parity/error-type|EnableSecurityHub|InvalidInputException→ValidationError"],
  // "accept mistyped, out-of-range or patternless members": 200 where the reference answers 400
  "lenient-model-constraints": [
    "parity/status|AcceptAdministratorInvitation|404→400",
    "parity/status|CreateMembers|200→400",
    "parity/status|DeleteInvitations|200→400",
    "parity/status|DeleteMembers|200→400",
    "parity/status|DisassociateMembers|200→400",
    "parity/status|EnableSecurityHub|409→400",
    "parity/status|GetMembers|200→400",
    "parity/status|ListInvitations|200→400",
    "parity/status|ListMembers|200→400",
  ],
  // "enabling an already enabled hub is 409 and accepting a missing invitation 404 even when the input is also invalid"
  "validation-after-state": [
    "parity/status|AcceptAdministratorInvitation|404→400",
    "parity/status|AcceptAdministratorInvitation|404→401",
    "parity/status|EnableSecurityHub|409→400",
  ],
  // the reference emulator itself, run with --strict
  "strict-validation-first": [],
  // retried as clients retry
  "occasional-503": [],
  // the wait for an effect ends on both sides once it shows
  "delayed-invitations": [],
  // every read is made again until the change shows, on both sides
  "lagging-reads": [],
  // "an invitee naming the administrators that invited it is answered with every one unprocessed": the invitation stays
  "administrator-deletes-invitations": ["parity/effects|ListInvitations|+Invited", "parity/unprocessed-accounts|DeleteInvitations|more here"],
  // the RequestId member is not declared by the model, so it is not compared
  "request-id-in-body": [],
  // "every last page that holds anything still carries a NextToken"
  "trailing-empty-page": ["parity/output-members|ListInvitations|+NextToken", "parity/output-members|ListMembers|+NextToken"],
  // "member statuses in capitals as the model lists them … an invitation's status Pending, the administrator's ENABLED"
  "model-casing": [
    "parity/effects|GetAdministratorAccount|ENABLED→Enabled",
    "parity/effects|GetMembers|CREATED→Created",
    "parity/effects|GetMembers|ENABLED→Enabled",
    "parity/effects|GetMembers|INVITED→Invited",
    "parity/effects|GetMembers|REMOVED→Removed",
    "parity/effects|GetMembers|RESIGNED→Resigned",
    "parity/effects|ListInvitations|Pending→Invited",
    "parity/effects|ListMembers|CREATED→Created",
    "parity/effects|ListMembers|ENABLED→Enabled",
    "parity/effects|ListMembers|INVITED→Invited",
    "parity/effects|ListMembers|REMOVED→Removed",
  ],
  // "a record with status Deleted, which GetMembers shows": the reference lists the deleted member unprocessed
  "deleted-members-kept": ["parity/unprocessed-accounts|GetMembers|fewer here"],
  // "the pending invitation … before it is accepted, and the ended relation … after a disassociation"
  "administrator-shows-relation": ["parity/output-members|GetAdministratorAccount|+Administrator"],
  // "answers 404 ResourceNotFoundException"
  "no-administrator-404": ["parity/status|GetAdministratorAccount|404→200"],
  // no case reads the count after a decline
  "counts-declined-invitations": [],
  // Emails are not compared
  "no-email-shown": [],
};

describe("parity with the reference emulator (issue 13)", () => {
  it.concurrent.each(Object.entries(EXPECTED))("%s: exactly the predicted divergences, no conformance failure", async (name, expected) => {
    const variant = TOLERANT_VARIANTS.find((v) => v.name === name);
    const target = await startEmulator({ port: 0, ...(variant ? { behaviours: [behaviourOf(variant)] } : {}) });
    try {
      const { divergences, failures } = await compareWithReference(target.url, liveParity(), variant?.config ?? {});
      expect(failures).toEqual([]);
      expect(divergences).toEqual(expected);
    } finally {
      await target.close();
    }
  });

  it("knows every tolerant variant", () => {
    expect(Object.keys(EXPECTED).slice(1).sort()).toEqual(TOLERANT_VARIANTS.map((v) => v.name).sort());
  });
});

describe("a divergence under --parity-gate", () => {
  it("shrinks to a smallest case, and its replay path replays that pair to the same divergence", async () => {
    const target = await startEmulator({ behaviours: [behaviourOf(TOLERANT_VARIANTS.find((v) => v.name === "lenient-lifecycle")!)] });
    const session = new Session(
      spec,
      { ...defaultRunConfig(), seed: 4, runs: 10, endpoint: target.url, parity: { ...liveParity(), gate: true } },
      EMULATOR_PROFILE,
    );
    try {
      const twin = scenariosFor(spec, { ...session.config }).find((s) => s.name === "parity/semantics/DeclineInvitations")!;
      const found = await runScenario(session, twin, { runs: 10, seed: 4 });
      expect(found.verdict).toBe("failed");
      expect(found.findings.map((f) => f.key)).toContain("parity/output-members|ListInvitations|+NextToken");
      const replayed = await runScenario(session, twin, { runs: 10, seed: 4, path: found.path });
      expect(String(replayed.counterexample)).toBe(String(found.counterexample));
      expect(replayed.findings.map((f) => f.key)).toEqual(found.findings.map((f) => f.key));
    } finally {
      await session.close();
      await target.close();
    }
  });
});
