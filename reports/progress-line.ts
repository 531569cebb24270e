/** The progress lines a scenario prints while it runs, marked so the certify command's reporter finds them among other output. */
export const PROGRESS_PREFIX = "securityhub-conformance progress: ";

export function progressLine(scenario: string, done: number, total: number, seconds: number): string {
  return `${PROGRESS_PREFIX}${scenario}: ${done}/${total} cases, ${seconds} s`;
}
