/** Each target profile answers what differs between kinds of target; the session, preflight and cleanup only ask. */
import { describe, expect, it } from "vitest";
import type { Exchange } from "../../client/exchange.ts";
import { loadServiceSpec, loadSpec } from "../../specs/load-spec.ts";
import { GUARDDUTY } from "../../specs/services/index.ts";
import { RealAccountSafetyError } from "../real-account-safety.ts";
import { defaultRunConfig, type ResolvedRunConfig, TARGET_PROFILE_NAMES } from "../run-config.ts";
import { PreflightError, profileOf, TARGET_PROFILES } from "./index.ts";

const OWN = ["111122223333", "444455556666", "777788889999"];
const REAL: ResolvedRunConfig = {
  ...defaultRunConfig(),
  endpoint: "https://securityhub.eu-west-1.amazonaws.com",
  profile: "real-account",
  ownAccounts: OWN,
  accounts: OWN,
  profiles: ["admin", "member", "outsider"],
};
const EMULATED: ResolvedRunConfig = { ...defaultRunConfig(), endpoint: "http://127.0.0.1:1" };
const spec = await loadSpec();

/** A request as the fakes below see it: the operation and its input by wire name. */
interface Sent {
  operation: string;
  input: Record<string, unknown>;
}

/** A target that answers each request with `answer`, keeping what was sent and as whom. */
function recordingSend(answer: (request: Sent, as: number | string) => { status: number; body?: unknown }) {
  const sent: { operation: string; as: number | string; body: string }[] = [];
  const send = async (operation: string, input: Record<string, unknown>, as: number | string): Promise<Exchange> => {
    sent.push({ operation, as, body: JSON.stringify(input) });
    const { status, body } = answer({ operation, input }, as);
    return { response: { status, headers: {}, body: body === undefined ? "" : JSON.stringify(body) } } as unknown as Exchange;
  };
  return { sent, send };
}

