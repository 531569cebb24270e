import { describe, expect, it } from "vitest";
import { findingsOf, judgeAll, type Check } from "./define-check.ts";
import { exchangeOf } from "./exchange.fixture.ts";
import { MEMBERS_PER_ADMINISTRATOR } from "./isolation.ts";
import {
  ACCEPT_ASSOCIATES,
  ADMINISTRATOR_SHOWN,
  COUNT_EXCLUDES_ACCEPTED,
  CREATED_MEMBER_SHOWN,
  DELETE_REMOVES_MEMBER,
  DISASSOCIATE_REMOVES,
  ONLY_ASSOCIATED_FILTER,
  RESIGN_SHOWS_RESIGNED,
  type MemberRead,
} from "./lifecycle.ts";
import { MEMBER_STATUS_VALUE } from "./member-status.ts";
import { PAGE_WITHIN_MAX_RESULTS, PAGINATION_COMPLETE, type Walk } from "./pagination.ts";
import { ACTIVATED_ACCOUNT_SERVED, ACTIVATION_REQUIRED } from "./activation.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import { operationOf } from "../specs/spec-model.ts";

const spec = await loadSpec();
/** The findings one check makes of an input, as `check discriminator` (or just the check). */
const verdicts = <Input>(check: Check<string, Input>, input: Input): string[] =>
  findingsOf(judgeAll([check], input)).map((f) => [f.check, f.key.split("|")[2]].filter(Boolean).join(" "));
const member = (status: unknown, more: Partial<{ email: unknown; administratorId: unknown; masterId: unknown }> = {}): MemberRead => ({
  kind: "member",
  status,
  email: undefined,
  administratorId: undefined,
  masterId: undefined,
  ...more,
});
const step = (read: MemberRead) => ({
  operation: "CreateMembers",
  shownBy: "GetMembers",
  listedBy: "ListMembers",
  createdBy: "CreateMembers",
  administrator: "A",
  member: "M",
  read,
  waitedMs: 0,
});

