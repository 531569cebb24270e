/**
 * Each of GuardDuty's 16 operations, answering valid and invalid input: the status, the error named in
 * `x-amzn-errortype`, and the wire body, members by their wire names. Every row plays on a fresh emulator where
 * accounts A, B and C have a detector each, after the steps it is given.
 */
import { afterEach, describe, expect, it } from "vitest";
import { emulatorActor } from "../../client/credentials.ts";
import { TargetClient } from "../../client/target-client.ts";
import { serializeInput } from "../../protocol/api-request.ts";
import { loadServiceSpec } from "../../specs/load-spec.ts";
import { GUARDDUTY } from "../../specs/services/index.ts";
import { operationOf } from "../../specs/spec-model.ts";
import { startEmulator, type RunningEmulator } from "../index.ts";
import type { GuardDutyState } from "./state.ts";

const spec = await loadServiceSpec(GUARDDUTY);
const [A, B, C, D] = ["111111111111", "222222222222", "333333333333", "444444444444"] as const;
const HEX32 = expect.stringMatching(/^[0-9a-f]{32}$/);
const TIMESTAMP = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
const REASON = expect.stringMatching(/\S/);
/** GuardDuty's 400: BadRequestException, its `message` and `type` members. */
const BAD_REQUEST = { status: 400, error: "BadRequestException", body: { message: REASON, type: "InvalidInputException" } } as const;
const NOT_OWNED = {
  ...BAD_REQUEST,
  body: { ...BAD_REQUEST.body, message: "The request is rejected because the input detectorId is not owned by the current account." },
};

interface Answer {
  status: number;
  error: string | undefined;
  body: unknown;
}

/** One emulator, its accounts' detectors, and calls as any account. */
class Played {
  readonly detectors = new Map<string, string>();
  constructor(
    readonly emulator: RunningEmulator<GuardDutyState>,
    private readonly client: TargetClient,
  ) {}

  detector(account: string): string {
    return this.detectors.get(account) ?? "0".repeat(32);
  }

  async call(account: string, operation: string, input: Record<string, unknown>): Promise<Answer> {
    const exchange = await this.client.send(serializeInput(operationOf(spec, operation), input), emulatorActor(account));
    const { status, headers, body } = exchange.response;
    return { status, error: headers["x-amzn-errortype"], body: JSON.parse(body) };
  }

  /** A step of the setting: it must succeed. */
  async step(account: string, operation: string, input: Record<string, unknown>): Promise<any> {
    const answer = await this.call(account, operation, input);
    expect(answer.status, `${operation} as ${account}: ${JSON.stringify(answer.body)}`).toBe(200);
    return answer.body;
  }
}

type Step = (played: Played) => Promise<unknown>;
const createMembers =
  (administrator: string, ...members: string[]): Step =>
  (p) =>
    p.step(administrator, "CreateMembers", {
      DetectorId: p.detector(administrator),
      accountDetails: members.map((accountId) => ({ accountId, email: `${accountId}@example.com` })),
    });
const invite =
  (administrator: string, ...members: string[]): Step =>
  (p) =>
    p.step(administrator, "InviteMembers", { DetectorId: p.detector(administrator), accountIds: members });
const accept =
  (member: string, administrator: string): Step =>
  async (p) => {
    const { invitations } = await p.step(member, "ListInvitations", {});
    const { invitationId } = invitations.find((i: { accountId: string }) => i.accountId === administrator);
    return p.step(member, "AcceptAdministratorInvitation", { DetectorId: p.detector(member), administratorId: administrator, invitationId });
  };
const deleteDetector =
  (account: string): Step =>
  (p) =>
    p.step(account, "DeleteDetector", { DetectorId: p.detector(account) });
const MEMBERS: Step[] = [createMembers(A, B, C)];
const INVITED: Step[] = [...MEMBERS, invite(A, B)];
const ASSOCIATED: Step[] = [...INVITED, accept(B, A)];

interface Row {
  /** Steps played before, in order. */
  given?: Step[];
  /** The caller; A unless said. */
  as?: string;
  input: (p: Played) => Record<string, unknown>;
  want: { status: number; error?: string; body: unknown } | ((p: Played) => { status: number; error?: string; body: unknown });
}

