/**
 * A check states what holds for every service, and each service's documentation adds its own words: the registry's
 * rules name no operation or member of any service, its statement patterns match any rest-json model's statements,
 * and a service's texts speak of checks the registry holds.
 */
import { describe, expect, it } from "vitest";
import { familyNames, isCompound } from "../specs/services/family-names.fixture.ts";
import { NO_CHECK_TEXTS } from "../specs/check-texts.ts";
import { checkTextsOf, MACIE, SECURITY_HUB, SERVICES } from "../specs/services/index.ts";
import { COMMON_ERRORS, THROTTLING_ERRORS } from "./common-errors.ts";
import { CHECKS } from "./index.ts";
import { PROTOCOL_CHECK_IDS } from "./protocol-checks.ts";
import { BEYOND_PROTOCOL, checksOf, ruleOf, untestedOf } from "./service-checks.ts";

/** What a pattern over any rest-json model's statements may say: the model's HTTP binding, its errors, each member's syntax. */
const NEUTRAL_PATTERN = /^\*\.model\.(http|errors\.\*|(input|output)\.\*\.syntax)$/;

/** Words of every built-in service: its title, its operations, and its members and errors of more than one word. */
const serviceWords = SERVICES.flatMap((service) => {
  const { operations, members, errors } = familyNames(service);
  return [service.title, ...service.title.split(" ").slice(1), ...operations, ...[...members, ...errors].filter(isCompound)];
});
// Words AWS uses for every service (its common errors, the throttling SDKs retry) are not a service's.
const AWS_WIDE = new Set([...Object.keys(COMMON_ERRORS), ...THROTTLING_ERRORS]);
const named = (text: string): string[] => [...new Set(serviceWords.filter((word) => !AWS_WIDE.has(word) && new RegExp(`\\b${word}\\b`).test(text)))];

describe("the registry of checks, as every service shares it", () => {
  it("states each rule without naming an operation or a member of any service", () => {
    expect(CHECKS.filter((c) => named(c.rule).length > 0).map((c) => `${c.id}: ${named(c.rule).join(", ")}`)).toEqual([]);
  });

  it("finds the names a rule must not use (the test can fail)", () => {
    expect(named("The InviteMembers call lists accountIds in UnprocessedAccounts")).toEqual(["InviteMembers", "UnprocessedAccounts", "accountIds"]);
    expect(named("Members the model does not declare are ignored")).toEqual([]);
  });

  it("names only statement patterns every rest-json model's statements have", () => {
    expect(CHECKS.flatMap((c) => c.statements.filter((p) => !NEUTRAL_PATTERN.test(p)).map((p) => `${c.id}: ${p}`))).toEqual([]);
    expect(NEUTRAL_PATTERN.test("*.errors.InternalException")).toBe(false);
  });
});

describe.each(SERVICES.map((service) => [service.title, service] as const))("the checks as %s reads them", (_title, service) => {
  it("speak only of checks the registry holds", () => {
    const ids = new Set<string>(CHECKS.map((c) => c.id));
    expect(Object.keys(checkTextsOf(service).checks).filter((id) => !ids.has(id))).toEqual([]);
  });

  it("keep the registry's checks, in its order, each with the shared patterns and the service's own", () => {
    const checks = checksOf(service);
    expect(checks.map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
    for (const [i, check] of checks.entries()) {
      const text = checkTextsOf(service).checks[check.id];
      expect(check.statements).toEqual([...CHECKS[i]!.statements, ...(text?.statements ?? [])]);
      expect(check.rule).toBe(text?.rule ?? CHECKS[i]!.rule);
      expect(ruleOf(service, check.id)).toBe(check.rule);
    }
  });

  it("quote the service's own documentation, never another service's operations", () => {
    const own = new Set(familyNames(service).operations);
    const others = SERVICES.filter((s) => s !== service).flatMap((s) => familyNames(s).operations.filter((o) => !own.has(o)));
    const foreign = (text: string): string[] => others.filter((o) => new RegExp(`\\b${o}\\b`).test(text));
    const texts = [...checksOf(service).map((c) => [c.id, c.rule] as const), ...untestedOf(service).map((u) => [u.statements, u.reason] as const)];
    expect(texts.filter(([, text]) => foreign(text).length > 0).map(([id, text]) => `${id}: ${foreign(text).join(", ")}`)).toEqual([]);
  });
});

describe("a service the suite holds no texts for", () => {
  it("reads the registry's shared rules and patterns, and explains nothing", () => {
    const unknown = { name: "detective" };
    expect(checksOf(unknown).map((c) => [c.rule, c.statements])).toEqual(CHECKS.map((c) => [c.rule, c.statements]));
    expect(untestedOf(unknown)).toEqual([]);
    expect(ruleOf(SECURITY_HUB, "state/created-member-shown")).not.toBe(ruleOf(unknown, "state/created-member-shown"));
  });
});

describe("a service certified for protocol and shapes only", () => {
  it("reads the checks of single answers alone, in the registry's order, and ends its untested list with what is beyond them", () => {
    expect(checksOf(MACIE).map((c) => c.id)).toEqual(CHECKS.map((c) => c.id).filter((id) => PROTOCOL_CHECK_IDS.has(id)));
    expect(untestedOf(MACIE)).toEqual([...checkTextsOf(MACIE).untested, BEYOND_PROTOCOL]);
  });

  it("made from a model file, reads that file's texts, even under a built-in service's name", () => {
    const modelFile = {
      path: "service-2.json",
      sha256: "0",
      botocoreVersion: undefined,
      operations: [],
      leftOut: [],
      statements: [],
      checkTexts: NO_CHECK_TEXTS,
    };
    const fromFile = { name: SECURITY_HUB.name, modelFile, protocolOnly: "made from a model file" };
    expect(ruleOf(fromFile, "status-codes/documented-status")).toBe(CHECKS.find((c) => c.id === "status-codes/documented-status")!.rule);
    expect(ruleOf(SECURITY_HUB, "status-codes/documented-status")).not.toBe(ruleOf(fromFile, "status-codes/documented-status"));
    expect(untestedOf(fromFile)).toEqual([BEYOND_PROTOCOL]);
  });
});
