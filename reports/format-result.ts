/** A scenario result as people read it: each finding with its rule, the shrunk input, the exchange and the replay command. */
import { SOURCE_NAMES } from "../checks/finding.ts";
import type { Exchange } from "../client/exchange.ts";
import type { ScenarioRecord } from "./scenario-record.ts";
import { blockedSentence } from "./blocked-sentence.ts";

export function formatScenarioFailure(record: ScenarioRecord): string {
  const lines = [
    `${record.scenario}: ${record.verdict === "error" ? `could not run — ${record.error}` : record.verdict === "blocked" ? blockedSentence(record) : `${record.failures.length} finding(s)`}`,
  ];
  for (const finding of record.failures) {
    lines.push(`  ✗ [${finding.check}] ${finding.title}`, `    rule (${SOURCE_NAMES[finding.source]}): ${finding.rule}`);
    const exchange = finding.exchange === undefined ? undefined : record.exchanges[finding.exchange];
    if (exchange) lines.push(...formatExchange(exchange).map((l) => `    ${l}`));
  }
  if (record.counterexample !== undefined) lines.push(`  smallest failing input: ${record.counterexample}`);
  if (record.replay) lines.push(`  replay: ${record.replay}`);
  return lines.join("\n");
}

/** Characters of a body an exchange shows, on its one line. */
const SHOWN_BODY_CHARS = 300;

export function formatExchange(exchange: Exchange): string[] {
  // One bounded line whatever the target sent: an HTML page's lines, a megabyte of JSON, control characters.
  const body = (text: string | undefined): string => {
    if (text === undefined || text === "") return "(no body)";
    const line = text
      .slice(0, SHOWN_BODY_CHARS * 4)
      .replace(/\p{Cc}+/gu, " ") // control characters, so a body shows on one line
      .replace(/\s+/g, " ")
      .trim();
    return line.length > SHOWN_BODY_CHARS || text.length > SHOWN_BODY_CHARS * 4 ? `${line.slice(0, SHOWN_BODY_CHARS)}…` : line;
  };
  return [
    `${exchange.request.method} ${exchange.request.path} as ${exchange.account}  ${body(exchange.request.body)}`,
    `→ ${exchange.response.status} ${exchange.response.headers["content-type"] ?? ""}${exchange.response.headers["x-amzn-errortype"] ? ` x-amzn-errortype: ${exchange.response.headers["x-amzn-errortype"]}` : ""}  ${body(exchange.response.body)}`,
  ];
}
