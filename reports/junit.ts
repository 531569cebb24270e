/**
 * junit.xml from the certificate: one test case per defect (a failure fails it; a warning passes, with its text
 * in system-out) and one per scenario that passed, was blocked (skipped: not judged) or could not run (error).
 * CI dashboards then count defects, not the times a run met them.
 */
import { SOURCE_NAMES } from "../checks/finding.ts";
import type { Certificate } from "./certificate.ts";
import type { Defect } from "./defects.ts";
import { formatDefect } from "./format-defects.ts";
import { blockedSentence } from "./blocked-sentence.ts";

export function junitXml(certificate: Certificate): string {
  const defects = certificate.defects.map(defectCase);
  const scenarios = certificate.scenarios
    .filter((s) => s.verdict !== "failed")
    .map((s) => {
      const name = attribute(s.name);
      const time = (s.durationMs / 1000).toFixed(3);
      if (s.verdict === "blocked")
        return `    <testcase classname="scenarios" name="${name}" time="${time}"><skipped message="${attribute(blockedSentence(s))}"/></testcase>`;
      if (s.verdict === "error")
        return `    <testcase classname="scenarios" name="${name}" time="${time}"><error message="${attribute(s.error ?? "could not run")}"/></testcase>`;
      return `    <testcase classname="scenarios" name="${name}" time="${time}"/>`;
    });
  const failures = certificate.defects.filter((d) => d.severity === "failure").length;
  const skipped = certificate.scenarios.filter((s) => s.verdict === "blocked").length;
  const errors = certificate.scenarios.filter((s) => s.verdict === "error").length;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="securityhub-conformance" tests="${defects.length + scenarios.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${certificate.run.durationSeconds}">`,
    `  <testsuite name="${attribute(`${certificate.target.endpoint}: ${certificate.summary}`)}" tests="${defects.length + scenarios.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" timestamp="${certificate.run.startedAt}">`,
    ...defects,
    ...scenarios,
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
