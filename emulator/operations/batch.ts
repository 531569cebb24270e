/** Batch operations answer per account: processed, or listed in UnprocessedAccounts with a reason. */
import { ACCOUNT_ID } from "../state.ts";

export interface UnprocessedAccount {
  AccountId: string;
  ProcessingResult: string;
}

/**
 * Runs `process` for each id in request order; it returns a reason when the id cannot be processed.
 * Ids that are not 12-digit account ids are never processed. Each entry echoes the id exactly as sent.
 */
export function processBatch(ids: readonly string[], process: (id: string) => string | undefined): UnprocessedAccount[] {
  const unprocessed: UnprocessedAccount[] = [];
  for (const id of ids) {
    const reason = ACCOUNT_ID.test(id) ? process(id) : `${JSON.stringify(id)} is not a 12-digit AWS account id.`;
    if (reason !== undefined) unprocessed.push({ AccountId: id, ProcessingResult: reason });
  }
  return unprocessed;
}
