/** A scenario result as people read it: each finding with its rule, the shrunk input, the exchange and the replay command. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import type { Exchange } from "../client/exchange.ts";
import type { ScenarioRecord } from "./scenario-record.ts";

export function formatScenarioFailure(record: ScenarioRecord): string {
  const lines = [`${record.scenario}: ${record.verdict === "error" ? `could not run — ${record.error}` : record.verdict === "blocked" ? `blocked: it needs ${record.blockedBy?.join(", ")}, which the target does not implement` : `${record.failures.length} finding(s)`}`];
  for (const finding of record.failures) {
    lines.push(`  ✗ [${finding.check}] ${finding.title}`, `    rule (${SOURCE_NAMES[finding.source]}): ${finding.rule}`);
    const exchange = finding.exchange === undefined ? undefined : record.exchanges[finding.exchange];
    if (exchange) lines.push(...formatExchange(exchange).map((l) => `    ${l}`));
  }
  if (record.counterexample !== undefined) lines.push(`  smallest failing input: ${record.counterexample}`);
  if (record.replay) lines.push(`  replay: ${record.replay}`);
  return lines.join("\n");
}

export function formatExchange(exchange: Exchange): string[] {
  const body = (text: string | undefined): string => (text === undefined || text === "" ? "(no body)" : text.length > 400 ? `${text.slice(0, 400)}…` : text);
  return [
    `${exchange.request.method} ${exchange.request.path} as ${exchange.account}  ${body(exchange.request.body)}`,
    `→ ${exchange.response.status} ${exchange.response.headers["content-type"] ?? ""}${exchange.response.headers["x-amzn-errortype"] ? ` x-amzn-errortype: ${exchange.response.headers["x-amzn-errortype"]}` : ""}  ${body(exchange.response.body)}`,
  ];
}
