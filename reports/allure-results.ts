/**
 * Allure results from the certificate, in Allure's results format (`<uuid>-result.json`, attachments beside):
 * one result per defect (failed, or unknown for a warning), grouped by operation and check family, with its
 * example exchange attached, and one per planned scenario that passed (passed), was blocked (skipped), was
 * interrupted (skipped: the run was stopped before it finished), could not run or never reported (broken). Written
 * by certify after the run rather than by a test reporter, so a dashboard counts defects, not occurrences.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SOURCE_NAMES } from "../checks/finding.ts";
import { referenceSide } from "../checks/parity.ts";
import { boundedString } from "./bounded-value.ts";
import type { Certificate } from "./certificate.ts";
import type { Defect } from "./defects.ts";
import { blockedSentence } from "./blocked-sentence.ts";
import { interruptedSentence, unreportedScenarios } from "./unfinished-sentence.ts";

/** Largest attachment written: a hostile target must not fill the disk with reports. */
const ATTACHMENT_CHARS = 64 * 1024;

interface AllureResult {
  uuid: string;
  historyId: string;
  name: string;
  fullName: string;
  status: "passed" | "failed" | "broken" | "skipped" | "unknown";
  statusDetails?: { message: string; trace?: string };
  stage: "finished";
  start: number;
  stop: number;
  description?: string;
  labels: { name: string; value: string }[];
  parameters: { name: string; value: string }[];
  attachments: { name: string; source: string; type: string }[];
  steps: [];
}

export function writeAllureResults(directory: string, certificate: Certificate): void {
  mkdirSync(directory, { recursive: true });
  const start = Date.parse(certificate.run.startedAt);
  const write = (result: AllureResult): void => writeFileSync(join(directory, `${result.uuid}-result.json`), JSON.stringify(result));
  const attach = (name: string, content: string, type: string, extension: string): AllureResult["attachments"][number] => {
    const source = `${randomUUID()}-attachment.${extension}`;
    writeFileSync(join(directory, source), boundedString(content, ATTACHMENT_CHARS));
    return { name, source, type };
  };
  for (const defect of certificate.defects) write(defectResult(defect, certificate, start, attach));
  // What the run covered: its summary beside the target, and each rule it did not exercise as a skipped result.
  const environment = {
    target: certificate.target.endpoint,
    seed: String(certificate.run.seed),
    runs: String(certificate.run.runs),
    ...(certificate.coverage ? { coverage: certificate.coverage.summary } : {}),
  };
  writeFileSync(
    join(directory, "environment.properties"),
    `${Object.entries(environment)
      .map(([key, value]) => `${key} = ${value.replace(/\n/g, " ")}`)
      .join("\n")}\n`,
  );
  for (const statement of certificate.coverage?.statements.filter((s) => s.status === "not-exercised") ?? []) {
    write({
      uuid: randomUUID(),
      historyId: historyId(`coverage ${statement.id}`),
      name: `not exercised: ${boundedString(statement.text, 200)}`,
      fullName: `coverage.${statement.id}`,
      status: "skipped",
      statusDetails: { message: `${statement.why}\n\n${statement.where}: ${statement.text}\n\nenforced by: ${statement.checks.join(", ")}` },
      stage: "finished",
      start,
      stop: start,
      labels: [
        { name: "parentSuite", value: statement.id.split(".")[0]! },
        { name: "suite", value: "coverage" },
        { name: "subSuite", value: "rules not exercised" },
      ],
      parameters: [{ name: "statement", value: statement.id }],
      attachments: [],
      steps: [],
    });
  }
  // A planned scenario whose result never came (a crash) is a result too, so the dashboard's count is the plan's.
  const unreported = unreportedScenarios(certificate).map((m) => ({
    name: m.name,
    operations: [],
    families: [],
    verdict: "error" as const,
    cases: 0,
    requests: 0,
    durationMs: 0,
    error: m.reason,
  }));
  for (const scenario of [...certificate.scenarios.filter((s) => s.verdict !== "failed"), ...unreported]) {
    const status = scenario.verdict === "passed" ? "passed" : scenario.verdict === "blocked" || scenario.verdict === "interrupted" ? "skipped" : "broken";
    const message =
      scenario.verdict === "blocked"
        ? blockedSentence(scenario)
        : scenario.verdict === "interrupted"
          ? interruptedSentence(scenario, certificate.run.interrupted)
          : scenario.error;
    write({
      uuid: randomUUID(),
      historyId: historyId(`scenario ${scenario.name}`),
      name: scenario.name,
      fullName: `scenarios.${scenario.name}`,
      status,
      ...(message ? { statusDetails: { message } } : {}),
      stage: "finished",
      start,
      stop: start + Math.round(scenario.durationMs),
      labels: [
        ...scenario.operations.map((value) => ({ name: "parentSuite", value })),
        ...scenario.families.map((value) => ({ name: "suite", value })),
        { name: "subSuite", value: "scenarios" },
      ],
      parameters: [
        { name: "cases", value: String(scenario.cases) },
        { name: "seed", value: String(certificate.run.seed) },
      ],
      attachments: [],
      steps: [],
    });
  }
}

