/**
 * The bytes of a JSON answer: UTF-8, and not content-coded when the suite asked for none. Judged per
 * family: a success's body in success-shapes, an error's in error-shapes.
 */
import type { Exchange } from "../client/exchange.ts";
import type { CheckContext } from "./check-context.ts";
import { finding, type CheckDefinition, type Finding } from "./finding.ts";

const UTF8_RULE = "RFC 8259 §8.1: \"JSON text exchanged between systems that are not part of a closed ecosystem MUST be encoded using UTF-8.\"";
const CODING_RULE = "RFC 9110 §12.5.3: the suite sends \"Accept-Encoding: identity\"; a content coding the request did not accept must not be used (the suite never inflates it).";

export const SUCCESS_UTF8: CheckDefinition = { id: "success-shapes/utf-8", family: "success-shapes", source: "restjson1", severity: "failure", rule: UTF8_RULE };
export const ERROR_UTF8: CheckDefinition = { id: "error-shapes/utf-8", family: "error-shapes", source: "restjson1", severity: "failure", rule: UTF8_RULE };
export const SUCCESS_CONTENT_CODING: CheckDefinition = { id: "success-shapes/content-coding", family: "success-shapes", source: "restjson1", severity: "failure", rule: CODING_RULE };
export const ERROR_CONTENT_CODING: CheckDefinition = { id: "error-shapes/content-coding", family: "error-shapes", source: "restjson1", severity: "failure", rule: CODING_RULE };

export function checkWireEncoding(context: CheckContext, exchange: Exchange): Finding[] {
  const { status, headers, invalidUtf8 } = exchange.response;
  const success = status >= 200 && status < 300;
  if (!success && status < 400) return [];
  const name = context.operation.name;
  const what = success ? `${name}'s success body` : `${name}'s ${status} error body`;
  const findings: Finding[] = [];
  if (invalidUtf8) findings.push(finding(success ? SUCCESS_UTF8 : ERROR_UTF8, { operation: name, title: `${what} is not valid UTF-8`, facts: { status, bytes: exchange.response.bytes } }));
  const coding = headers["content-encoding"]?.trim().toLowerCase();
  if (coding && coding !== "identity") {
    findings.push(finding(success ? SUCCESS_CONTENT_CODING : ERROR_CONTENT_CODING, { operation: name, title: `${what} is sent with Content-Encoding ${coding}, which the request did not accept`, facts: { status, contentEncoding: coding }, discriminator: coding }));
  }
  return findings;
}
