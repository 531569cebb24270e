/** GuardDuty's paged lists: `maxResults` and `nextToken` in, `nextToken` out; a token it never issued is BadRequestException. */
import type { Call } from "../behaviour.ts";
import { paginate, type Page } from "../pagination.ts";
import type { GuardDutyState } from "./state.ts";

export function pageOf<T>(items: T[], key: (item: T) => string, { operation, caller, input }: Call<GuardDutyState>): Page<T> {
  return paginate(items, key, { operation, caller, maxResults: input.maxResults, token: input.nextToken, invalidToken: "BadRequestException" });
}

export function nextTokenOf(page: Page<unknown>): { nextToken?: string } {
  return page.nextToken ? { nextToken: page.nextToken } : {};
}
