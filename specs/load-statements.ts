/** The committed statements of the documentation (specs/statements.json, made by `npm run spec:generate`), once per process. */
import { readFileSync } from "node:fs";
import { STATEMENTS_PATH } from "./render.ts";
import type { Statement } from "./statements.ts";

let cached: readonly Statement[] | undefined;

export function loadStatements(): readonly Statement[] {
  return (cached ??= JSON.parse(readFileSync(STATEMENTS_PATH, "utf8")) as Statement[]);
}
