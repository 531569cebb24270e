import type { Handler } from "../../emulator/index.ts";
import type { AnyVariant } from "../variant.ts";
import { type Documented, generatedVariant, groupBy, quoted, statementsOf } from "./from-statements.ts";

/** A handler wrapper passing the unprocessed list of the output (by the service's wire name) through `change`. */
function mapUnprocessed(list: string, change: (entries: unknown[]) => unknown[]) {
  return (next: Handler<any>): Handler<any> =>
    (call) => {
      const output = next(call);
      return Array.isArray(output[list]) ? { ...output, [list]: change(output[list]) } : output;
    };
}

export function unprocessedListFaults(documented: Documented): AnyVariant[] {
  const list = documented.service.unprocessed.list;
  const lists = statementsOf(
    documented,
    /^(\w+)\.(?:page|model\.output)\.UnprocessedAccounts\.(?:the|a)-list-of-[\w-]+$/,
    "unprocessed-accounts/no-duplicates",
  );
  const twice = [...groupBy(lists, ({ match }) => match[1]!).entries()].map(([operation, group]) =>
    generatedVariant(
      documented,
      {
        name: `unprocessed-twice/${operation}`,
        description: `Breaks ${operation}'s UnprocessedAccounts, ${quoted(group[0]!.statement)}, listing each account once: ${operation} lists every unprocessed account twice.`,
        caughtBy: "unprocessed-accounts/no-duplicates",
        behaviour: () => ({ operations: { [operation]: mapUnprocessed(list, (entries) => entries.flatMap((e) => [e, e])) } }),
      },
      group.map(({ statement }) => statement),
    ),
  );
  const ids = statementsOf(documented, /^(\w+)\.(?:page|model\.input)\.AccountIds\.(?:the|a)-list-of-[\w-]+$/, "unprocessed-accounts/ineligible-reported");
  const dropped = [...groupBy(ids, ({ match }) => match[1]!).entries()].map(([operation, group]) =>
    generatedVariant(
      documented,
      {
        name: `unprocessed-dropped/${operation}`,
        description: `Breaks ${operation}'s AccountIds, ${quoted(group[0]!.statement)}: ${operation} lists no account unprocessed, dropping those it cannot act on in silence.`,
        caughtBy: "unprocessed-accounts/ineligible-reported",
        behaviour: () => ({ operations: { [operation]: mapUnprocessed(list, () => []) } }),
      },
      group.map(({ statement }) => statement),
    ),
  );
  return [...twice, ...dropped];
}
