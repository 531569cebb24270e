/** Batch operations answer per account: processed, or unprocessed with a reason; each service names the entry's members its own way. */
import { ACCOUNT_ID } from "./state.ts";

/** An account a batch could not process, and why. */
export interface Unprocessed {
  accountId: string;
  reason: string;
}

/**
 * Runs `process` for each id in request order; it returns a reason when the id cannot be processed.
 * Ids that are not 12-digit account ids are never processed. Each entry echoes the id exactly as sent.
 */
export function unprocessedOf(ids: readonly string[], process: (id: string) => string | undefined): Unprocessed[] {
  const unprocessed: Unprocessed[] = [];
  for (const id of ids) {
    const reason = ACCOUNT_ID.test(id) ? process(id) : `${JSON.stringify(id)} is not a 12-digit AWS account id.`;
    if (reason !== undefined) unprocessed.push({ accountId: id, reason });
  }
  return unprocessed;
}
