/** What the checks read of a response: status, media type, and the body as JSON when it is JSON. */
import type { Exchange } from "../client/exchange.ts";
import { nestsDeeperThan } from "../protocol/json-depth.ts";

export interface ResponseView {
  status: number;
  headers: Readonly<Record<string, string>>;
  /** The media type without parameters, lowercase; undefined without a Content-Type. */
  mediaType: string | undefined;
  /** True for a body of zero length (or only white space). */
  empty: boolean;
  /** The parsed body, when it is JSON. */
  json: unknown;
  /** Whether the body parsed as JSON. */
  isJson: boolean;
  /** The body nests deeper than any documented answer (MAX_JSON_DEPTH): it was not parsed, and reads as not JSON. */
  tooDeep: boolean;
}

const views = new WeakMap<Exchange, ResponseView>();

export function viewResponse(exchange: Exchange): ResponseView {
  let view = views.get(exchange);
  if (view) return view;
  const { status, headers, body } = exchange.response;
  let json: unknown;
  let isJson = false;
  const tooDeep = nestsDeeperThan(body);
  try {
    if (!tooDeep) {
      json = JSON.parse(body);
      isJson = true;
    }
  } catch {
    json = undefined;
  }
  view = { status, headers, mediaType: headers["content-type"]?.split(";")[0]?.trim().toLowerCase(), empty: !/\S/.test(body), json, isJson, tooDeep };
  views.set(exchange, view);
  return view;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