describe("target profiles", () => {
  it("has one profile per name, each naming itself", () => {
    for (const name of TARGET_PROFILE_NAMES) expect(TARGET_PROFILES[name].name).toBe(name);
    expect(profileOf(EMULATED).name).toBe("emulator");
    expect(profileOf(REAL).name).toBe("real-account");
  });

  it("lets an emulator be sent anything, and keeps real accounts to the accounts the user owns", () => {
    const stranger = JSON.stringify({ AccountIds: ["999999999999"] });
    expect(() => profileOf(EMULATED).guard(EMULATED, spec.service, "InviteMembers", stranger)).not.toThrow();
    expect(() => profileOf(REAL).guard(REAL, spec.service, "InviteMembers", stranger)).toThrow(RealAccountSafetyError);
    expect(() => profileOf(REAL).guard(REAL, spec.service, "InviteMembers", JSON.stringify({ AccountIds: [OWN[1]] }))).not.toThrow();
  });

  it("signs as any account on an emulator, and only as the played accounts on real ones", () => {
    expect(profileOf(EMULATED).actor(EMULATED, "123456789012").accountId).toBe("123456789012");
    expect(profileOf(REAL).actor(REAL, OWN[2]!).accountId).toBe(OWN[2]);
    expect(() => profileOf(REAL).actor(REAL, "123456789012")).toThrow(/played accounts/);
  });

  it("says in the plan which batch sizes a real run can fill with the owned accounts", () => {
    expect(profileOf(REAL).plan(REAL, spec)).toContainEqual(expect.stringMatching(/^batches: GetMembers \(read only\) names 1, 2, 2, 2 of the owned accounts/));
    const more = { ...REAL, ownAccounts: [...OWN, ...Array.from({ length: 10 }, (_, i) => String(200000000000 + i))] };
    expect(profileOf(REAL).plan(more, spec)).toContainEqual(expect.stringMatching(/names 1, 2, 5, 10 of the owned accounts/));
  });

  it("enables Security Hub and uses fresh accounts on emulators only", () => {
    expect([profileOf(EMULATED).activatesAccounts, profileOf(EMULATED).usesFreshAccounts, profileOf(EMULATED).scenariosOverlap]).toEqual([true, true, true]);
    expect([profileOf(REAL).activatesAccounts, profileOf(REAL).usesFreshAccounts, profileOf(REAL).scenariosOverlap]).toEqual([false, false, false]);
  });

  it("cleans up a real account as every case ends: the member deleted by its administrator, the invitation by the member", async () => {
    const { sent, send } = recordingSend(() => ({ status: 200, body: { UnprocessedAccounts: [] } }));
    const steps = await profileOf(REAL).cleanUp(send, REAL, spec);
    expect(sent).toEqual([
      { operation: "DeleteMembers", as: 0, body: JSON.stringify({ AccountIds: [OWN[1]] }) },
      { operation: "DeleteInvitations", as: 1, body: JSON.stringify({ AccountIds: [OWN[0]] }) },
      { operation: "DeleteInvitations", as: 0, body: JSON.stringify({ AccountIds: [OWN[1]] }) },
    ]);
    expect(steps).toHaveLength(3);
    const emulator = recordingSend(() => ({ status: 200 }));
    expect(await profileOf(EMULATED).cleanUp(emulator.send, EMULATED, spec)).toEqual([]);
    expect(emulator.sent).toEqual([]);
  });

  it("refuses to start on a real account without Security Hub, or with a membership standing between the played accounts", async () => {
    const disabled = recordingSend(() => ({ status: 401, body: { __type: "InvalidAccessException" } }));
    await expect(profileOf(REAL).preflight(disabled.send, REAL, spec)).rejects.toThrow(PreflightError);
    await expect(profileOf(REAL).preflight(disabled.send, REAL, spec)).rejects.toThrow(/aws securityhub enable-security-hub --profile admin/);
    const member = recordingSend((request) =>
      request.operation === "GetMembers" ? { status: 200, body: { Members: [{ AccountId: OWN[1] }] } } : { status: 200, body: { InvitationsCount: 0 } },
    );
    await expect(profileOf(REAL).preflight(member.send, REAL, spec)).rejects.toThrow(/already is a member/);
    const ready = recordingSend((request) =>
      request.operation === "GetMembers" ? { status: 200, body: { Members: [] } } : { status: 200, body: { InvitationsCount: 0 } },
    );
    await expect(profileOf(REAL).preflight(ready.send, REAL, spec)).resolves.toEqual({ accountsApart: true });
    expect(ready.sent.map((s) => `${s.operation} as ${s.as}`)).toEqual([
      "GetInvitationsCount as 0",
      "GetInvitationsCount as 1",
      "GetInvitationsCount as 2",
      "GetMembers as 0",
    ]);
  });

  it("speaks of the service certified: its operations in the plan and cleanup, its command when an account is refused", async () => {
    const guardduty = await loadServiceSpec(GUARDDUTY);
    expect(profileOf(REAL).plan(REAL, guardduty)).toContainEqual("never sent: CreateDetector, DeleteDetector, AcceptAdministratorInvitation");
    const { sent, send } = recordingSend(() => ({ status: 200, body: { unprocessedAccounts: [] } }));
    await profileOf(REAL).cleanUp(send, REAL, guardduty);
    expect(sent[0]).toEqual({ operation: "DeleteMembers", as: 0, body: JSON.stringify({ accountIds: [OWN[1]] }) });
    // GuardDuty refuses an account without a detector with a 400 as broad as any other: the message names the command to check.
    const refused = recordingSend(() => ({
      status: 400,
      body: { message: "The request is rejected because the input detectorId is not owned by the current account.", __type: "BadRequestException" },
    }));
    await expect(profileOf(REAL).preflight(refused.send, REAL, guardduty)).rejects.toThrow(
      /refused \(400 BadRequestException\).*aws guardduty create-detector --enable/,
    );
  });

  describe("an emulator's preflight tells whether the target keeps accounts apart", () => {
    /** A target whose GetMembers shows the member to its creator, and to any other account when `shared`. */
    const target = (shared: boolean | "no GetMembers") => {
      let creator: number | string | undefined;
      return recordingSend((request, as) => {
        if (request.operation === "CreateMembers") creator = as;
        if (request.operation !== "GetMembers") return { status: 200, body: {} };
        if (shared === "no GetMembers") return { status: 404 };
        const member = (request.input.AccountIds as string[])[0];
        return { status: 200, body: { Members: shared || as === creator ? [{ AccountId: member }] : [], UnprocessedAccounts: [] } };
      });
    };
    it.each([
      ["accounts kept apart", false, true],
      ["one account seeing another's member (moto)", true, false],
      ["no GetMembers to ask", "no GetMembers" as const, undefined],
    ])("%s", async (_, shared, apart) => {
      const { sent, send } = target(shared);
      expect(await profileOf(EMULATED).preflight(send, EMULATED, spec)).toEqual({ accountsApart: apart });
      // Fresh accounts of its own, and the member deleted again.
      const accounts = new Set(sent.filter((s) => s.operation !== "GetInvitationsCount").map((s) => s.as));
      expect([...accounts].every((a) => typeof a === "string" && /^9\d{11}$/.test(a))).toBe(true);
      expect(sent.at(-1)?.operation).toBe("DeleteMembers");
    });

    /** A GuardDuty without member calls (moto's): each account's CreateDetector makes a detector ListDetectors lists to it, or to anyone when `shared`. */
    const detectors = (shared: boolean) => {
      const made: { id: string; by: number | string }[] = [];
      return recordingSend((request, as) => {
        if (request.operation === "CreateDetector") {
          made.push({ id: `d${made.length}`, by: as });
          return { status: 200, body: { detectorId: `d${made.length - 1}` } };
        }
        if (request.operation === "ListDetectors") return { status: 200, body: { detectorIds: made.filter((d) => shared || d.by === as).map((d) => d.id) } };
        if (request.operation === "DeleteDetector" || request.operation === "GetAdministratorAccount") return { status: 200, body: {} };
        return { status: 404 };
      });
    };
    it.each([
      ["detectors kept apart", false, true],
      ["one account listing another's detector (moto)", true, false],
    ])("where the member calls tell nothing, by the resource switching the service on: %s", async (_, shared, apart) => {
      const guardduty = await loadServiceSpec(GUARDDUTY);
      const { sent, send } = detectors(shared);
      expect(await profileOf(EMULATED).preflight(send, EMULATED, guardduty)).toEqual({ accountsApart: apart });
      // The detectors it made are deleted again.
      expect(sent.filter((s) => s.operation === "DeleteDetector")).toHaveLength(2);
    });
  });
});
