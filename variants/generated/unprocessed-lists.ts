/**
 * Variants generated from the documented UnprocessedAccounts lists and the account ids they answer for. For each
 * operation's "UnprocessedAccounts: the list of accounts that could not be processed": it lists each unprocessed account
 * twice (unprocessed-accounts/no-duplicates). For each operation's AccountIds, "the list of account IDs" it acts on:
 * it lists none unprocessed, dropping the ids it cannot act on in silence (unprocessed-accounts/ineligible-reported).
 */
import type { Statement } from "../../specs/statements.ts";
import type { Variant } from "../variant.ts";
import { mapUnprocessed } from "../wire-rewrites.ts";
import { generatedVariant, groupBy, quoted, statementsOf } from "./from-statements.ts";

export function unprocessedListFaults(statements: readonly Statement[]): Variant[] {
  const lists = statementsOf(statements, /^(\w+)\.(?:page|model\.output)\.UnprocessedAccounts\.the-list-of-[\w-]+$/, "unprocessed-accounts/no-duplicates");
  const twice = [...groupBy(lists, ({ match }) => match[1]!).entries()].map(([operation, group]) =>
    generatedVariant(
      {
        name: `unprocessed-twice/${operation}`,
        description: `Breaks ${operation}'s UnprocessedAccounts, ${quoted(group[0]!.statement)}, listing each account once: ${operation} lists every unprocessed account twice.`,
        caughtBy: "unprocessed-accounts/no-duplicates",
        behaviour: () => ({ operations: { [operation]: mapUnprocessed((entries) => entries.flatMap((e) => [e, e])) } }),
      },
      group.map(({ statement }) => statement),
    ),
  );
  const ids = statementsOf(statements, /^(\w+)\.(?:page|model\.input)\.AccountIds\.the-list-of-[\w-]+$/, "unprocessed-accounts/ineligible-reported");
  const dropped = [...groupBy(ids, ({ match }) => match[1]!).entries()].map(([operation, group]) =>
    generatedVariant(
      {
        name: `unprocessed-dropped/${operation}`,
        description: `Breaks ${operation}'s AccountIds, ${quoted(group[0]!.statement)}: ${operation} lists no account unprocessed, dropping those it cannot act on in silence.`,
        caughtBy: "unprocessed-accounts/ineligible-reported",
        behaviour: () => ({ operations: { [operation]: mapUnprocessed(() => []) } }),
      },
      group.map(({ statement }) => statement),
    ),
  );
  return [...twice, ...dropped];
}