describe("the lifecycle checks accept what the documentation allows and catch the rest", () => {
  it.each<[string, Check<string, any>, unknown, string[]]>([
    [
      "a created member shown Created",
      CREATED_MEMBER_SHOWN,
      { ...step(member("Created", { email: "m@example.com", administratorId: "A", masterId: "A" })), email: "m@example.com" },
      [],
    ],
    [
      "CREATED in capitals, an Email in other case, none shown at all",
      CREATED_MEMBER_SHOWN,
      { ...step(member("CREATED", { email: "M@Example.com" })), email: "m@example.com" },
      [],
    ],
    ["a created member not shown", CREATED_MEMBER_SHOWN, { ...step({ kind: "not-a-member" }), email: undefined }, ["state/created-member-shown"]],
    ["a created member shown Invited", CREATED_MEMBER_SHOWN, { ...step(member("Invited")), email: undefined }, ["state/created-member-shown"]],
    [
      "another Email shown",
      CREATED_MEMBER_SHOWN,
      { ...step(member("Created", { email: "x@example.com" })), email: "m@example.com" },
      ["state/created-member-shown email"],
    ],
    [
      "another administrator named",
      CREATED_MEMBER_SHOWN,
      { ...step(member("Created", { administratorId: "B" })), email: undefined },
      ["state/created-member-shown administrator"],
    ],
    ["an unread view judges nothing", CREATED_MEMBER_SHOWN, { ...step(undefined), email: undefined }, []],
    ["an accepted member shown Enabled", ACCEPT_ASSOCIATES, { ...step(member("Enabled")), acceptStatus: 200 }, []],
    ["an accept refused", ACCEPT_ASSOCIATES, { ...step(undefined), acceptStatus: 404 }, ["state/accept-associates refused"]],
    ["an accepted member still Invited", ACCEPT_ASSOCIATES, { ...step(member("Invited")), acceptStatus: 200 }, ["state/accept-associates"]],
    ["a disassociated member shown Removed", DISASSOCIATE_REMOVES, { ...step(member("REMOVED")), callStatus: 200 }, []],
    ["a disassociation refused", DISASSOCIATE_REMOVES, { ...step(undefined), callStatus: 400 }, ["state/disassociate-shows-removed refused"]],
    ["a disassociated member still Enabled", DISASSOCIATE_REMOVES, { ...step(member("Enabled")), callStatus: 200 }, ["state/disassociate-shows-removed"]],
    ["a resigned member shown Resigned", RESIGN_SHOWS_RESIGNED, { ...step(member("Resigned")), callStatus: 200 }, []],
    ["a resigned member shown Removed", RESIGN_SHOWS_RESIGNED, { ...step(member("Removed")), callStatus: 200 }, ["state/resign-shows-resigned"]],
    ["a deleted member gone", DELETE_REMOVES_MEMBER, step({ kind: "not-a-member" }), []],
    ["a deleted member shown Deleted", DELETE_REMOVES_MEMBER, step(member("Deleted")), []],
    ["a deleted member still Created", DELETE_REMOVES_MEMBER, step(member("Created")), ["state/delete-removes-member"]],
  ])("%s", (_name, check, input, expected) => {
    expect(verdicts(check, input)).toEqual(expected);
  });

  const administrator = (
    read: Partial<{
      associatedWith: string;
      formerly: string;
      status: number;
      administratorId: unknown;
      memberStatus: unknown;
      waitedMs: number;
      mayName: string[];
    }>,
  ) => ({
    operation: "GetAdministratorAccount",
    member: "M",
    associatedWith: undefined,
    formerly: undefined,
    status: 200,
    administratorId: undefined,
    memberStatus: undefined,
    ...read,
  });
  it.each<[string, unknown, string[]]>([
    ["the administrator accepted, named", administrator({ associatedWith: "A", administratorId: "A" }), []],
    ["the administrator accepted, not named", administrator({ associatedWith: "A" }), ["state/administrator-shown missing"]],
    ["the administrator accepted, refused 404", administrator({ associatedWith: "A", status: 404 }), ["state/administrator-shown missing"]],
    ["none after leaving: an empty answer", administrator({ formerly: "A" }), []],
    ["none after leaving: 404", administrator({ formerly: "A", status: 404 }), []],
    ["a record of the ended relation", administrator({ formerly: "A", administratorId: "A", memberStatus: "Resigned" }), []],
    ["a pending invitation shown Invited", administrator({ formerly: "A", administratorId: "A", memberStatus: "Invited" }), []],
    [
      "the former administrator still current",
      administrator({ formerly: "A", administratorId: "A", memberStatus: "Enabled" }),
      ["state/administrator-shown stale"],
    ],
    ["the former administrator with no status", administrator({ formerly: "A", administratorId: "A" }), ["state/administrator-shown stale"]],
    [
      "an administrator the member never had",
      administrator({ formerly: "A", administratorId: "X", memberStatus: "Enabled", mayName: ["A"] }),
      ["state/administrator-shown invented"],
    ],
    ["another account of the case, which it may have had", administrator({ formerly: "A", administratorId: "B", mayName: ["A", "B"] }), []],
    ["an administrator it never had, where the suite does not know them all", administrator({ formerly: "A", administratorId: "X" }), []],
  ])("GetAdministratorAccount: %s", (_name, input, expected) => {
    expect(verdicts(ADMINISTRATOR_SHOWN, input as never)).toEqual(expected);
  });

  it("GetInvitationsCount leaves the accepted invitation out; declined ones may count", () => {
    expect(verdicts(COUNT_EXCLUDES_ACCEPTED, { operation: "GetInvitationsCount", member: "M", count: 0, sentOtherThanAccepted: 0 })).toEqual([]);
    expect(verdicts(COUNT_EXCLUDES_ACCEPTED, { operation: "GetInvitationsCount", member: "M", count: 1, sentOtherThanAccepted: 1 })).toEqual([]);
    expect(verdicts(COUNT_EXCLUDES_ACCEPTED, { operation: "GetInvitationsCount", member: "M", count: 1, sentOtherThanAccepted: 0 })).toEqual([
      "state/count-excludes-accepted",
    ]);
  });

  it("says how long it read again before calling a read wrong, whether something is missing or still present", () => {
    const titles = [
      ...(COUNT_EXCLUDES_ACCEPTED.judge({ operation: "GetInvitationsCount", member: "M", count: 1, sentOtherThanAccepted: 0, waitedMs: 1_500 })?.findings ??
        []),
      ...(ADMINISTRATOR_SHOWN.judge(administrator({ associatedWith: "A", waitedMs: 2_000 }) as never)?.findings ?? []),
      ...(ADMINISTRATOR_SHOWN.judge(administrator({ formerly: "A", administratorId: "A", waitedMs: 3_000 }) as never)?.findings ?? []),
    ].map((f) => f.title);
    expect(titles).toEqual([
      expect.stringMatching(/after waiting 1\.5 s$/),
      expect.stringMatching(/after waiting 2\.0 s$/),
      expect.stringMatching(/after waiting 3\.0 s$/),
    ]);
  });

  const listing = (onlyAssociated: boolean | undefined, listed: string[]) => ({
    operation: "ListMembers",
    administrator: "A",
    onlyAssociated,
    defaultAssociatedOnly: true as boolean | undefined,
    listed,
    members: new Map<string, boolean | undefined>([
      ["E", true],
      ["C", false],
      ["U", undefined],
    ]),
  });
  it.each<[string, boolean | undefined, string[], string[]]>([
    ["TRUE by default: the associated one only", undefined, ["E"], []],
    ["TRUE: the associated one, and a member the suite knows nothing of", true, ["E", "U"], []],
    ["FALSE: every member", false, ["C", "E"], []],
    ["TRUE listing one not associated", true, ["E", "C"], ["state/only-associated-filter not-associated-listed"]],
    ["by default leaving out the associated one", undefined, [], ["state/only-associated-filter associated-left-out"]],
    ["FALSE leaving out one", false, ["E"], ["state/only-associated-filter member-left-out"]],
  ])("ListMembers OnlyAssociated: %s", (_name, onlyAssociated, listed, expected) => {
    expect(verdicts(ONLY_ASSOCIATED_FILTER, listing(onlyAssociated, listed))).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ["the associated one alone", ["E"], []],
    ["every member", ["C", "E", "U"], []],
    ["every member the suite knows of", ["C", "E"], []],
    ["none", [], ["state/only-associated-filter neither-reading"]],
    ["a member not associated without the associated one", ["C"], ["state/only-associated-filter neither-reading"]],
  ])("ListMembers without a filter whose default is undocumented (GuardDuty's onlyAssociated): %s", (_name, listed, expected) => {
    expect(verdicts(ONLY_ASSOCIATED_FILTER, { ...listing(undefined, listed), defaultAssociatedOnly: undefined })).toEqual(expected);
  });

  it("ListMembers lists only the caller's own members", () => {
    expect(verdicts(MEMBERS_PER_ADMINISTRATOR, { operation: "ListMembers", administrator: "A", listed: ["M"], ownMembers: ["M", "N"] })).toEqual([]);
    expect(verdicts(MEMBERS_PER_ADMINISTRATOR, { operation: "ListMembers", administrator: "A", listed: ["M", "X"], ownMembers: ["M"] })).toEqual([
      "isolation/members-per-administrator",
    ]);
  });
});

