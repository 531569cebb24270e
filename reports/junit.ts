/**
 * junit.xml from the certificate: one test case per defect (a failure fails it; a warning passes, with its text
 * in system-out) and one per planned scenario: passed, blocked (skipped: not judged), could not run (error),
 * interrupted (skipped: the run was stopped before it finished), or missing its result (error). CI dashboards then
 * count defects, not the times a run met them.
 */
import { SOURCE_NAMES } from "../checks/finding.ts";
import type { Certificate } from "./certificate.ts";
import type { Defect } from "./defects.ts";
import { formatDefect } from "./format-defects.ts";
import { blockedSentence } from "./blocked-sentence.ts";
import { interruptedSentence, unreportedScenarios } from "./unfinished-sentence.ts";

export function junitXml(certificate: Certificate): string {
  const defects = certificate.defects.map(defectCase);
  const testcase = (name: string, seconds: number, outcome = ""): string =>
    `    <testcase classname="scenarios" name="${attribute(name)}" time="${seconds.toFixed(3)}"${outcome ? `>${outcome}</testcase>` : "/>"}`;
  const scenarios = certificate.scenarios
    .filter((s) => s.verdict !== "failed")
    .map((s) => {
      const seconds = s.durationMs / 1000;
      if (s.verdict === "blocked") return testcase(s.name, seconds, `<skipped message="${attribute(blockedSentence(s))}"/>`);
      if (s.verdict === "interrupted")
        return testcase(s.name, seconds, `<skipped message="interrupted">${text(interruptedSentence(s, certificate.run.interrupted))}</skipped>`);
      if (s.verdict === "error") return testcase(s.name, seconds, `<error message="${attribute(s.error ?? "could not run")}"/>`);
      return testcase(s.name, seconds);
    });
  // A planned scenario whose result never came (a crash) is one test case too, so the run's count is the plan's.
  const unreported = unreportedScenarios(certificate).map((m) => testcase(m.name, 0, `<error message="${attribute(m.reason)}"/>`));
  const failures = certificate.defects.filter((d) => d.severity === "failure").length;
  const skipped = certificate.scenarios.filter((s) => s.verdict === "blocked" || s.verdict === "interrupted").length;
  const errors = certificate.scenarios.filter((s) => s.verdict === "error").length + unreported.length;
  const tests = defects.length + scenarios.length + unreported.length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="securityhub-conformance" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${certificate.run.durationSeconds}">`,
    `  <testsuite name="${attribute(`${certificate.target.endpoint}: ${certificate.summary}`)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" timestamp="${certificate.run.startedAt}">`,
    ...defects,
    ...scenarios,
    ...unreported,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}

function defectCase(defect: Defect): string {
  // Named by the defect's identity, which is the same from run to run; the title (with this run's ids) is the message.
  const name = attribute(defect.id);
  const classname = attribute(`${defect.family}.${defect.check.split("/")[1]}`);
  const details = text(formatDefect(defect).join("\n"));
  if (defect.severity === "warning") return `    <testcase classname="${classname}" name="${name}"><system-out>${details}</system-out></testcase>`;
  return `    <testcase classname="${classname}" name="${name}"><failure type="${attribute(defect.check)}" message="${attribute(`${defect.title} (${SOURCE_NAMES[defect.source]})`)}">${details}</failure></testcase>`;
}

/** Text XML 1.0 may hold: escaped, and without the control characters it forbids (a hostile target's bytes). */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/gu, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

function attribute(value: string): string {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;");
}
