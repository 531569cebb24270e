/** How every report says what a scenario the stop left unfinished had played, and which planned scenarios never reported. */
import type { Certificate } from "./certificate.ts";
import type { MissingScenario } from "./run-completeness.ts";

/** "interrupted: the run was stopped (SIGINT) after 45 case(s) and 300 request(s) of it, before it finished". */
export function interruptedSentence(scenario: { cases: number; requests: number }, stoppedBy: string | undefined): string {
  const by = stoppedBy === undefined ? "" : ` (${stoppedBy})`;
  if (scenario.cases === 0 && scenario.requests === 0) return `interrupted: the run was stopped${by} before it started`;
  return `interrupted: the run was stopped${by} after ${scenario.cases} case(s) and ${scenario.requests} request(s) of it, before it finished`;
}

/** The planned scenarios that did not report and are not among the certificate's scenarios (a crash, a result lost). */
export function unreportedScenarios(certificate: Pick<Certificate, "scenarios" | "missing">): MissingScenario[] {
  const listed = new Set(certificate.scenarios.map((s) => s.name));
  return (certificate.missing ?? []).filter((m) => !listed.has(m.name));
}
