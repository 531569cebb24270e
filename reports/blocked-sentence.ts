/** How every report says why a blocked scenario judged nothing, and who lacks what it needs. */
/** "blocked: it needs X, which the target does not implement" (or the parity reference that does not). */
export function blockedSentence(scenario: { blockedBy?: readonly string[] | undefined; blockedOn?: string | undefined }): string {
  return `blocked: it needs ${scenario.blockedBy?.join(", ") || "an operation"}, which the ${scenario.blockedOn ?? "target"} does not implement`;
}
