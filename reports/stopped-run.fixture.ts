/**
 * Whether the reports of a stopped run agree with what it printed before it stopped (issue 31): every scenario it
 * printed as ended is reported finished, with the verdict, cases, requests and failures printed; every other planned
 * scenario is reported interrupted, never passed; the counts are at least what the progress lines said; and
 * certificate.json, certificate.md, junit.xml and allure-results say the same.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { scenariosFor } from "../conformance/profiles/index.ts";
import { startEmulator, type RunningEmulator } from "../emulator/index.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { behaviourOf, FAULTY_VARIANTS } from "../variants/index.ts";
import type { Certificate } from "./certificate.ts";
import { MARKDOWN_MARKS } from "./certificate-markdown.ts";
import { validateCertificate } from "./write-reports.ts";

/**
 * For a file of stopped runs: the names of the scenarios a whole run on an emulator plans, and a target the semantics
 * scenarios fail on (the findings a run made before its stop must stay), started before the file's tests, closed after.
 */
export function stoppedRunSetting(): { planned: () => string[]; failingTarget: () => RunningEmulator } {
  let planned: string[] = [];
  let failing: RunningEmulator | undefined;
  beforeAll(async () => {
    planned = scenariosFor(await loadSpec(), { profile: "emulator", parity: undefined }).map((s) => s.name);
    failing = await startEmulator({ behaviours: [behaviourOf(FAULTY_VARIANTS.find((v) => v.name === "ineligible-reported-processed")!)] });
  });
  afterAll(() => failing?.close());
  return { planned: () => planned, failingTarget: () => failing! };
}

/** What a run printed about one scenario. */
interface Printed {
  /** Its line as it ended: its mark (✓ ! ⊘ ✗), cases, requests and the checks of the failures under it. */
  ended?: { mark: string; cases: number; requests: number; failures: string[] };
  /** The most cases a progress line said it had played. */
  progress: number;
}

/** The scenarios a run's output speaks of, by name. */
export function printedScenarios(output: string): Map<string, Printed> {
  const scenarios = new Map<string, Printed>();
  const of = (name: string): Printed => scenarios.get(name) ?? scenarios.set(name, { progress: 0 }).get(name)!;
  let last: Printed | undefined;
  for (const line of output.split("\n")) {
    const ended = /^([✓!⊘✗]) (\S+)\s+(\d+) cases\s+(\d+) requests /.exec(line);
    const progress = /^ {2}… (\S+): (\d+)\/\d+ cases/.exec(line);
    const failure = /^ {4}✗ \[([^\]]+)\]/.exec(line);
    if (ended) {
      last = of(ended[2]!);
      last.ended = { mark: ended[1]!, cases: Number(ended[3]), requests: Number(ended[4]), failures: [] };
    } else if (progress) {
      const scenario = of(progress[1]!);
      scenario.progress = Math.max(scenario.progress, Number(progress[2]));
    } else if (failure && last?.ended) last.ended.failures.push(failure[1]!);
    else if (!line.startsWith("    ")) last = undefined;
  }
  return scenarios;
}

const VERDICTS_OF_MARK: Record<string, readonly string[]> = { "✓": ["passed"], "!": ["passed"], "⊘": ["blocked"], "✗": ["failed", "error"] };

/**
 * Checks the reports in `reportDir` against `output`, for a run of `planned` scenarios stopped by `stoppedBy`;
 * returns the certificate, and what was printed, for the caller's own checks.
 */
