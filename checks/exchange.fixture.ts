/** Builds exchanges for the checks' own tests. */
import type { Exchange } from "../client/exchange.ts";

export interface ExchangeFixture {
  operation?: string;
  requestBody?: unknown;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Raw body text, when `body` is not to be JSON-encoded. */
  text?: string;
  /** The body's bytes were not valid UTF-8. */
  invalidUtf8?: true;
}

export function exchangeOf(fixture: ExchangeFixture): Exchange {
  const text = fixture.text ?? (fixture.body === undefined ? "" : JSON.stringify(fixture.body));
  return {
    account: "111111111111",
    operation: fixture.operation ?? "InviteMembers",
    request: {
      method: "POST",
      path: "/members/invite",
      headers: {},
      body: fixture.requestBody === undefined ? undefined : JSON.stringify(fixture.requestBody),
    },
    response: {
      status: fixture.status,
      headers: { "content-type": "application/json", ...fixture.headers },
      body: text,
      ...(fixture.invalidUtf8 ? { invalidUtf8: true as const } : {}),
    },
    durationMs: 1,
  };
}

/** A restJson1 error as AWS sends it, named in header and body. */
export function awsError(status: number, name: string, message = "something went wrong"): ExchangeFixture {
  return { status, headers: { "x-amzn-errortype": name }, body: { Code: name, Message: message } };
}
