import { describe, expect, it } from "vitest";
import { loadStatements } from "../specs/load-statements.ts";
import { CHECKS } from "./index.ts";
import { matchesPattern, StatementIndex, traceability } from "./traceability.ts";
import { UNTESTED } from "./untested-statements.ts";

const statements = loadStatements();
const rows = traceability(statements, CHECKS);

describe("the traceability of the documentation", () => {
  it("gives every documented statement a check that enforces it, or the reason none can", () => {
    expect(rows.filter((r) => r.checks.length === 0 && !r.untested).map((r) => `${r.statement.id}: ${r.statement.text}`)).toEqual([]);
  });

  it("never gives a statement both a check and a reason why none enforces it", () => {
    expect(rows.filter((r) => r.checks.length > 0 && r.untested).map((r) => `${r.statement.id}: ${r.checks.join(", ")} / ${r.untested!.reason}`)).toEqual([]);
  });

  it("names only statements that exist, in checks and in reasons alike", () => {
    const stale = [...CHECKS.flatMap((c) => c.statements.map((p) => `${c.id}: ${p}`)), ...UNTESTED.map((u) => `untested: ${u.statements}`)].filter((entry) => {
      const pattern = entry.slice(entry.indexOf(": ") + 2);
      return !statements.some((s) => matchesPattern(pattern, s.id));
    });
    expect(stale).toEqual([]);
  });

  it("fails for a statement the documentation gains that nothing traces", () => {
    const gained = [
      ...statements,
      {
        id: "InviteMembers.page.invitations-expire-after-days",
        source: "reference-page" as const,
        operations: ["InviteMembers"],
        where: "InviteMembers reference page",
        text: "Invitations expire after 30 days.",
      },
    ];
    expect(
      traceability(gained, CHECKS)
        .filter((r) => r.checks.length === 0 && !r.untested)
        .map((r) => r.statement.id),
    ).toEqual(["InviteMembers.page.invitations-expire-after-days"]);
  });

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
    const index = new StatementIndex(statements, new Map(CHECKS.map((c) => [c.id, c])));
    expect(index.exercisedBy("status-codes/invalid-input-rejected", "InviteMembers")).toContain("InviteMembers.page.AccountIds.pattern");
    expect(index.exercisedBy("status-codes/invalid-input-rejected", "DeclineInvitations")).not.toContain("InviteMembers.page.AccountIds.pattern");
    expect(index.exercisedBy("success-shapes/member-status-value", "GetMembers")).toContain("Member.model.MemberStatus.the-status-can-have-one");
    expect(index.exercisedBy("success-shapes/member-status-value", "ListInvitations")).toEqual([]);
  });
});