function defectResult(
  defect: Defect,
  certificate: Certificate,
  start: number,
  attach: (name: string, content: string, type: string, extension: string) => AllureResult["attachments"][number],
): AllureResult {
  const { example } = defect;
  const attachments = [
    attach(
      "example",
      JSON.stringify(
        {
          scenario: example.scenario,
          title: example.title,
          facts: example.facts,
          counterexample: example.counterexample,
          replay: example.replay,
          exchange: example.exchange,
        },
        null,
        2,
      ),
      "application/json",
      "json",
    ),
  ];
  const reference = referenceSide({ family: defect.family, facts: example.facts });
  const message = [
    `${defect.severity === "failure" ? "" : "warning: "}${defect.title}`,
    `rule (${SOURCE_NAMES[defect.source]}): ${defect.rule}${(defect.consequences ?? []).map((c) => `\nand, from the same answers: [${c.check}] ${c.title}`).join("")}`,
    ...(reference === undefined ? [] : [`on the reference: ${reference}`]),
    ...(example.counterexample === undefined
      ? []
      : [`${defect.severity === "failure" ? "smallest failing input" : "input"} (${example.scenario}): ${example.counterexample}`]),
    ...(example.replay ? [`replay: ${example.replay}`] : []),
    ...(example.replayNote ? [example.replayNote] : []),
  ];
  // A defect takes as long as the scenario of its example took, not the whole run.
  const duration = certificate.scenarios.find((s) => s.name === example.scenario)?.durationMs ?? 0;
  return {
    uuid: randomUUID(),
    historyId: historyId(defect.id),
    name: defect.title,
    fullName: `${defect.check} ${defect.id}`,
    // A warning never fails a certification, and is no pass either: Allure's "unknown" gives it a colour of its own.
    status: defect.severity === "failure" ? "failed" : "unknown",
    statusDetails: { message: boundedString(message.join("\n\n"), ATTACHMENT_CHARS) },
    stage: "finished",
    start,
    stop: start + Math.round(duration),
    description: `Seen in ${defect.scenarios.length} scenario(s) (${defect.occurrences} occurrence(s)) of ${certificate.target.endpoint}: ${defect.scenarios.join(", ")}.`,
    labels: [
      ...defect.operations.map((value) => ({ name: "parentSuite", value })),
      { name: "suite", value: defect.family },
      { name: "subSuite", value: defect.check },
      { name: "severity", value: defect.severity === "failure" ? "critical" : "minor" },
      { name: "tag", value: `source: ${defect.source}` },
      ...(defect.severity === "warning" ? [{ name: "tag", value: "warning" }] : []),
    ],
    parameters: [
      { name: "operations", value: defect.operations.join(", ") },
      { name: "seed", value: String(certificate.run.seed) },
    ],
    attachments,
    steps: [],
  };
}

/** The same defect in two runs has the same history id, so Allure can show its history. */
function historyId(of: string): string {
  return createHash("md5").update(of).digest("hex");
}