describe("the pagination checks", () => {
  const walk = (maxResults: number | undefined, pages: string[][], ended = true): Walk => ({
    maxResults,
    pages: pages.map((ids, i) => ({ ids, nextToken: i < pages.length - 1 || !ended ? `t${i}` : undefined })),
    ended,
  });
  const whole = walk(50, [["a", "b", "c"]]);
  it.each<[string, Walk, string[]]>([
    ["pages of MaxResults", walk(2, [["a", "b"], ["c"]]), []],
    ["shorter pages", walk(2, [["a"], ["b"], ["c"]]), []],
    ["a trailing empty page", walk(2, [["a", "b"], ["c"], []]), []],
    ["a page over MaxResults", walk(1, [["a", "b"], ["c"]]), ["pagination/page-within-max-results"]],
    [
      "an item listed twice",
      walk(2, [
        ["a", "b"],
        ["b", "c"],
      ]),
      ["pagination/next-token-complete duplicate"],
    ],
    ["an item never reached", walk(2, [["a", "b"]]), ["pagination/next-token-complete missing"]],
    ["tokens without end", walk(2, [["a", "b"], ["c"], [], []], false), ["pagination/next-token-complete endless"]],
  ])("%s", (_name, paged, expected) => {
    const input = { operation: "ListMembers", caller: "A", paged, whole };
    expect([...verdicts(PAGE_WITHIN_MAX_RESULTS, input), ...verdicts(PAGINATION_COMPLETE, input)]).toEqual(expected);
  });
});