const own = (account: string) => (p: Played) => ({ DetectorId: p.detector(account) });
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => String(900000000000 + i));
const ok = (body: unknown) => ({ status: 200, body });
const memberOf = (p: Played, id: string, relationshipStatus: string, invited: boolean) => ({
  accountId: id,
  detectorId: p.detector(id),
  masterId: A,
  email: `${id}@example.com`,
  relationshipStatus,
  ...(invited ? { invitedAt: TIMESTAMP } : {}),
  updatedAt: TIMESTAMP,
  administratorId: A,
});

const TABLE: Record<string, Record<string, Row>> = {
  CreateDetector: {
    "the required enable, for an account without a detector": { as: D, input: () => ({ enable: true }), want: ok({ detectorId: HEX32 }) },
    "every member the model has": {
      as: D,
      input: () => ({
        enable: false,
        clientToken: "token",
        findingPublishingFrequency: "SIX_HOURS",
        dataSources: { s3Logs: { enable: true } },
        tags: { team: "security" },
        features: [{ name: "S3_DATA_EVENTS", status: "ENABLED" }],
      }),
      want: ok({ detectorId: HEX32 }),
    },
    "a second detector": { input: () => ({ enable: true }), want: BAD_REQUEST },
    "a retry with the first's clientToken": {
      as: D,
      given: [(p) => p.step(D, "CreateDetector", { enable: true, clientToken: "once" }).then((b) => p.detectors.set(D, b.detectorId))],
      input: () => ({ enable: true, clientToken: "once" }),
      want: (p) => ok({ detectorId: p.detector(D) }),
    },
    "no enable": { as: D, input: () => ({}), want: BAD_REQUEST },
    "enable as a string": { as: D, input: () => ({ enable: "true" }), want: BAD_REQUEST },
    "a findingPublishingFrequency the model does not list": { as: D, input: () => ({ enable: true, findingPublishingFrequency: "HOURLY" }), want: BAD_REQUEST },
    "a clientToken of 65 characters": { as: D, input: () => ({ enable: true, clientToken: "t".repeat(65) }), want: BAD_REQUEST },
    "tags of none": { as: D, input: () => ({ enable: true, tags: {} }), want: BAD_REQUEST },
  },
  ListDetectors: {
    "the caller's one detector": { input: () => ({}), want: (p) => ok({ detectorIds: [p.detector(A)] }) },
    "an account without one": { as: D, input: () => ({}), want: ok({ detectorIds: [] }) },
    "maxResults 1": { input: () => ({ maxResults: 1 }), want: (p) => ok({ detectorIds: [p.detector(A)] }) },
    "maxResults 0": { input: () => ({ maxResults: 0 }), want: BAD_REQUEST },
    "maxResults 51": { input: () => ({ maxResults: 51 }), want: BAD_REQUEST },
    "a nextToken it never issued": { input: () => ({ nextToken: "forged" }), want: BAD_REQUEST },
  },
  DeleteDetector: {
    "the caller's own": { input: own(A), want: ok({}) },
    "with members created and invited": { given: INVITED, input: own(A), want: ok({}) },
    "another account's": { input: own(B), want: NOT_OWNED },
    "a detector id that no account has": { input: () => ({ DetectorId: "f".repeat(32) }), want: NOT_OWNED },
    "an administrator's with an associated member": { given: ASSOCIATED, input: own(A), want: BAD_REQUEST },
    "a member's": { given: ASSOCIATED, as: B, input: own(B), want: BAD_REQUEST },
    "a detector id of 301 characters": { input: () => ({ DetectorId: "d".repeat(301) }), want: BAD_REQUEST },
  },
  CreateMembers: {
    "two accounts": {
      input: (p) => ({ ...own(A)(p), accountDetails: [B, C].map((accountId) => ({ accountId, email: `${accountId}@example.com` })) }),
      want: ok({ unprocessedAccounts: [] }),
    },
    "an existing member again, with another email": {
      given: MEMBERS,
      input: (p) => ({ ...own(A)(p), accountDetails: [{ accountId: B, email: "new@example.com" }] }),
      want: ok({ unprocessedAccounts: [] }),
    },
    "the caller itself, beside another account": {
      input: (p) => ({ ...own(A)(p), accountDetails: [A, B].map((accountId) => ({ accountId, email: "x@example.com" })) }),
      want: ok({ unprocessedAccounts: [{ accountId: A, result: REASON }] }),
    },
    "another administrator's member": {
      given: [createMembers(C, B), invite(C, B), accept(B, C)],
      input: (p) => ({ ...own(A)(p), accountDetails: [{ accountId: B, email: "b@example.com" }] }),
      want: ok({ unprocessedAccounts: [{ accountId: B, result: REASON }] }),
    },
    "an account id of 12 characters that are not digits": {
      input: (p) => ({ ...own(A)(p), accountDetails: [{ accountId: "12345678901a", email: "x@example.com" }] }),
      want: ok({ unprocessedAccounts: [{ accountId: "12345678901a", result: REASON }] }),
    },
    "an AccountDetail without its email": { input: (p) => ({ ...own(A)(p), accountDetails: [{ accountId: B }] }), want: BAD_REQUEST },
    "an email of 65 characters": {
      input: (p) => ({ ...own(A)(p), accountDetails: [{ accountId: B, email: `${"e".repeat(53)}@example.com` }] }),
      want: BAD_REQUEST,
    },
    "accountDetails of none": { input: (p) => ({ ...own(A)(p), accountDetails: [] }), want: BAD_REQUEST },
    "accountDetails of 51": {
      input: (p) => ({ ...own(A)(p), accountDetails: ids(51).map((accountId) => ({ accountId, email: "x@example.com" })) }),
      want: BAD_REQUEST,
    },
    "through another account's detector": { input: (p) => ({ ...own(B)(p), accountDetails: [{ accountId: C, email: "c@example.com" }] }), want: NOT_OWNED },
  },
  InviteMembers: {
    "a member, and an account that is not one": {
      given: MEMBERS,
      input: (p) => ({ ...own(A)(p), accountIds: [B, D], disableEmailNotification: true, message: "Join us" }),
      want: ok({ unprocessedAccounts: [{ accountId: D, result: REASON }] }),
    },
    "an associated member": {
      given: ASSOCIATED,
      input: (p) => ({ ...own(A)(p), accountIds: [B] }),
      want: ok({ unprocessedAccounts: [{ accountId: B, result: REASON }] }),
    },
    "50 accounts, none a member": {
      input: (p) => ({ ...own(A)(p), accountIds: ids(50) }),
      want: ok({ unprocessedAccounts: ids(50).map((accountId) => ({ accountId, result: REASON })) }),
    },
    "accountIds of none": { input: (p) => ({ ...own(A)(p), accountIds: [] }), want: BAD_REQUEST },
    "accountIds of 51": { input: (p) => ({ ...own(A)(p), accountIds: ids(51) }), want: BAD_REQUEST },
    "an account id of 13 digits": { input: (p) => ({ ...own(A)(p), accountIds: ["1234567890123"] }), want: BAD_REQUEST },
    "no accountIds": { input: own(A), want: BAD_REQUEST },
    "through another account's detector": { given: MEMBERS, input: (p) => ({ ...own(B)(p), accountIds: [C] }), want: NOT_OWNED },
  },
  GetMembers: {
    "an invited member, and an account that is not one": {
      given: INVITED,
      input: (p) => ({ ...own(A)(p), accountIds: [B, D] }),
      want: (p) => ok({ members: [memberOf(p, B, "Invited", true)], unprocessedAccounts: [{ accountId: D, result: REASON }] }),
    },
    "a created member of an account without a detector": {
      given: [createMembers(A, D)],
      input: (p) => ({ ...own(A)(p), accountIds: [D] }),
      want: ok({
        members: [{ accountId: D, masterId: A, email: `${D}@example.com`, relationshipStatus: "Created", updatedAt: TIMESTAMP, administratorId: A }],
        unprocessedAccounts: [],
      }),
    },
    "accountIds of 51": { input: (p) => ({ ...own(A)(p), accountIds: ids(51) }), want: BAD_REQUEST },
    "through another account's detector": { input: (p) => ({ ...own(C)(p), accountIds: [B] }), want: NOT_OWNED },
  },
  ListMembers: {
    "without onlyAssociated: the associated members": {
      given: [...ASSOCIATED, invite(A, C)],
      input: own(A),
      want: (p) => ok({ members: [memberOf(p, B, "Enabled", true)] }),
    },
    'onlyAssociated "true"': {
      given: [...ASSOCIATED, invite(A, C)],
      input: (p) => ({ ...own(A)(p), onlyAssociated: "true" }),
      want: (p) => ok({ members: [memberOf(p, B, "Enabled", true)] }),
    },
    'onlyAssociated "false": every member': {
      given: [...ASSOCIATED, invite(A, C)],
      input: (p) => ({ ...own(A)(p), onlyAssociated: "false" }),
      want: (p) => ok({ members: [memberOf(p, B, "Enabled", true), memberOf(p, C, "Invited", true)] }),
    },
    'onlyAssociated "FALSE"': {
      given: MEMBERS,
      input: (p) => ({ ...own(A)(p), onlyAssociated: "FALSE" }),
      want: (p) => ok({ members: [B, C].map((id) => memberOf(p, id, "Created", false)) }),
    },
    'onlyAssociated "yes", as the default': { given: MEMBERS, input: (p) => ({ ...own(A)(p), onlyAssociated: "yes" }), want: ok({ members: [] }) },
    "a page of one": {
      given: MEMBERS,
      input: (p) => ({ ...own(A)(p), onlyAssociated: "false", maxResults: 1 }),
      want: (p) => ok({ members: [memberOf(p, B, "Created", false)], nextToken: REASON }),
    },
    "maxResults 51": { input: (p) => ({ ...own(A)(p), maxResults: 51 }), want: BAD_REQUEST },
    "a nextToken it never issued": { input: (p) => ({ ...own(A)(p), nextToken: "forged" }), want: BAD_REQUEST },
    "through another account's detector": { input: own(B), want: NOT_OWNED },
  },
  DisassociateMembers: {
    "an associated member, a created one and an account that is not one": {
      given: [...ASSOCIATED, createMembers(A, C)],
      input: (p) => ({ ...own(A)(p), accountIds: [B, C, D] }),
      want: ok({ unprocessedAccounts: [{ accountId: D, result: REASON }] }),
    },
    "accountIds of none": { input: (p) => ({ ...own(A)(p), accountIds: [] }), want: BAD_REQUEST },
    "through another account's detector": { input: (p) => ({ ...own(B)(p), accountIds: [C] }), want: NOT_OWNED },
  },
  DeleteMembers: {
    "an associated member and an account that is not one": {
      given: ASSOCIATED,
      input: (p) => ({ ...own(A)(p), accountIds: [B, D] }),
      want: ok({ unprocessedAccounts: [{ accountId: D, result: REASON }] }),
    },
    "an id of 12 characters that are not digits": {
      input: (p) => ({ ...own(A)(p), accountIds: ["abcdefghijkl"] }),
      want: ok({ unprocessedAccounts: [{ accountId: "abcdefghijkl", result: REASON }] }),
    },
    "accountIds of 51": { input: (p) => ({ ...own(A)(p), accountIds: ids(51) }), want: BAD_REQUEST },
    "through another account's detector": { input: (p) => ({ ...own(B)(p), accountIds: [C] }), want: NOT_OWNED },
  },
  AcceptAdministratorInvitation: {
    "the pending invitation": { given: INVITED, as: B, input: () => ({}), want: ok({}) },
    "an invitation id that is not the pending one": {
      given: INVITED,
      as: B,
      input: (p) => ({ ...own(B)(p), administratorId: A, invitationId: "not-it" }),
      want: BAD_REQUEST,
    },
    "a second administrator's invitation, once a member": {
      given: [...MEMBERS, createMembers(C, B), invite(A, B), invite(C, B), accept(B, A)],
      as: B,
      input: () => ({}),
      want: BAD_REQUEST,
    },
    "no invitationId": { given: INVITED, as: B, input: (p) => ({ ...own(B)(p), administratorId: A }), want: BAD_REQUEST },
    "through the administrator's detector": { given: INVITED, as: B, input: (p) => ({ ...own(A)(p), administratorId: A, invitationId: "x" }), want: NOT_OWNED },
  },
  GetAdministratorAccount: {
    "a member's": {
      given: ASSOCIATED,
      as: B,
      input: own(B),
      want: ok({ administrator: { accountId: A, invitationId: expect.any(String), relationshipStatus: "Enabled", invitedAt: TIMESTAMP } }),
    },
    "an administrator's: 200 and no content": { given: ASSOCIATED, input: own(A), want: ok({}) },
    "an account's with no administrator": { as: C, input: own(C), want: ok({}) },
    "through another account's detector": { as: B, input: own(A), want: NOT_OWNED },
  },
  DisassociateFromAdministratorAccount: {
    "a member's": { given: ASSOCIATED, as: B, input: own(B), want: ok({}) },
    "an account's without an administrator": { as: B, input: own(B), want: BAD_REQUEST },
    "through another account's detector": { given: ASSOCIATED, as: B, input: own(A), want: NOT_OWNED },
  },
  ListInvitations: {
    "a pending invitation": {
      given: INVITED,
      as: B,
      input: () => ({}),
      want: ok({ invitations: [{ accountId: A, invitationId: expect.any(String), relationshipStatus: "Invited", invitedAt: TIMESTAMP }] }),
    },
    "none, once accepted": { given: ASSOCIATED, as: B, input: () => ({}), want: ok({ invitations: [] }) },
    "maxResults 51": { as: B, input: () => ({ maxResults: 51 }), want: BAD_REQUEST },
    "an account without a detector": { as: D, input: () => ({}), want: BAD_REQUEST },
  },
  GetInvitationsCount: {
    "one pending": { given: INVITED, as: B, input: () => ({}), want: ok({ invitationsCount: 1 }) },
    "the accepted one not counted": { given: ASSOCIATED, as: B, input: () => ({}), want: ok({ invitationsCount: 0 }) },
    "an account whose detector is deleted": { given: [deleteDetector(B)], as: B, input: () => ({}), want: BAD_REQUEST },
  },
  DeclineInvitations: {
    "a pending invitation, and an administrator that sent none": {
      given: INVITED,
      as: B,
      input: () => ({ accountIds: [A, C] }),
      want: ok({ unprocessedAccounts: [{ accountId: C, result: REASON }] }),
    },
    "accountIds of none": { as: B, input: () => ({ accountIds: [] }), want: BAD_REQUEST },
    "accountIds as a string": { as: B, input: () => ({ accountIds: A }), want: BAD_REQUEST },
  },
  DeleteInvitations: {
    "a pending invitation": { given: INVITED, as: B, input: () => ({ accountIds: [A] }), want: ok({ unprocessedAccounts: [] }) },
    "an accepted invitation: none pending": {
      given: ASSOCIATED,
      as: B,
      input: () => ({ accountIds: [A] }),
      want: ok({ unprocessedAccounts: [{ accountId: A, result: REASON }] }),
    },
    "accountIds of 51": { as: B, input: () => ({ accountIds: ids(51) }), want: BAD_REQUEST },
  },
};

