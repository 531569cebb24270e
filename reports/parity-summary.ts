/** How reports say what a target was compared with in parity mode, and how many divergences it showed. */
import type { Certificate } from "./certificate.ts";

/** One sentence: the reference or recording, the divergences, and whether they fail the run; undefined outside parity mode. */
export function paritySentence(c: Pick<Certificate, "parity" | "findings">): string | undefined {
  if (!c.parity) return undefined;
  if (!c.parity.compared) return `Recorded as a reference to ${c.parity.recordedTo}; nothing was compared.`;
  const divergences = c.findings.filter((f) => f.family === "parity");
  const kinds = new Set(divergences.map((f) => f.key)).size;
  const recorded = c.parity.recordedTo === undefined ? "" : ` (its answers recorded to ${c.parity.recordedTo})`;
  return `Compared with the ${c.parity.comparedWith}${recorded}: ${kinds === 0 ? "no divergence" : `${kinds} kind(s) of divergence`}${c.parity.gate ? ", which fail the run (--parity-gate)" : ", reported as warnings"}.`;
}

/** The certificate.md section on parity. */
export function parityMarkdown(c: Pick<Certificate, "parity" | "findings">): string[] {
  const sentence = paritySentence(c);
  return sentence === undefined ? [] : ["## Parity", "", sentence, ""];
}
