import { describe, expect, it } from "vitest";
import { loadStatements } from "../specs/load-statements.ts";
import { checkTextsOf, GUARDDUTY, PROTOCOL_ONLY_SERVICES, SECURITY_HUB, SERVICES } from "../specs/services/index.ts";
import { PROTOCOL_CHECK_IDS } from "./protocol-checks.ts";
import { BEYOND_PROTOCOL, checksOf, untestedOf } from "./service-checks.ts";
import { matchesPattern, StatementIndex, traceability, traceabilityOf } from "./traceability.ts";

describe.each(SERVICES.map((service) => [service.title, service] as const))("the traceability of %s's documentation", (_title, service) => {
  const statements = loadStatements(service);
  const checks = checksOf(service);
  const rows = traceabilityOf(service);

  it("gives every documented statement a check that enforces it, or the reason none can", () => {
    expect(rows.filter((r) => r.checks.length === 0 && !r.untested).map((r) => `${r.statement.id}: ${r.statement.text}`)).toEqual([]);
  });

  it("never gives a statement both a check and a reason why none enforces it", () => {
    expect(rows.filter((r) => r.checks.length > 0 && r.untested).map((r) => `${r.statement.id}: ${r.checks.join(", ")} / ${r.untested!.reason}`)).toEqual([]);
  });

  it("names only statements that exist, in checks and in reasons alike", () => {
    const stale = [...checks.flatMap((c) => c.statements.map((p) => `${c.id}: ${p}`)), ...untestedOf(service).map((u) => `untested: ${u.statements}`)].filter(
      (entry) => {
        const pattern = entry.slice(entry.indexOf(": ") + 2);
        return !statements.some((s) => matchesPattern(pattern, s.id));
      },
    );
    expect(stale).toEqual([]);
  });

  it("fails for a statement the documentation gains that nothing traces", () => {
    const gained = [
      ...statements,
      {
        id: `${service.family.inviteMembers!.operation}.model.invitations-expire-after-days`,
        source: "aws-model" as const,
        operations: [service.family.inviteMembers!.operation],
        where: "AWS model",
        text: "Invitations expire after 30 days.",
      },
    ];
    expect(
      traceability(gained, checks, untestedOf(service))
        .filter((r) => r.checks.length === 0 && !r.untested)
        .map((r) => r.statement.id),
    ).toEqual([gained.at(-1)!.id]);
  });
});

describe.each(PROTOCOL_ONLY_SERVICES.map((service) => [service.title, service] as const))(
  "the traceability of %s's documentation, certified for protocol and shapes only",
  (_title, service) => {
    const statements = loadStatements(service);
    const rows = traceabilityOf(service);

    it("traces it to the checks of single answers alone, every other statement beyond them", () => {
      expect(new Set(checksOf(service).map((c) => c.id))).toEqual(PROTOCOL_CHECK_IDS);
      expect(untestedOf(service).at(-1)).toBe(BEYOND_PROTOCOL);
      expect(rows.filter((r) => r.checks.length === 0 && !r.untested)).toEqual([]);
      expect(rows.filter((r) => r.checks.length > 0).length).toBeGreaterThan(100);
      expect(rows.filter((r) => r.checks.length === 0).every((r) => r.untested === BEYOND_PROTOCOL)).toBe(true);
    });

    it("names only statements that exist in its own texts", () => {
      const patterns = Object.entries(checkTextsOf(service).checks).flatMap(([id, text]) => (text.statements ?? []).map((p) => `${id}: ${p}`));
      expect(patterns.length).toBeGreaterThan(0);
      expect(patterns.filter((entry) => !statements.some((s) => matchesPattern(entry.slice(entry.indexOf(": ") + 2), s.id)))).toEqual([]);
    });
  },
);

describe("the traceability of Security Hub's documentation, in particular", () => {
  it.each([
    ["InviteMembers.page.*", "InviteMembers.page.AccountIds.pattern", true],
    ["*.errors.InternalException", "ListMembers.model.errors.InternalException", true],
    ["*.input.NextToken.for-subsequent-*", "ListMembers.model.input.NextToken.for-subsequent-calls-to-the", true],
    ["*.input.NextToken.for-subsequent-*", "ListMembers.model.input.NextToken.syntax", false],
    ["Member.model.*", "Invitation.model.AccountId.syntax", false],
    ["a*a", "a", false],
  ])("matches %s against %s: %s", (pattern, id, expected) => {
    expect(matchesPattern(pattern, id)).toBe(expected);
  });

  it("counts a statement exercised only by its checks, on the operations it is about", () => {
    const index = StatementIndex.of(SECURITY_HUB);
    expect(index.exercisedBy("status-codes/invalid-input-rejected", "InviteMembers")).toContain("InviteMembers.page.AccountIds.pattern");
    expect(index.exercisedBy("status-codes/invalid-input-rejected", "DeclineInvitations")).not.toContain("InviteMembers.page.AccountIds.pattern");
    expect(index.exercisedBy("success-shapes/member-status-value", "GetMembers")).toContain("Member.model.MemberStatus.the-status-can-have-one");
    expect(index.exercisedBy("success-shapes/member-status-value", "ListInvitations")).toEqual([]);
  });
});

describe("the traceability of GuardDuty's documentation, in particular", () => {
  it("counts GuardDuty's statements exercised by the checks, through its patterns and the shared ones", () => {
    const index = StatementIndex.of(GUARDDUTY);
    expect(index.exercisedBy("status-codes/invalid-input-rejected", "InviteMembers")).toEqual(["InviteMembers.model.errors.BadRequestException"]);
    expect(index.exercisedBy("status-codes/operation-implemented", "InviteMembers")).toEqual(["InviteMembers.model.http"]);
    expect(index.exercisedBy("state/created-member-shown", "GetMembers")).toContain("Member.model.MasterId.the-administrator-account-id");
    expect(index.exercisedBy("success-shapes/member-status-value", "GetMembers")).toEqual([]);
  });
});