/** AcceptAdministratorInvitation's valid rows read the invitation id from the invitee's ListInvitations. */
async function inputOf(p: Played, operation: string, row: Row, caller: string): Promise<Record<string, unknown>> {
  const input = row.input(p);
  if (operation !== "AcceptAdministratorInvitation" || Object.keys(input).length > 0) return input;
  const { invitations } = await p.step(caller, "ListInvitations", {});
  return { ...own(caller)(p), administratorId: invitations.at(-1).accountId, invitationId: invitations.at(-1).invitationId };
}

let running: { emulator: RunningEmulator<GuardDutyState>; client: TargetClient } | undefined;
afterEach(async () => {
  await running?.client.close();
  await running?.emulator.close();
  running = undefined;
});

async function play(): Promise<Played> {
  const emulator = await startEmulator({ service: "guardduty" });
  const client = new TargetClient(spec, { endpoint: new URL(emulator.url), region: "us-east-1" });
  running = { emulator, client };
  const played = new Played(emulator, client);
  for (const account of [A, B, C]) played.detectors.set(account, (await played.step(account, "CreateDetector", { enable: true })).detectorId);
  return played;
}

it("covers every operation of GuardDuty's spec", () => {
  expect(Object.keys(TABLE).sort()).toEqual([...spec.operations.keys()].sort());
});

describe.each(Object.entries(TABLE))("%s", (operation, rows) => {
  it.each(Object.entries(rows))("answers %s", async (_name, row) => {
    const played = await play();
    for (const step of row.given ?? []) await step(played);
    const caller = row.as ?? A;
    const answer = await played.call(caller, operation, await inputOf(played, operation, row, caller));
    const want = typeof row.want === "function" ? row.want(played) : row.want;
    expect(answer).toEqual({ status: want.status, error: want.error, body: want.body });
  });
});
