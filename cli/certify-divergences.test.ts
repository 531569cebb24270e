/**
 * Issue 17.7: divergences are defects like any other. Against a reference that lacks an operation (as moto lacks
 * DeleteMembers) and pages differently, each divergence is listed once with both answers, the input and a replay
 * line that runs as printed; the missing operation is one root cause; the count printed is the count listed; a
 * recording of the reference finds the same divergences as the reference itself. Warnings of the conformance
 * scenarios carry their first case and its replay too.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Certificate } from "../reports/certificate.ts";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { runCli, runShell } from "../tools/run-cli.fixture.ts";
import { behaviourOf, TOLERANT_VARIANTS } from "../variants/index.ts";

const tolerant = (name: string) => behaviourOf(TOLERANT_VARIANTS.find((v) => v.name === name)!);
const dir = mkdtempSync(join(tmpdir(), "certify-divergences-"));
const parityDefects = (reportDir: string): string[] =>
  (JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8")) as Certificate).defects
    .filter((d) => d.family === "parity")
    .map((d) => d.id)
    .sort();
/** The printed defect entries, each from its `! [check]` line to the next blank line. */
const entries = (output: string): string[] => output.split("\n\n").filter((block) => /^[!✗] \[/.test(block));

describe("parity divergences as defects", () => {
  let reference: RunningEmulator;
  beforeAll(async () => {
    reference = await startEmulator({
      port: 0,
      behaviours: [
        tolerant("lenient-lifecycle"),
        // As moto answers it: a web server's page for an operation it does not serve.
        {
          name: "no-delete-members",
          description: "DeleteMembers is not served",
          respond: (response, context) =>
            context.operation === "DeleteMembers"
              ? { status: 404, headers: { "content-type": "text/html" }, body: "<!doctype html><title>404 Not Found</title>" }
              : response,
        },
      ],
    });
  });
  afterAll(() => reference.close());
  const only = ["--only", "parity/pagination/ListMembers,parity/semantics/DeleteMembers,parity/semantics/DeclineInvitations", "--seed", "5", "--runs", "10"];

  it("lists each once with both answers, its input and a replay that runs as printed; a recording finds the same", async () => {
    const recording = join(dir, "recording");
    const live = await runCli("cli/certify.ts", ["--reference", reference.url, "--record", recording, ...only, "--report-dir", join(dir, "live")]);
    expect(live.code, live.output).toBe(0);
    const divergences = entries(live.output).filter((entry) => entry.startsWith("! [parity/"));
    // The count printed is the count listed.
    expect(live.output).toContain(
      `Compared with the reference ${reference.url} (its answers recorded to ${recording}): ${divergences.length} divergence(s), listed with the defects, reported as warnings.`,
    );
    expect(divergences.length).toBe(parityDefects(join(dir, "live")).length);
    // The operation the reference does not serve is one root cause, listed first, whichever scenarios met it.
    expect(divergences.filter((entry) => entry.includes("[parity/implemented]"))).toHaveLength(1);
    expect(divergences[0]).toMatch(
      /^! \[parity\/implemented\] DeleteMembers is implemented here, not on reference http:\/\/\S+: POST \/members\/delete as \d{12} .*→ 404/,
    );
    expect(live.output).toContain(`parity/semantics/DeleteMembers: blocked: it needs DeleteMembers, which the reference ${reference.url} does not implement`);
    // Paging differently is one divergence, on both listings (whichever of them the example shows).
    expect(
      divergences.filter((entry) => /^! \[parity\/output-members\] List\w+ answered members \[\w+\] here, members \[\w+, NextToken\] on reference/.test(entry)),
    ).toEqual([expect.stringMatching(/ListInvitations/)]);
    for (const entry of divergences) {
      expect(entry).toMatch(/\n {4}on the reference: /);
      expect(entry).toMatch(/\n {4}input \(parity\/[\w/]+\): /);
      expect(entry).toMatch(
        /\n {4}replay: npm run certify -- --reference http:\/\/\S+ --seed 5 --only parity\/[\w/]+ --replay \S+ --report-dir reports\/replay$/,
      );
    }
    // A divergence's replay, run by a shell as printed, shows it again.
    const replay = /replay: (.*)$/m.exec(divergences[0]!)![1]!;
    const again = await runShell(replay);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain("! [parity/implemented] DeleteMembers is implemented here, not on reference");

    const recorded = await runCli("cli/certify.ts", ["--reference-recording", recording, ...only, "--report-dir", join(dir, "recorded")]);
    expect(recorded.code, recorded.output).toBe(0);
    expect(parityDefects(join(dir, "recorded"))).toEqual(parityDefects(join(dir, "live")));
  });
});

describe("conformance warnings", () => {
  let target: RunningEmulator;
  beforeAll(async () => {
    target = await startEmulator({ port: 0, behaviours: [tolerant("lenient-model-constraints")] });
  });
  afterAll(() => target.close());

  it("show the exchange and input of the case they were first seen in, and replay it as printed", async () => {
    const first = await runCli("cli/certify.ts", [
      "--endpoint",
      target.url,
      "--only",
      "invalid-input/CreateMembers",
      "--seed",
      "3",
      "--report-dir",
      join(dir, "warnings"),
    ]);
    expect(first.code, first.output).toBe(0);
    const [warning] = entries(first.output).filter((entry) => entry.startsWith("! [status-codes/model-constraint-enforced]"));
    expect(warning).toMatch(/\n {4}POST \/members as \d{12} /);
    expect(warning).toMatch(/\n {4}input \(invalid-input\/CreateMembers\): \{/);
    const replay = /replay: (npm run certify -- --endpoint \S+ --seed 3 --only invalid-input\/CreateMembers --replay \d+ --report-dir reports\/replay)$/m.exec(
      warning!,
    )?.[1];
    expect(replay, warning).toEqual(expect.any(String));
    const again = await runShell(replay!);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toContain(warning!.split("\n")[0]!.replace(/ — likewise on .*$/, ""));
    expect(again.output).toMatch(/^1 scenarios, 1 cases/m);
  });
});
