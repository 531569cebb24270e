/** 1,000 concurrent invites and declines across accounts leave the emulator's state consistent. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emulatorActor, type Actor } from "../client/credentials.ts";
import { TargetClient } from "../client/target-client.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { startEmulator, type RunningEmulator } from "./index.ts";

const spec = await loadSpec();
const ADMINISTRATORS = Array.from({ length: 50 }, (_, i) => String(100000000000 + i));
const INVITEES = Array.from({ length: 20 }, (_, i) => String(200000000000 + i));
const actors = new Map([...ADMINISTRATORS, ...INVITEES].map((id) => [id, emulatorActor(id)]));
const actor = (id: string): Actor => actors.get(id)!;

let emulator: RunningEmulator;
let client: TargetClient;
const call = async (operation: string, account: string, body?: unknown, query: Record<string, string> = {}): Promise<any> => {
  const exchange = await client.send({ operation, query, body: body === undefined ? undefined : JSON.stringify(body) }, actor(account));
  expect(exchange.response.status, exchange.response.body).toBe(200);
  return JSON.parse(exchange.response.body);
};
const invitationsOf = async (invitee: string): Promise<string[]> => {
  const administrators: string[] = [];
  let token: string | undefined;
  do {
    const page = await call("ListInvitations", invitee, undefined, token ? { MaxResults: "50", NextToken: token } : { MaxResults: "50" });
    administrators.push(...page.Invitations.map((i: { AccountId: string }) => i.AccountId));
    token = page.NextToken;
  } while (token);
  return administrators;
};

beforeAll(async () => {
  emulator = await startEmulator();
  client = new TargetClient(spec, { endpoint: new URL(emulator.url), region: "us-east-1", connections: 64 });
  await Promise.all([...actors.keys()].map((id) => call("EnableSecurityHub", id, {})));
  await Promise.all(ADMINISTRATORS.map((a) => call("CreateMembers", a, { AccountDetails: INVITEES.map((AccountId) => ({ AccountId })) })));
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});

describe("the emulator under concurrent invites and declines", () => {
  it("shows every processed invite exactly once to its invitee (1,000 concurrent invites)", async () => {
    const pairs = ADMINISTRATORS.flatMap((administrator) => INVITEES.map((invitee) => [administrator, invitee] as const));
    expect(pairs).toHaveLength(1000);
    const results = await Promise.all(pairs.map(([administrator, invitee]) => call("InviteMembers", administrator, { AccountIds: [invitee] })));
    expect(results.every((r) => r.UnprocessedAccounts.length === 0)).toBe(true);
    for (const invitee of INVITEES) {
      const seen = await invitationsOf(invitee);
      expect(seen.sort()).toEqual(ADMINISTRATORS);
      expect((await call("GetInvitationsCount", invitee)).InvitationsCount).toBe(ADMINISTRATORS.length);
    }
  });

  it("keeps invitations and member statuses in step under 1,000 concurrent mixed invites and declines", async () => {
    const operations = Array.from({ length: 1000 }, (_, i) => {
      const administrator = ADMINISTRATORS[(i * 7) % ADMINISTRATORS.length]!;
      const invitee = INVITEES[(i * 13) % INVITEES.length]!;
      return i % 3 === 0
        ? call("InviteMembers", administrator, { AccountIds: [invitee] })
        : call("DeclineInvitations", invitee, { AccountIds: [administrator] });
    });
    await Promise.all(operations);
    for (const invitee of INVITEES) {
      const pending = new Set(await invitationsOf(invitee));
      expect(pending.size).toBe((await call("GetInvitationsCount", invitee)).InvitationsCount);
      for (const administrator of ADMINISTRATORS) {
        const { Members } = await call("GetMembers", administrator, { AccountIds: [invitee] });
        expect(Members[0].MemberStatus === "Invited", `${administrator} → ${invitee}`).toBe(pending.has(administrator));
      }
    }
  });

  it("removes every invitation under 1,000 concurrent declines, each reported processed once", async () => {
    await Promise.all(ADMINISTRATORS.map((a) => call("InviteMembers", a, { AccountIds: INVITEES })));
    const declines = ADMINISTRATORS.flatMap((administrator) => INVITEES.map((invitee) => call("DeclineInvitations", invitee, { AccountIds: [administrator] })));
    const results = await Promise.all(declines);
    expect(results.filter((r) => r.UnprocessedAccounts.length === 0)).toHaveLength(1000);
    for (const invitee of INVITEES) expect(await invitationsOf(invitee)).toEqual([]);
  });
});
