/**
 * The choices the documentation leaves open (open-choices.json), each with why it is open and the tolerant variants
 * that make it: the suite certifies every one of those (`npm run mutation`), so each choice listed is proven to pass.
 * docs/tolerated-choices.md is written from them; their test holds every tolerant variant to at least one choice, and
 * every name to a tolerant variant.
 */
import { readFileSync } from "node:fs";

export interface OpenChoice {
  /** What a correct target may do. */
  choice: string;
  /** Why the documentation leaves it open. */
  open: string;
  /** The tolerant variants making the choice; none where the suite reads the answer so that no choice arises. */
  madeBy: readonly string[];
  /** With no variant: how the suite reads the answer instead. */
  readAs?: string;
}

export const OPEN_CHOICES: readonly OpenChoice[] = JSON.parse(readFileSync(new URL("./open-choices.json", import.meta.url), "utf8"));
