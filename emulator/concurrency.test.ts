/** 1,000 concurrent invites and declines across accounts leave each emulated service's state consistent. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMULATED_DESCRIPTORS, FamilyDriver } from "./family-driver.fixture.ts";
import { emulatedService, serve, type RunningEmulator } from "./index.ts";

const ADMINISTRATORS = Array.from({ length: 50 }, (_, i) => String(100000000000 + i));
const INVITEES = Array.from({ length: 20 }, (_, i) => String(200000000000 + i));

describe.each(EMULATED_DESCRIPTORS)("the %s emulator under concurrent invites and declines", (_title, service) => {
  let emulator: RunningEmulator<unknown>;
  let driver: FamilyDriver;

  beforeAll(async () => {
    emulator = await serve(emulatedService(service.name));
    driver = await FamilyDriver.open(service, emulator.url, 64);
    await Promise.all([...ADMINISTRATORS, ...INVITEES].map((id) => driver.enable(id)));
    await Promise.all(ADMINISTRATORS.map((a) => driver.createMembers(a, INVITEES)));
  });
  afterAll(async () => {
    await driver.close();
    await emulator.close();
  });

  it("shows every processed invite exactly once to its invitee (1,000 concurrent invites)", async () => {
    const pairs = ADMINISTRATORS.flatMap((administrator) => INVITEES.map((invitee) => [administrator, invitee] as const));
    expect(pairs).toHaveLength(1000);
    const unprocessed = await Promise.all(pairs.map(([administrator, invitee]) => driver.batch("inviteMembers", administrator, [invitee])));
    expect(unprocessed.flat()).toEqual([]);
    for (const invitee of INVITEES) {
      expect((await driver.invitationsFrom(invitee)).sort()).toEqual(ADMINISTRATORS);
      expect(await driver.invitationsCount(invitee)).toBe(ADMINISTRATORS.length);
    }
  });

  it("keeps invitations and member statuses in step under 1,000 concurrent mixed invites and declines", async () => {
    const operations = Array.from({ length: 1000 }, (_, i) => {
      const administrator = ADMINISTRATORS[(i * 7) % ADMINISTRATORS.length]!;
      const invitee = INVITEES[(i * 13) % INVITEES.length]!;
      return i % 3 === 0 ? driver.batch("inviteMembers", administrator, [invitee]) : driver.batch("declineInvitations", invitee, [administrator]);
    });
    await Promise.all(operations);
    for (const invitee of INVITEES) {
      const pending = new Set(await driver.invitationsFrom(invitee));
      expect(pending.size).toBe(await driver.invitationsCount(invitee));
      for (const administrator of ADMINISTRATORS) {
        expect((await driver.statusOf(administrator, invitee)) === service.member.statuses.invited, `${administrator} → ${invitee}`).toBe(
          pending.has(administrator),
        );
      }
    }
  });

  it("removes every invitation under 1,000 concurrent declines, each reported processed once", async () => {
    await Promise.all(ADMINISTRATORS.map((a) => driver.batch("inviteMembers", a, INVITEES)));
    const declines = ADMINISTRATORS.flatMap((administrator) => INVITEES.map((invitee) => driver.batch("declineInvitations", invitee, [administrator])));
    const unprocessed = await Promise.all(declines);
    expect(unprocessed.filter((ids) => ids.length === 0)).toHaveLength(1000);
    for (const invitee of INVITEES) expect(await driver.invitationsFrom(invitee)).toEqual([]);
  });
});
