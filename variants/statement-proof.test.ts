/**
 * Coverage claimed = coverage proven, kept honest: every statement the traceability table marks enforced is claimed
 * by a faulty variant (whose run must then prove it: catalogue.test.ts and `npm run mutation`) or listed in
 * its catalogue's unproven list with its reason, never both; and every claim names statements its variant's check enforces.
 */
import { describe, expect, it } from "vitest";
import { checksOf } from "../checks/service-checks.ts";
import type { Finding } from "../checks/finding.ts";
import { matchesPattern, traceability } from "../checks/traceability.ts";
import { loadStatements } from "../specs/load-statements.ts";
import { GUARDDUTY, SECURITY_HUB } from "../specs/services/index.ts";
import { catalogueOf, FAULTY_VARIANTS, GENERATED_FAULTS, TOLERANT_VARIANTS } from "./index.ts";
import { claimedStatements, claimProblems, claimsOf, provenStatements, runScope, statementProof } from "./statement-proof.ts";
import { VARIANT_SERVICE, type Variant } from "./variant.ts";

const statements = loadStatements(VARIANT_SERVICE);
const CHECKS = checksOf(VARIANT_SERVICE);
const enforced = traceability(statements, CHECKS, []).filter((row) => row.checks.length > 0);

const failure = (check: string, operation: string, also?: string[]): Finding => ({
  check,
  family: "state",
  source: "aws-model",
  severity: "failure",
  operation,
  title: "t",
  rule: "r",
  facts: {},
  key: `${check}|${operation}`,
  ...(also ? { also } : {}),
});

describe.each([SECURITY_HUB, GUARDDUTY].map((service) => [service.title, service] as const))(
  "the statements %s's variant catalogue proves",
  (_title, service) => {
    const catalogue = catalogueOf(service.name)!;
    const own = loadStatements(service);
    const checks = checksOf(service);
    const rows = traceability(own, checks, []).filter((row) => row.checks.length > 0);
    const claimed = claimsOf(catalogue.faulty, own);
    const explained = (id: string): boolean => catalogue.unproven.some((u) => matchesPattern(u.statements, id));

    it("has, for every enforced statement, a faulty variant claiming it or a listed reason why none does", () => {
      expect(rows.filter((row) => !claimed.has(row.statement.id) && !explained(row.statement.id)).map((row) => row.statement.id)).toEqual([]);
    });

    it("lists no reason for a statement a variant claims, nor one that matches no enforced statement", () => {
      expect(catalogue.unproven.filter((u) => rows.some((row) => matchesPattern(u.statements, row.statement.id) && claimed.has(row.statement.id)))).toEqual([]);
      expect(catalogue.unproven.filter((u) => !rows.some((row) => matchesPattern(u.statements, row.statement.id)))).toEqual([]);
    });

    it("lets a variant claim only statements its check enforces, and only a faulty variant claim any", () => {
      expect([...catalogue.faulty, ...catalogue.tolerant].flatMap((v) => claimProblems(v, own, checks))).toEqual([]);
    });
  },
);

describe("the statement proof", () => {
  it("refuses a claim its check does not enforce, a pattern naming nothing, and a tolerant variant's claim", () => {
    const base = { description: "d", behaviour: () => ({}) };
    const variants: Variant[] = [
      { ...base, name: "a", kind: "faulty", caughtBy: "status-codes/documented-status", breaks: ["InviteMembers.page.AccountIds.pattern"] },
      { ...base, name: "b", kind: "faulty", caughtBy: "status-codes/documented-status", breaks: ["InviteMembers.page.no-such-*"] },
      { ...base, name: "c", kind: "tolerant", breaks: ["InviteMembers.page.errors.InternalException"] },
    ];
    expect(variants.map((v) => claimProblems(v, statements, CHECKS).length)).toEqual([1, 1, 1]);
  });

  it("names every variant once, and plays a claiming variant's scenarios about the operations of its claims", () => {
    const names = [...FAULTY_VARIANTS, ...TOLERANT_VARIANTS].map((v) => v.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(GENERATED_FAULTS.filter((v) => v.only !== undefined || (v.breaks ?? []).length === 0).map((v) => v.name)).toEqual([]);
    expect(runScope({ breaks: ["Member.model.MemberStatus.created-*"] }, statements)).toEqual(["GetMembers", "ListMembers"]);
    expect(runScope({ breaks: ["Member.model.MemberStatus.created-*"], only: ["lifecycle/member"] }, statements)).toEqual(["lifecycle/member"]);
    expect(runScope({}, statements)).toEqual([]);
  });

  it("proves a statement only by a failure of the check that catches the variant, on an operation the statement is about", () => {
    const variant = { caughtBy: "state/created-member-shown" as const };
    const claimed = claimedStatements({ breaks: ["Member.model.MemberStatus.created-*", "CreateMembers.model.creates-a-member-association-in"] }, statements);
    expect(provenStatements(variant, claimed, [failure("state/created-member-shown", "CreateMembers")])).toEqual([
      "CreateMembers.model.creates-a-member-association-in",
    ]);
    // The read that showed it (GetMembers) is an operation the Member statements are about.
    expect(provenStatements(variant, claimed, [failure("state/created-member-shown", "CreateMembers", ["GetMembers"])])).toHaveLength(2);
    expect(provenStatements(variant, claimed, [failure("status-codes/no-5xx-for-valid-input", "GetMembers")])).toEqual([]);
    expect(provenStatements(variant, claimed, [{ ...failure("state/created-member-shown", "GetMembers"), severity: "warning" }])).toEqual([]);
  });

  it("says why each enforced statement a run did not prove is not proven", () => {
    const [first, second, third] = enforced.map((row) => row.statement.id);
    const proof = statementProof(statements, CHECKS, new Map([[first!, ["v1"]]]), new Map([[second!, ["v2"]]]), [
      { statements: third!, kind: "cannot-break-alone", reason: "because" },
    ]);
    expect(proof.enforced).toBe(enforced.length);
    expect([...proof.proven.keys()]).toEqual([first]);
    expect(proof.unproven.slice(0, 2).map((u) => [u.statement.id, u.reason])).toEqual([
      [second, "claimed by v2, but no failure of the check on an operation it is about proved it in this run"],
      [third, "no faulty variant can break it alone: because"],
    ]);
    expect(proof.unproven[2]!.reason).toMatch(/^no variant claims it/);
  });
});
