/**
 * The bytes of a JSON answer: UTF-8, and not content-coded when the suite asked for none. Judged per
 * family: a success's body in success-shapes, an error's in error-shapes.
 */
import type { ExchangeInput } from "./check-context.ts";
import { defineCheck, judged, NOT_APPLICABLE, type Judgement } from "./define-check.ts";

const UTF8_RULE = 'RFC 8259 §8.1: "JSON text exchanged between systems that are not part of a closed ecosystem MUST be encoded using UTF-8."';
const CODING_RULE =
  'RFC 9110 §12.5.3: the suite sends "Accept-Encoding: identity"; a content coding the request did not accept must not be used (the suite never inflates it).';

type Kind = "success" | "error";

function kindOf({ exchange }: ExchangeInput): Kind | undefined {
  const { status } = exchange.response;
  return status >= 200 && status < 300 ? "success" : status >= 400 ? "error" : undefined;
}

function describe(input: ExchangeInput, kind: Kind): string {
  const name = input.context.operation.name;
  return kind === "success" ? `${name}'s success body` : `${name}'s ${input.exchange.response.status} error body`;
}

function utf8(kind: Kind) {
  return (input: ExchangeInput): Judgement | undefined => {
    if (kindOf(input) !== kind) return NOT_APPLICABLE;
    const { status, invalidUtf8, bytes } = input.exchange.response;
    return judged(input.context.operation.name, [invalidUtf8 === true && { title: `${describe(input, kind)} is not valid UTF-8`, facts: { status, bytes } }]);
  };
}

function contentCoding(kind: Kind) {
  return (input: ExchangeInput): Judgement | undefined => {
    if (kindOf(input) !== kind) return NOT_APPLICABLE;
    const { status, headers } = input.exchange.response;
    const coding = headers["content-encoding"]?.trim().toLowerCase();
    const coded = coding !== undefined && coding !== "" && coding !== "identity";
    return judged(input.context.operation.name, [
      coded && {
        title: `${describe(input, kind)} is sent with Content-Encoding ${coding}, which the request did not accept`,
        facts: { status, contentEncoding: coding },
        discriminator: coding,
      },
    ]);
  };
}

export const SUCCESS_UTF8 = defineCheck({
  id: "success-shapes/utf-8",
  family: "success-shapes",
  source: "restjson1",
  severity: "failure",
  rule: UTF8_RULE,
  statements: [],
  run: utf8("success"),
});
export const ERROR_UTF8 = defineCheck({
  id: "error-shapes/utf-8",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: UTF8_RULE,
  statements: [],
  run: utf8("error"),
});
export const SUCCESS_CONTENT_CODING = defineCheck({
  id: "success-shapes/content-coding",
  family: "success-shapes",
  source: "restjson1",
  severity: "failure",
  rule: CODING_RULE,
  statements: [],
  run: contentCoding("success"),
});
export const ERROR_CONTENT_CODING = defineCheck({
  id: "error-shapes/content-coding",
  family: "error-shapes",
  source: "restjson1",
  severity: "failure",
  rule: CODING_RULE,
  statements: [],
  run: contentCoding("error"),
});

export const WIRE_ENCODING_CHECKS = [SUCCESS_UTF8, ERROR_UTF8, SUCCESS_CONTENT_CODING, ERROR_CONTENT_CODING] as const;