describe("the checks of MemberStatus values and of Security Hub's switch", () => {
  const context = (operation: string) => ({
    service: spec.service,
    operation: operationOf(spec, operation),
    intent: { kind: "valid" as const },
    serviceErrors: spec.errors,
    strict: false,
  });
  const members = (...statuses: unknown[]) =>
    exchangeOf({
      operation: "GetMembers",
      status: 200,
      body: { Members: statuses.map((MemberStatus, i) => ({ AccountId: `10000000000${i}`, MemberStatus })) },
    });
  it.each<[string, unknown[], string[]]>([
    ["the model's values in any case", ["Created", "INVITED", "enabled", "Removed", "Resigned", "Deleted", "ACCOUNT_SUSPENDED", "AccountSuspended"], []],
    ["a value the model does not list", ["Enabled", "Declined"], ["success-shapes/member-status-value Declined"]],
    ["a status that is no string (success-shapes/schema's)", [7], []],
  ])("MemberStatus: %s", (_name, statuses, expected) => {
    expect(verdicts(MEMBER_STATUS_VALUE, { context: context("GetMembers"), exchange: members(...statuses) })).toEqual(expected);
  });

  it("reads a member's status by the service's names, and judges none where its documentation lists no values (GuardDuty)", async () => {
    const guardduty = await loadServiceSpec(GUARDDUTY);
    const listed = exchangeOf({ operation: "GetMembers", status: 200, body: { members: [{ accountId: "100000000000", relationshipStatus: "Declined" }] } });
    const read = { context: { ...context("GetMembers"), service: guardduty.service, operation: operationOf(guardduty, "GetMembers") }, exchange: listed };
    expect(MEMBER_STATUS_VALUE.judge(read)).toBeUndefined();
    const documented = { ...guardduty.service, member: { ...guardduty.service.member, documentedStatuses: { values: ["Enabled"], source: "a test" } } };
    expect(verdicts(MEMBER_STATUS_VALUE, { ...read, context: { ...read.context, service: documented } })).toEqual([
      "success-shapes/member-status-value Declined",
    ]);
  });

  it("refuses an account the suite enabled only when it says the hub is not enabled", () => {
    const answer = (status: number, type: string) =>
      exchangeOf({ operation: "GetMembers", status, headers: { "x-amzn-errortype": type }, body: { Message: "no" } });
    const judged = (exchange: ReturnType<typeof answer>) =>
      verdicts(ACTIVATED_ACCOUNT_SERVED, {
        operation: "GetMembers",
        activation: "EnableSecurityHub",
        refusedAsOff: "InvalidAccessException",
        account: "A",
        exchange,
      });
    expect(judged(answer(404, "ResourceNotFoundException"))).toEqual([]);
    expect(judged(answer(401, "InvalidAccessException"))).toEqual(["state/activated-account-served GetMembers"]);
  });

  it("requires Security Hub for CreateMembers", () => {
    expect(
      verdicts(ACTIVATION_REQUIRED, {
        operation: "CreateMembers",
        account: "A",
        exchange: exchangeOf({ operation: "CreateMembers", status: 401, headers: { "x-amzn-errortype": "InvalidAccessException" }, body: { Message: "no" } }),
      }),
    ).toEqual([]);
    expect(
      verdicts(ACTIVATION_REQUIRED, {
        operation: "CreateMembers",
        account: "A",
        exchange: exchangeOf({ operation: "CreateMembers", status: 200, body: { UnprocessedAccounts: [] } }),
      }),
    ).toEqual(["status-codes/activation-required"]);
  });
});
