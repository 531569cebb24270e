/** The ways a request can break its operation's input schema; generators label invalid requests with these. */
export const REQUEST_RULES = [
  "missing-required",
  "wrong-type",
  "wrong-item-type",
  "pattern-violation",
  "length-violation",
  "out-of-range",
  "size-violation",
  "enum-violation",
  "format-violation",
  "not-an-object",
  "not-json",
  /** A query-string or header value that does not parse as its member's type (restJson1: 400 SerializationException). */
  "malformed-value",
] as const;

export type RequestRule = (typeof REQUEST_RULES)[number];

/** One way a request breaks the schema, at a JSON pointer into the input (`/AccountIds/0`, `/MaxResults`). */
export interface RequestViolation {
  rule: RequestRule;
  at: string;
  message: string;
}
