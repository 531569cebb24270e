import { describe, expect, it } from "vitest";
import { loadSpec } from "../specs/load-spec.ts";
import { operationOf } from "../specs/spec-model.ts";
import { findingsOf, judgeAll, type Check } from "./define-check.ts";
import { DECLINE_EFFECT_CHECKS, INVITE_EFFECT_CHECKS, type DeclineOutcome, type InviteOutcome } from "./effects.ts";
import { awsError, exchangeOf, type ExchangeFixture } from "./exchange.fixture.ts";
import { LIST_ONLY_OWN, OTHERS_UNTOUCHED } from "./isolation.ts";
import { ELIGIBILITY_CHECKS, type Eligibility } from "./unprocessed-accounts.ts";

const spec = await loadSpec();
const [E1, E2, I1] = ["100000000001", "100000000002", "200000000001"];
const entry = (AccountId: string): { AccountId: string; ProcessingResult: string } => ({ AccountId, ProcessingResult: "not a member" });
const eligibility = (e: Partial<Eligibility>): Eligibility => ({ eligible: [], ineligible: [], malformed: [], ...e });
/** The findings of some checks on one input. */
const judge = <Input>(checks: readonly Check<string, Input>[] | Check<string, Input>, input: Input) =>
  findingsOf(judgeAll(Array.isArray(checks) ? checks : [checks as Check<string, Input>], input));
const verdicts = (given: Partial<Eligibility>, fixture: ExchangeFixture): string[] =>
  judge(ELIGIBILITY_CHECKS, { operation: operationOf(spec, "InviteMembers"), eligibility: eligibility(given), exchange: exchangeOf(fixture) }).map((f) =>
    `${f.check} ${f.facts.accountId ?? ""}`.trim(),
  );

describe("the eligibility checks", () => {
  it.each<[string, Partial<Eligibility>, ExchangeFixture, string[]]>([
    ["ineligible listed, eligible not", { eligible: [E1], ineligible: [I1] }, { status: 200, body: { UnprocessedAccounts: [entry(I1)] } }, []],
    ["an empty list answered 400", {}, awsError(400, "InvalidInputException"), []],
    ["an empty list answered 200", {}, { status: 200, body: {} }, []],
    ["a malformed id answered 400", { eligible: [E1], malformed: ["12345"] }, awsError(400, "InvalidInputException"), []],
    ["a malformed id listed unprocessed", { eligible: [E1], malformed: ["12345"] }, { status: 200, body: { UnprocessedAccounts: [entry("12345")] } }, []],
    [
      "an ineligible id reported processed",
      { eligible: [E1], ineligible: [I1] },
      { status: 200, body: { UnprocessedAccounts: [] } },
      [`unprocessed-accounts/ineligible-reported ${I1}`],
    ],
    ["a malformed id neither rejected nor listed", { malformed: ["12345"] }, { status: 200, body: {} }, ["unprocessed-accounts/ineligible-reported 12345"]],
    [
      "an eligible id reported unprocessed",
      { eligible: [E1, E2] },
      { status: 200, body: { UnprocessedAccounts: [entry(E2)] } },
      [`unprocessed-accounts/eligible-processed ${E2}`],
    ],
    // status-codes/valid-input-accepted judges it: the scenarios send such a batch as admitted.
    ["a well-formed batch rejected whole", { eligible: [E1], ineligible: [I1] }, awsError(400, "InvalidInputException"), []],
  ])("%s", (_name, given, fixture, expected) => {
    expect(verdicts(given, fixture)).toEqual(expected);
  });
});

