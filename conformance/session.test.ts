/** A session's caches stay bounded over a deep run, and its cases speak its service's documentation. */
import { describe, expect, it } from "vitest";
import { ACCEPT_NEEDS_INVITATION } from "../checks/effects.ts";
import { ruleOf } from "../checks/service-checks.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY, SECURITY_HUB } from "../specs/services/index.ts";
import { CaseRun } from "./case-run.ts";
import { EMULATOR_PROFILE } from "./profiles/emulator.ts";
import { defaultRunConfig } from "./run-config.ts";
import { MAX_ACTORS_KEPT, Session } from "./session.ts";

const spec = await loadSpec();

describe("Session", () => {
  it("keeps the actors of the MAX_ACTORS_KEPT accounts made last, not of every fresh account of a deep run", async () => {
    const session = new Session(spec, { ...defaultRunConfig(), endpoint: "http://127.0.0.1:9" }, EMULATOR_PROFILE);
    try {
      const first = session.actor("000000000001");
      expect(session.actor("000000000001")).toBe(first);
      // One more than it keeps: the first is the one let go, the second is still there.
      const second = session.actor("000000000002");
      for (let i = 3; i <= MAX_ACTORS_KEPT + 1; i++) session.actor(String(i).padStart(12, "0"));
      expect(session.actor("000000000002")).toBe(second);
      expect(session.actor("000000000001")).not.toBe(first);
      expect(session.actor("000000000001").accountId).toBe("000000000001");
    } finally {
      await session.close();
    }
  });

  it.each([
    [SECURITY_HUB, "ResourceNotFoundException", "AcceptAdministratorInvitation.model.accepts-the-invitation-to-be"],
    [GUARDDUTY, "BadRequestException", "AcceptAdministratorInvitation.model.input.InvitationId.the-value-that-is-used"],
  ] as const)("gives a case's findings the rule as %s's documentation words it, and counts that service's statements", async (service, quoted, statement) => {
    const session = new Session(await loadServiceSpec(service), { ...defaultRunConfig(), endpoint: "http://127.0.0.1:9" }, EMULATOR_PROFILE);
    try {
      const run = new CaseRun(session);
      const operation = service.family.acceptInvitation.operation;
      run.judge(ACCEPT_NEEDS_INVITATION, { operation, invitee: "000000000002", administrator: "000000000001", status: 200 });
      expect(run.findings.map((f) => f.rule)).toEqual([ruleOf(service, ACCEPT_NEEDS_INVITATION.id)]);
      expect(run.findings[0]!.rule).toContain(quoted);
      expect(run.findings[0]!.rule).not.toBe(ACCEPT_NEEDS_INVITATION.rule);
      expect([...session.statementsExercised(run.exercised)]).toContain(statement);
    } finally {
      await session.close();
    }
  });
});
