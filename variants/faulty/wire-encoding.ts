/** Faults in the bytes of answers: encodings JSON and HTTP rule out. */
import { gzipSync } from "node:zlib";
import type { WireResponse } from "../../emulator/index.ts";
import type { Variant } from "../variant.ts";
import { isError } from "../wire-rewrites.ts";

/** The JSON text with one byte that is not UTF-8 (0xFF) inside its first string value. */
function withInvalidUtf8(response: WireResponse): WireResponse {
  const text = Buffer.from(response.body);
  const quote = text.indexOf(0x22, text.indexOf(0x3a));
  if (quote === -1) return response;
  return { ...response, body: Buffer.concat([text.subarray(0, quote + 1), Buffer.from([0xff]), text.subarray(quote + 1)]) };
}

const gzipped = (response: WireResponse): WireResponse => ({
  ...response,
  headers: { ...response.headers, "content-encoding": "gzip" },
  body: gzipSync(Buffer.from(response.body)),
});

export const WIRE_ENCODING_FAULTS: Variant[] = [
  {
    description: "Breaks RFC 8259's \"JSON text … MUST be encoded using UTF-8\": ListInvitations' successes carry a byte that is not UTF-8.",
    name: "success-invalid-utf8",
    kind: "faulty",
    caughtBy: "success-shapes/utf-8",
    behaviour: () => ({
      respond: (response, context) => (context.operation === "ListInvitations" && response.status === 200 ? withInvalidUtf8(response) : response),
    }),
  },
  {
    description: 'Breaks RFC 8259\'s "JSON text … MUST be encoded using UTF-8": error messages carry a byte that is not UTF-8.',
    name: "error-invalid-utf8",
    kind: "faulty",
    caughtBy: "error-shapes/utf-8",
    behaviour: () => ({ respond: (response) => (isError(response) ? withInvalidUtf8(response) : response) }),
  },
  {
    description: "Breaks RFC 9110's content negotiation (the suite accepts only identity): GetMembers' successes are gzip-encoded.",
    name: "success-gzip-unasked",
    kind: "faulty",
    caughtBy: "success-shapes/content-coding",
    behaviour: () => ({ respond: (response, context) => (context.operation === "GetMembers" && response.status === 200 ? gzipped(response) : response) }),
  },
  {
    description: "Breaks RFC 9110's content negotiation (the suite accepts only identity): errors are gzip-encoded.",
    name: "error-gzip-unasked",
    kind: "faulty",
    caughtBy: "error-shapes/content-coding",
    behaviour: () => ({ respond: (response) => (isError(response) ? gzipped(response) : response) }),
  },
];
