/**
 * Certifies moto's GuardDuty (5.2.x) with `--service guardduty`, on loopback: a third-party emulator that serves
 * detectors and GetAdministratorAccount but none of the member calls, and acts as one account whatever signs. What a
 * user must read: one defect naming the operations it lacks (their scenarios blocked, not failed), the deviations of
 * those it serves, and that its cases ran one at a time — the same defects on every seed, on a fresh or a used server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certify } from "../certification/index.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import type { Certificate } from "../reports/certificate.ts";
import { findMoto, startMoto, type MotoServer } from "./moto.ts";

const moto = findMoto();
const missing = "missing" in moto ? moto.missing : undefined;
if (missing) console.warn(`third-party/moto-guardduty.test.ts is skipped: ${missing}`);

const start = (): Promise<MotoServer> => startMoto("command" in moto ? moto.command : []);
const certifyGuardDuty = (endpoint: string, seed: number): Promise<Certificate> => certify({ service: "guardduty", endpoint, runs: 2, seed });
const defectIds = (certificate: Certificate): string[] => certificate.defects.map((d) => d.id).sort();

describe.skipIf(missing !== undefined)(`certifying moto's GuardDuty server${missing ? ` (skipped: ${missing})` : ""}`, () => {
  let server: MotoServer;
  let certificate: Certificate;
  beforeAll(async () => {
    server = await start();
    certificate = await certifyGuardDuty(server.url, 1);
  });
  afterAll(() => server?.stop());

  it("is not certified, and found not to keep accounts apart by the detectors one account lists of another", () => {
    expect(certificate.verdict).toBe("not-certified");
    expect(certificate.target.sharedAccounts).toBe(true);
  });

  it("leads with one defect naming the member operations it lacks, whose scenarios are blocked, not failed", () => {
    const [first] = certificate.defects;
    expect(first).toMatchObject({ check: NOT_IMPLEMENTED.id, severity: "failure" });
    expect(first!.operations).toEqual(expect.arrayContaining(["CreateMembers", "InviteMembers", "DeclineInvitations", "ListMembers"]));
    expect(first!.operations).not.toContain("CreateDetector");
    const notImplemented = new Set(first!.operations);
    const blocked = certificate.scenarios.filter((s) => s.verdict === "blocked");
    expect(blocked.length).toBeGreaterThan(0);
    for (const scenario of blocked)
      expect(
        scenario.blockedBy!.every((op) => notImplemented.has(op)),
        scenario.name,
      ).toBe(true);
    const symptoms = certificate.defects.slice(1).filter((d) => d.operations.every((op) => notImplemented.has(op)));
    expect(symptoms.map((d) => d.title)).toEqual([]);
  });

  it("finds what the operations it serves get wrong: text/html successes, a malformed maxResults served, more detectors than the model allows", () => {
    const operationsOf = (id: string) => certificate.defects.find((d) => d.id === id)?.operations;
    expect(operationsOf("success-shapes/content-type")).toEqual(expect.arrayContaining(["CreateDetector", "ListDetectors"]));
    expect(operationsOf("status-codes/invalid-input-rejected|malformed-value|200|")).toEqual(["ListDetectors"]);
    expect(certificate.defects.find((d) => d.id === "success-shapes/schema")?.title).toMatch(/ListDetectors.*detectorIds/);
  });
});

describe.skipIf(missing !== undefined)("moto's GuardDuty certified with seeds 1 to 3, on fresh servers and on one that served earlier runs", () => {
  it("gives the same defects every time", async () => {
    const runs: { how: string; certificate: Certificate }[] = [];
    const longLived = await start();
    try {
      // A run first, so the long-lived server holds the detectors a run leaves.
      await certifyGuardDuty(longLived.url, 99);
      for (const seed of [1, 2, 3]) {
        const fresh = await start();
        try {
          runs.push({ how: `seed ${seed}, fresh server`, certificate: await certifyGuardDuty(fresh.url, seed) });
        } finally {
          await fresh.stop();
        }
        runs.push({ how: `seed ${seed}, long-lived server`, certificate: await certifyGuardDuty(longLived.url, seed) });
      }
    } finally {
      await longLived.stop();
    }
    for (const { how, certificate } of runs) {
      expect(certificate.target.sharedAccounts, how).toBe(true);
      expect(defectIds(certificate), how).toEqual(defectIds(runs[0]!.certificate));
    }
  });
});