export function expectReportsAgreeWithOutput(reportDir: string, output: string, planned: readonly string[], stoppedBy: string): Certificate {
  const certificate = JSON.parse(readFileSync(join(reportDir, "certificate.json"), "utf8")) as Certificate;
  const printed = printedScenarios(output);
  const context = `${output}\n${JSON.stringify(certificate.run)}`;
  expect(validateCertificate(certificate), context).toEqual([]);
  // A failure found before the stop stands: such a run is not certified; any other stopped run is incomplete.
  const failed = certificate.findings.some((f) => f.severity === "failure");
  expect(certificate).toMatchObject({ verdict: failed ? "not-certified" : "incomplete", run: { interrupted: stoppedBy } });

  // Every planned scenario once: those printed as ended finished as printed, every other interrupted.
  expect(certificate.scenarios.map((s) => s.name).sort(), context).toEqual([...planned].sort());
  for (const scenario of certificate.scenarios) {
    const said = printed.get(scenario.name);
    if (said?.ended) {
      expect(VERDICTS_OF_MARK[said.ended.mark], `${scenario.name} ${scenario.verdict}\n${context}`).toContain(scenario.verdict);
      expect({ cases: scenario.cases, requests: scenario.requests }, scenario.name).toEqual({ cases: said.ended.cases, requests: said.ended.requests });
      const found = certificate.findings.filter((f) => f.scenario === scenario.name && f.severity === "failure").map((f) => f.check);
      for (const check of said.ended.failures) expect(found, `${scenario.name}: ${check}`).toContain(check);
    } else {
      expect(scenario.verdict, `${scenario.name} did not end before the stop\n${context}`).toBe("interrupted");
      expect(scenario.cases, `${scenario.name}'s cases, at least what its progress said`).toBeGreaterThanOrEqual(said?.progress ?? 0);
    }
  }
  const interrupted = certificate.scenarios.filter((s) => s.verdict === "interrupted");
  const sum = (pick: (s: Certificate["scenarios"][number]) => number): number => certificate.scenarios.reduce((n, s) => n + pick(s), 0);
  expect(certificate.run.cases).toBe(sum((s) => s.cases));
  expect(certificate.run.requests).toBe(sum((s) => s.requests));
  expect(certificate.run.scenarios).toBe(certificate.scenarios.length - interrupted.filter((s) => s.cases === 0 && s.requests === 0).length);
  const endedCount = [...printed.values()].filter((p) => p.ended).length;
  expect(certificate.run.scenarios).toBeGreaterThanOrEqual(endedCount);

  // The table: no cell a stopped scenario is about reads as established, and every interrupted cell has one.
  const established = new Set(["pass", "warn", "not-exercised", "not-established"]);
  for (const cell of certificate.verdicts) {
    const stopped = interrupted.filter((s) => s.operations.includes(cell.operation) && s.families.includes(cell.family));
    if (stopped.length > 0) expect(established.has(cell.verdict), `${cell.operation} ${cell.family}: ${cell.verdict}`).toBe(false);
    if (cell.verdict === "interrupted") expect(stopped.length, `${cell.operation} ${cell.family}`).toBeGreaterThan(0);
  }
  // Coverage: a full run leaves nothing out of it; what the stop cut short says so.
  const why = (certificate.coverage?.statements ?? []).flatMap((s) => (s.why === undefined || s.status !== "not-exercised" ? [] : [s.why]));
  expect(why.filter((w) => w.startsWith("not in this run"))).toEqual([]);
  if (interrupted.length > 0 && why.length > 0) expect(why.some((w) => w.startsWith("interrupted: the run was stopped before"))).toBe(true);

  expectMarkdownAgrees(readFileSync(join(reportDir, "certificate.md"), "utf8"), certificate);
  expectJunitAgrees(readFileSync(join(reportDir, "junit.xml"), "utf8"), certificate);
  expectAllureAgrees(join(reportDir, "allure-results"), certificate);
  return certificate;
}

function expectMarkdownAgrees(markdown: string, certificate: Certificate): void {
  const { run } = certificate;
  expect(markdown).toMatch(new RegExp(`; ${run.scenarios} scenarios( \\([^)]*\\))?, ${run.cases} cases, ${run.requests} requests in `));
  expect(markdown).toContain(`- Interrupted (${run.interrupted})`);
  const header = /^\| operation \| (.*) \|$/m.exec(markdown)![1]!.split(" | ");
  for (const cell of certificate.verdicts) {
    const row = new RegExp(`^\\| ${cell.operation} \\| (.*) \\|$`, "m").exec(markdown)![1]!.split(" | ");
    expect(row[header.indexOf(cell.family)], `${cell.operation} ${cell.family}`).toBe(MARKDOWN_MARKS[cell.verdict]);
  }
  if (certificate.verdicts.some((v) => v.verdict === "interrupted")) expect(markdown).toContain(`${MARKDOWN_MARKS.interrupted}: the run was stopped`);
}

function expectJunitAgrees(junit: string, certificate: Certificate): void {
  const cases = [...junit.matchAll(/<testcase classname="scenarios" name="([^"]+)"[^>]*?(\/>|>(.*?)<\/testcase>)/g)].map((m) => ({
    name: m[1]!,
    body: m[3] ?? "",
  }));
  const listed = certificate.scenarios.filter((s) => s.verdict !== "failed");
  expect(cases.map((c) => c.name).sort()).toEqual(listed.map((s) => s.name).sort());
  for (const scenario of listed) {
    const body = cases.find((c) => c.name === scenario.name)!.body;
    expect(body.startsWith('<skipped message="interrupted">'), `${scenario.name} ${scenario.verdict}: ${body}`).toBe(scenario.verdict === "interrupted");
  }
  const tests = certificate.defects.length + listed.length;
  const skipped = certificate.scenarios.filter((s) => s.verdict === "interrupted" || s.verdict === "blocked").length;
  expect(junit).toMatch(new RegExp(`<testsuites [^>]*tests="${tests}" failures="\\d+" errors="\\d+" skipped="${skipped}"`));
}

function expectAllureAgrees(directory: string, certificate: Certificate): void {
  const results = readdirSync(directory)
    .filter((file) => file.endsWith("-result.json"))
    .map((file) => JSON.parse(readFileSync(join(directory, file), "utf8")) as { fullName: string; status: string; statusDetails?: { message: string } });
  const scenarios = results.filter((r) => r.fullName.startsWith("scenarios."));
  const listed = certificate.scenarios.filter((s) => s.verdict !== "failed");
  expect(scenarios.map((r) => r.fullName).sort()).toEqual(listed.map((s) => `scenarios.${s.name}`).sort());
  for (const scenario of listed) {
    const result = scenarios.find((r) => r.fullName === `scenarios.${scenario.name}`)!;
    const stopped = scenario.verdict === "interrupted";
    expect(result.status === "skipped" && result.statusDetails?.message.startsWith("interrupted") === true, `${scenario.name} ${result.status}`).toBe(stopped);
    if (scenario.verdict === "passed") expect(result.status).toBe("passed");
  }
  expect(results.filter((r) => r.status === "failed").length).toBe(certificate.defects.filter((d) => d.severity === "failure").length);
}
