/** Security Hub's UnprocessedAccounts entries: `AccountId` and `ProcessingResult`. */
import { unprocessedOf, type Unprocessed } from "../batch.ts";

export interface UnprocessedAccount {
  AccountId: string;
  ProcessingResult: string;
}

/** The batch's unprocessed accounts as Security Hub lists them (see unprocessedOf). */
export function processBatch(ids: readonly string[], process: (id: string) => string | undefined): UnprocessedAccount[] {
  return unprocessedOf(ids, process).map(unprocessedAccount);
}

export function unprocessedAccount({ accountId, reason }: Unprocessed): UnprocessedAccount {
  return { AccountId: accountId, ProcessingResult: reason };
}
