/** Opaque page tokens: a cursor (the last key of the previous page) bound to the operation and caller. */
import { ServiceError } from "./service-error.ts";

interface Cursor {
  o: string;
  c: string;
  after: string;
}

export interface Page<T> {
  items: T[];
  nextToken: string | undefined;
}

export interface PageRequest {
  operation: string;
  caller: string;
  maxResults: number | undefined;
  token: string | undefined;
  /** The service's error for a token it never issued (Security Hub's InvalidInputException, GuardDuty's BadRequestException). */
  invalidToken: string;
}

/** One page of `items` (sorted by `key`), continuing after the cursor in `token`. */
export function paginate<T>(items: T[], key: (item: T) => string, options: PageRequest): Page<T> {
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const after = options.token === undefined ? undefined : readToken(options.token, options);
  const start = after === undefined ? 0 : sorted.findIndex((item) => key(item) > after);
  const remaining = start === -1 ? [] : sorted.slice(start);
  const size = options.maxResults ?? 50;
  const page = remaining.slice(0, size);
  if (remaining.length <= size) return { items: page, nextToken: undefined };
  const cursor: Cursor = { o: options.operation, c: options.caller, after: key(page.at(-1)!) };
  return { items: page, nextToken: Buffer.from(JSON.stringify(cursor)).toString("base64url") };
}

function readToken(token: string, { operation, caller, invalidToken }: PageRequest): string {
  let cursor: Partial<Cursor> | undefined;
  try {
    cursor = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as Partial<Cursor>;
  } catch {
    cursor = undefined;
  }
  if (!cursor || cursor.o !== operation || cursor.c !== caller || typeof cursor.after !== "string") {
    throw new ServiceError(invalidToken, "The NextToken is not valid for this operation and account.");
  }
  return cursor.after;
}
