/**
 * Certifies a real third-party emulator that implements only part of the API: moto's server (5.2.x), on
 * loopback. What a user must read is short: which operations are not implemented (one defect, and the
 * scenarios needing them blocked, not failed), and the few defects of the operations it does implement.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { certify } from "../certification/index.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import type { Certificate } from "../reports/certificate.ts";
import { blockedNotFailed } from "./blocked-not-failed.ts";
import { findMoto, startMoto, type MotoServer } from "./moto.ts";

const moto = findMoto();
const missing = "missing" in moto ? moto.missing : undefined;
if (missing) console.warn(`third-party/moto.test.ts is skipped: ${missing}`);

describe.skipIf(missing !== undefined)(`certifying moto's Security Hub server${missing ? ` (skipped: ${missing})` : ""}`, () => {
  let server: MotoServer;
  let certificate: Certificate;
  beforeAll(async () => {
    server = await startMoto("command" in moto ? moto.command : []);
    certificate = await certify({ endpoint: server.url, runs: 6, seed: 1 });
  });
  afterAll(() => server?.stop());

  it("is not certified, with at most 15 defects", () => {
    expect(certificate.verdict).toBe("not-certified");
    expect(certificate.defects.length).toBeLessThanOrEqual(15);
    expect(certificate.summary).toMatch(/^\d+ defect\(s\) in \d+ operation\(s\)/);
  });

  it("leads with one defect naming the operations it does not implement", () => {
    const [first] = certificate.defects;
    expect(first).toMatchObject({ check: NOT_IMPLEMENTED.id, severity: "failure" });
    expect(first!.operations).toEqual(expect.arrayContaining(["InviteMembers", "DeclineInvitations", "ListInvitations", "GetInvitationsCount"]));
    expect(certificate.defects.filter((d) => d.check === NOT_IMPLEMENTED.id)).toHaveLength(1);
  });

  it("blocks the scenarios that need a missing operation instead of failing them on its answers", () => {
    expect(blockedNotFailed(certificate)).toEqual([]);
  });

  it("finds what the operations it implements get wrong: successes labelled text/html", () => {
    expect(certificate.defects.find((d) => d.check === "success-shapes/content-type")?.operations).toEqual(
      expect.arrayContaining(["EnableSecurityHub", "CreateMembers"]),
    );
  });

  it("reads its HTML error page as one defect, the checks it fails besides listed under it", () => {
    const pages = certificate.defects.filter((d) => d.id.startsWith("error-page|500"));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.consequences?.map((c) => c.check)).toEqual(
      expect.arrayContaining(["error-shapes/json-body", "error-shapes/content-type", "error-shapes/named"]),
    );
    for (const check of ["error-shapes/json-body", "error-shapes/content-type", "error-shapes/named"])
      expect(certificate.defects.some((d) => d.check === check)).toBe(false);
  });
});

describe.skipIf(missing !== undefined)("moto certified with seeds 1 to 3, on fresh servers and on one that served earlier runs", () => {
  const start = (): Promise<MotoServer> => startMoto("command" in moto ? moto.command : []);
  const defectIds = (certificate: Certificate): string[] => certificate.defects.map((d) => d.id).sort();

  it("is found not to keep accounts apart, runs its cases one at a time, and gives the same defects every time", async () => {
    const runs: { how: string; certificate: Certificate }[] = [];
    const longLived = await start();
    try {
      // A run first, so the long-lived server holds what a run leaves (moto deletes no member: it lacks DeleteMembers).
      await certify({ endpoint: longLived.url, runs: 2, seed: 99 });
      for (const seed of [1, 2, 3]) {
        const fresh = await start();
        try {
          runs.push({ how: `seed ${seed}, fresh server`, certificate: await certify({ endpoint: fresh.url, runs: 2, seed }) });
        } finally {
          await fresh.stop();
        }
        runs.push({ how: `seed ${seed}, long-lived server`, certificate: await certify({ endpoint: longLived.url, runs: 2, seed }) });
      }
    } finally {
      await longLived.stop();
    }
    for (const { how, certificate } of runs) {
      expect(certificate.target.sharedAccounts, how).toBe(true);
      expect(defectIds(certificate), how).toEqual(defectIds(runs[0]!.certificate));
    }
    // Each failing defect's example says why its replay may pass alone, and what runs its scenario from the start.
    for (const defect of runs[0]!.certificate.defects.filter((d) => d.severity === "failure" && d.example.replay))
      expect(defect.example.replayNote, defect.id).toMatch(/run its scenario from the start: certify\(\{.*"runs":2/);
    // No limit of its own: moto's start has its deadline and each certification bounds itself, under the project's hang guard.
  });
});
