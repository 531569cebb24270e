/** How reports say what a target was compared with in parity mode, and how many divergences it showed. */
import type { Certificate } from "./certificate.ts";

/** One sentence: the reference or recording, the divergences, and whether they fail the run; undefined outside parity mode. */
export function paritySentence(c: Pick<Certificate, "parity" | "defects">): string | undefined {
  if (!c.parity) return undefined;
  if (!c.parity.compared) return `Recorded as a reference to ${c.parity.recordedTo}; nothing was compared.`;
  // Divergences are counted as they are listed: one per defect, however many cases and operations met it.
  const divergences = c.defects.filter((d) => d.family === "parity").length;
  const recorded = c.parity.recordedTo === undefined ? "" : ` (its answers recorded to ${c.parity.recordedTo})`;
  return `Compared with the ${c.parity.comparedWith}${recorded}: ${divergences === 0 ? "no divergence" : `${divergences} divergence(s), listed with the defects`}${c.parity.gate ? ", which fail the run (--parity-gate)" : ", reported as warnings"}.`;
}

/** The certificate.md section on parity. */
export function parityMarkdown(c: Pick<Certificate, "parity" | "defects">): string[] {
  const sentence = paritySentence(c);
  return sentence === undefined ? [] : ["## Parity", "", sentence, ""];
}
