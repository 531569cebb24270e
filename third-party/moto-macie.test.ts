/**
 * Certifies moto's Macie server (5.2.x) with `--service macie2`, on loopback: a protocol-only run, its deviations
 * reported as defects — the operations it lacks as one defect, its HTML pages where AWS answers JSON, its 500s to
 * valid input, the URI labels its router decodes before routing — and the same defects whatever the seed.
 */
import { describe, expect, it } from "vitest";
import { certify } from "../certification/index.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import type { Certificate } from "../reports/certificate.ts";
import { findMoto, startMoto } from "./moto.ts";

const moto = findMoto();
const missing = "missing" in moto ? moto.missing : undefined;
if (missing) console.warn(`third-party/moto-macie.test.ts is skipped: ${missing}`);

describe.skipIf(missing !== undefined)(`certifying moto's Macie server with --service macie2${missing ? ` (skipped: ${missing})` : ""}`, () => {
  const defectIds = (certificate: Certificate): string[] => certificate.defects.map((d) => d.id).sort();

  it("reports its deviations as defects of a protocol-only run, the same ones on seeds 1, 2 and 3", async () => {
    const runs: { seed: number; certificate: Certificate }[] = [];
    for (const seed of [1, 2, 3]) {
      const server = await startMoto("command" in moto ? moto.command : []);
      try {
        runs.push({ seed, certificate: await certify({ service: "macie2", endpoint: server.url, runs: 2, seed }) });
      } finally {
        await server.stop();
      }
    }
    const [first] = runs;
    const { certificate } = first!;
    expect(certificate.verdict).toBe("not-certified");
    expect(certificate.run.protocolOnly).toMatch(/^protocol-only: Amazon Macie/);
    expect(certificate.missing ?? []).toEqual([]);
    // Every scenario is a protocol one: valid and invalid input, nothing of a family.
    expect(certificate.scenarios.every((s) => /^(valid|invalid)-input\//.test(s.name))).toBe(true);
    // The operations moto lacks, as one defect, whose scenarios are blocked rather than failed.
    const notImplemented = certificate.defects.filter((d) => d.check === NOT_IMPLEMENTED.id);
    expect(notImplemented).toHaveLength(1);
    expect(notImplemented[0]!.operations).toEqual(expect.arrayContaining(["DeleteInvitations", "GetInvitationsCount", "DisassociateFromAdministratorAccount"]));
    // What it gets wrong in those it serves: successes labelled text/html, HTML 500 pages for valid input.
    expect(certificate.defects.find((d) => d.check === "success-shapes/content-type")?.operations).toEqual(
      expect.arrayContaining(["EnableMacie", "ListMembers"]),
    );
    expect(certificate.defects.find((d) => d.id === "error-page|500 text/html")?.operations).toEqual(expect.arrayContaining(["CreateMember", "GetMember"]));
    // A label holding a percent-encoded `/` is routed as two segments: a redirect, a status no AWS answer has.
    expect(certificate.defects.find((d) => d.id === "status-codes/documented-status|308")?.operations).toEqual([
      "DeleteMember",
      "DisassociateMember",
      "GetMember",
    ]);
    expect(certificate.coverage?.summary).toMatch(/further statements say more than protocol and shapes/);
    for (const { seed, certificate: other } of runs) expect(defectIds(other), `seed ${seed}`).toEqual(defectIds(certificate));
    // No limit of its own: moto's start has its deadline and each certification bounds itself, under the project's hang guard.
  });
});