describe("the invite effect checks", () => {
  const outcome = (o: Partial<InviteOutcome>): InviteOutcome => ({
    operation: "InviteMembers",
    reads: { created: "GetMembers", listed: "ListInvitations", counted: "GetInvitationsCount", members: "GetMembers" },
    administrator: "A",
    processed: [],
    unprocessed: [],
    invitees: [],
    members: undefined,
    waitedMs: 0,
    ...o,
  });
  it.each<[string, Partial<InviteOutcome>, string[]]>([
    [
      "a visible, reflected invite",
      { processed: ["B"], invitees: [{ invitee: "B", administrators: ["A"], count: 1 }], members: [{ accountId: "B", status: "Invited" }] },
      [],
    ],
    [
      "a status in capitals",
      { processed: ["B"], invitees: [{ invitee: "B", administrators: ["A"], count: 1 }], members: [{ accountId: "B", status: "INVITED" }] },
      [],
    ],
    ["an unprocessed id with no effect", { unprocessed: ["C"], invitees: [{ invitee: "C", administrators: [], count: 0 }] }, []],
    [
      "an invite the invitee does not see",
      { processed: ["B"], invitees: [{ invitee: "B", administrators: [], count: 0 }] },
      ["state/invite-visible-to-invitee"],
    ],
    ["an invite not counted", { processed: ["B"], invitees: [{ invitee: "B", administrators: ["A"], count: 0 }] }, ["state/invite-visible-to-invitee"]],
    [
      "an administrator view still Created",
      { processed: ["B"], invitees: [{ invitee: "B", administrators: ["A"], count: 1 }], members: [{ accountId: "B", status: "Created" }] },
      ["state/invite-reflected-for-administrator"],
    ],
    [
      "an unprocessed id invited all the same",
      { unprocessed: ["C"], invitees: [{ invitee: "C", administrators: ["A"], count: 1 }] },
      ["state/unprocessed-has-no-effect"],
    ],
    [
      "an invitee whose reads failed: the effect is unknown, not missing",
      { processed: ["B"], invitees: [{ invitee: "B", administrators: undefined, count: undefined }] },
      [],
    ],
  ])("%s", (_name, given, expected) => {
    expect(judge(INVITE_EFFECT_CHECKS, outcome(given)).map((f) => f.check)).toEqual(expected);
  });
});

describe("the decline effect checks", () => {
  const outcome = (o: Partial<DeclineOutcome>): DeclineOutcome => ({
    operation: "DeclineInvitations",
    invitee: "B",
    processed: [],
    bystanders: [],
    listedAfter: [],
    waitedMs: 0,
    ...o,
  });
  it.each<[string, Partial<DeclineOutcome>, string[]]>([
    ["a declined invitation gone, a bystander kept", { processed: ["A"], bystanders: ["Z"], listedAfter: ["Z"] }, []],
    ["a declined invitation still pending", { processed: ["A"], listedAfter: ["A"] }, ["state/decline-removes-invitation"]],
    ["a bystander's invitation gone", { processed: ["A"], bystanders: ["Z"], listedAfter: [] }, ["state/decline-only-named"]],
  ])("%s", (_name, given, expected) => {
    expect(judge(DECLINE_EFFECT_CHECKS, outcome(given)).map((f) => f.check)).toEqual(expected);
  });

  it("says how long it waited for the removal to show", () => {
    const [finding] = judge(DECLINE_EFFECT_CHECKS, outcome({ processed: ["A"], listedAfter: ["A"], waitedMs: 3_000 }));
    expect(finding).toMatchObject({ title: expect.stringContaining("after waiting 3.0 s"), facts: { waitedMs: 3_000 } });
  });
});

describe("isolation checks", () => {
  it("accept a listing of the caller's own invitations, in any order", () => {
    expect(judge(LIST_ONLY_OWN, { operation: "ListInvitations", caller: "C", listed: ["B", "A"], sentToCaller: ["A", "B"] })).toEqual([]);
  });
  it("catch an invitation sent to someone else", () => {
    expect(judge(LIST_ONLY_OWN, { operation: "ListInvitations", caller: "C", listed: ["A"], sentToCaller: [] }).map((f) => f.check)).toEqual([
      "isolation/list-only-own-invitations",
    ]);
  });
  it("catch a decline that removed another account's invitation", () => {
    const bystander = (listedForOther: string[]) => ({ operation: "DeclineInvitations", actor: "C", administrator: "A", other: "B", listedForOther });
    expect(judge(OTHERS_UNTOUCHED, bystander([])).map((f) => f.check)).toEqual(["isolation/others-untouched"]);
    expect(judge(OTHERS_UNTOUCHED, bystander(["A"]))).toEqual([]);
  });
});
