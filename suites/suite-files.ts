/** The suite file each suite's scenarios run in (without its .ts or compiled .js extension), so certify knows which scenarios a shard of files plans. */
import type { SUITE_OF_PREFIX } from "../conformance/scenarios/index.ts";

export const SUITE_FILES: Readonly<Record<(typeof SUITE_OF_PREFIX)[string], string>> = {
  shapes: "status-codes-and-shapes.suite",
  semantics: "unprocessed-accounts.suite",
  "isolation-and-state": "isolation-and-state.suite",
};
