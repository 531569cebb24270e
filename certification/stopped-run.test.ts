/**
 * Issue 31, from code: `certify({ signal })` aborted at points drawn from a seeded random (after the k-th scenario
 * it logged as ended) rejects with CERTIFY_INTERRUPTED and the incomplete certificate, the same as the
 * certificate.json it wrote, and its reports agree with the lines it logged.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectReportsAgreeWithOutput, stoppedRunSetting } from "../reports/stopped-run.fixture.ts";
import { reached, type StopPoint, stopPoints } from "../reports/stop-points.fixture.ts";
import { CertifyError } from "./certify-error.ts";
import { certify } from "./certify.ts";

const dir = mkdtempSync(join(tmpdir(), "stopped-run-"));
/** The seed of the stop points: change it to try others; a failing point is named in its test's title. */
const SEED = 32;
const REASON = "the test stops it";
const setting = stoppedRunSetting();

/** Certifies into `reportDir`, aborting once the logged lines reach `point`; the rejection and the lines logged. */
async function stopAt(point: StopPoint, reportDir: string, endpoint: string | undefined): Promise<{ error: unknown; logged: string }> {
  const stop = new AbortController();
  let logged = "";
  const log = (line: string): void => {
    logged += `${line}\n`;
    // Aborted from outside the log call, as a caller's own code would: the line that reached the point is logged first.
    if (!stop.signal.aborted && reached(point, logged)) setImmediate(() => stop.abort(REASON));
  };
  const error = await certify({ endpoint, runs: 200, seed: 5, reportDir, log, signal: stop.signal }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return { error, logged };
}

// The first point stops the run as its suites start: nothing has ended yet.
const points = [{ afterEnded: 0 }, ...stopPoints(SEED, 2, 20)];
describe.each(points.map((point, i) => ({ point, faultyTarget: i === 2, i, ended: String(point.afterEnded), name: String(i) })))(
  `certify({ signal }) aborted after $ended scenarios ended (seed ${SEED}, point $name)`,
  ({ point, faultyTarget, i }) => {
    it("rejects with CERTIFY_INTERRUPTED and the certificate it wrote, whose reports agree with what it logged", async () => {
      const reportDir = join(dir, `point-${i}`);
      const { error, logged } = await stopAt(point, reportDir, faultyTarget ? setting.failingTarget().url : undefined);
      expect(error, logged).toBeInstanceOf(CertifyError);
      const stopped = error as CertifyError;
      expect(stopped.code).toBe("CERTIFY_INTERRUPTED");
      const certificate = expectReportsAgreeWithOutput(reportDir, logged, setting.planned(), REASON);
      expect(stopped.certificate).toEqual(certificate);
      expect(stopped.message).not.toContain("previous");
      expect(stopped.message.includes("and not certified (it found failures before the stop)")).toBe(certificate.verdict === "not-certified");
    });
  },
);

describe("an interrupted run into a directory an earlier run wrote", () => {
  it("says where it set the earlier reports aside", async () => {
    const reportDir = join(dir, "earlier");
    mkdirSync(reportDir);
    writeFileSync(join(reportDir, "certificate.json"), JSON.stringify({ verdict: "certified", note: "an earlier run" }));
    const { error } = await stopAt({ afterEnded: 0 }, reportDir, undefined);
    expect((error as CertifyError).message).toContain(`the reports of the run before it are in ${join(reportDir, "previous")}`);
    expect(JSON.parse(readFileSync(join(reportDir, "previous", "certificate.json"), "utf8"))).toMatchObject({ note: "an earlier run" });
  });
});
