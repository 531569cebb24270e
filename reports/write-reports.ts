/** Writes the reports of a certificate into the report directory: certificate.json and .md, junit.xml, allure-results/. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../validators/ajv-instance.ts";
import type { Certificate } from "./certificate.ts";
import { writeAllureResults } from "./allure-results.ts";
import { certificateMarkdown } from "./certificate-markdown.ts";
import { junitXml } from "./junit.ts";

export const CERTIFICATE_SCHEMA = JSON.parse(readFileSync(new URL("./certificate.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** Schema violations of a certificate, as readable lines; empty when it is valid. */
export function validateCertificate(certificate: unknown): string[] {
  const validate = compile(CERTIFICATE_SCHEMA);
  return validate(certificate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "certificate"} ${e.message}`);
}

export function writeCertificate(directory: string, certificate: Certificate): { json: string; markdown: string; junit: string; allureResults: string } {
  mkdirSync(directory, { recursive: true });
  const json = join(directory, "certificate.json");
  const markdown = join(directory, "certificate.md");
  const junit = join(directory, "junit.xml");
  const allureResults = join(directory, "allure-results");
  writeFileSync(json, `${JSON.stringify(certificate, null, 2)}\n`);
  writeFileSync(markdown, certificateMarkdown(certificate));
  writeFileSync(junit, junitXml(certificate));
  // Results of an earlier run into the same directory would read as this run's.
  rmSync(allureResults, { recursive: true, force: true });
  writeAllureResults(allureResults, certificate);
  return { json, markdown, junit, allureResults };
}

/** Reads an earlier certificate to compare with; throws a readable error for anything else. */
export function readBaseline(file: string): Certificate {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`cannot read the baseline ${file}: ${(error as Error).message}`);
  }
  const problems = validateCertificate(parsed);
  if (problems.length > 0) throw new Error(`the baseline ${file} is not a certificate: ${problems.slice(0, 3).join("; ")}`);
  return parsed as Certificate;
}
