/** Writes certificate.json and certificate.md into the report directory. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "../validators/ajv-instance.ts";
import type { Certificate } from "./certificate.ts";
import { certificateMarkdown } from "./certificate-markdown.ts";

export const CERTIFICATE_SCHEMA = JSON.parse(readFileSync(new URL("./certificate.schema.json", import.meta.url), "utf8")) as Record<string, unknown>;

/** Schema violations of a certificate, as readable lines; empty when it is valid. */
export function validateCertificate(certificate: unknown): string[] {
  const validate = compile(CERTIFICATE_SCHEMA);
  return validate(certificate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "certificate"} ${e.message}`);
}

export function writeCertificate(directory: string, certificate: Certificate): { json: string; markdown: string } {
  mkdirSync(directory, { recursive: true });
  const json = join(directory, "certificate.json");
  const markdown = join(directory, "certificate.md");
  writeFileSync(json, `${JSON.stringify(certificate, null, 2)}\n`);
  writeFileSync(markdown, certificateMarkdown(certificate));
  return { json, markdown };
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
