/** Security Hub's paged lists: `MaxResults` and `NextToken` in, `NextToken` out; a token it never issued is InvalidInputException. */
import type { Call } from "../behaviour.ts";
import { paginate, type Page } from "../pagination.ts";

export function pageOf<T>(items: T[], key: (item: T) => string, { operation, caller, input }: Call): Page<T> {
  return paginate(items, key, { operation, caller, maxResults: input.MaxResults, token: input.NextToken, invalidToken: "InvalidInputException" });
}

export function nextTokenOf(page: Page<unknown>): { NextToken?: string } {
  return page.nextToken ? { NextToken: page.nextToken } : {};
}
