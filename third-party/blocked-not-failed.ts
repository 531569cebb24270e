/**
 * What a certificate of an emulator that lacks operations must say, whichever service: one defect names the operations
 * it does not implement, every blocked scenario is blocked by those alone, and no other defect is only a symptom of them.
 */
import type { Certificate } from "../reports/certificate.ts";

/** What is wrong with how the certificate blocks the scenarios of the operations its first defect names as not implemented (nothing: []). */
export function blockedNotFailed(certificate: Certificate): string[] {
  const notImplemented = new Set(certificate.defects[0]?.operations ?? []);
  const blocked = certificate.scenarios.filter((s) => s.verdict === "blocked");
  return [
    ...(blocked.length === 0 ? ["no scenario is blocked"] : []),
    ...blocked.filter((s) => !(s.blockedBy ?? []).every((op) => notImplemented.has(op))).map((s) => `${s.name} is blocked by an operation that is implemented`),
    // No defect is a symptom of a missing operation: none but the root cause is on operations the target lacks alone.
    ...certificate.defects
      .slice(1)
      .filter((d) => d.operations.every((op) => notImplemented.has(op)))
      .map((d) => `a symptom reported as a defect: ${d.title}`),
  ];
}
