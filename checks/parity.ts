/**
 * Family 8 (parity): the target answers a generated case as the reference does (another implementation, the
 * real service, or a recording of either). A divergence breaks no documented rule, so it is a warning;
 * `--parity-gate` makes it a failure, for a release that must behave as the reference does.
 *
 * Each divergence names how the two answers differ (its discriminator: `400→500`, `-NextToken`, `reference`),
 * never the values of one case, so the same difference met on many cases and operations is one defect, and the
 * same two implementations give the same defects whatever the seed, live or from a recording.
 */
import type { NormalisedAnswer } from "./answer-normalisation.ts";
import type { Divergence, DivergenceAspect } from "./trace-comparison.ts";
import { defineCheck, judged } from "./define-check.ts";
import type { Finding } from "./finding.ts";

/** One divergence of a compared case, and how the run treats divergences. */
export interface DivergenceInput {
  divergence: Divergence;
  /** `--parity-gate`: divergences fail the run. */
  gated: boolean;
  /** How the reference is named to people. */
  reference: string;
}

/** What a divergence's finding holds: the request, and each side's normalised answer with its exchange in one line. */
export type DivergenceFacts = {
  request: string;
  reference: SideFacts | "not sent";
  target: SideFacts | "not sent";
};

type SideFacts = {
  answer: NormalisedAnswer;
  exchange: string;
};

function parityCheck<const Aspect extends DivergenceAspect>(aspect: Aspect, rule: string) {
  return defineCheck({
    id: `parity/${aspect}`,
    family: "parity",
    source: "reference-target",
    severity: "divergence",
    rule,
    statements: [],
    run({ divergence, gated, reference }: DivergenceInput) {
      if (divergence.aspect !== aspect) return undefined;
      const { reference: r, target: t } = divergence;
      const facts: DivergenceFacts = {
        request: divergence.request,
        reference: r ? { answer: r.answer, exchange: r.shown } : "not sent",
        target: t ? { answer: t.answer, exchange: t.shown } : "not sent",
      };
      // One finding per way the answers differ: two root causes met in one answer stay two defects.
      return judged(
        divergence.operation,
        divergenceDiscriminators(divergence).map((discriminator) => ({
          title: divergenceTitle(divergence, reference, discriminator),
          facts,
          discriminator,
          gated,
        })),
      );
    },
  });
}

export const PARITY_IMPLEMENTED = parityCheck(
  "implemented",
  "Both implement the operations a case uses: an operation one side answers with a web server's 404 page (or UnknownOperationException) is one divergence, and the scenarios needing it are not compared further.",
);
export const PARITY_STATUS = parityCheck("status", "The target answers each request of a case with the status the reference answers it with.");
export const PARITY_ERROR_TYPE = parityCheck(
  "error-type",
  "Where both refuse a request with the same status, they name the same error type (as AWS clients read it; messages may differ).",
);
export const PARITY_UNPROCESSED = parityCheck(
  "unprocessed-accounts",
  "A batch answer lists the same set of accounts unprocessed as the reference (order and the reasons given may differ).",
);
export const PARITY_OUTPUT_MEMBERS = parityCheck(
  "output-members",
  "A success answer holds the same documented output members as the reference's (members the model does not declare are ignored).",
);
export const PARITY_EFFECTS = parityCheck(
  "effects",
  "A read shows the same state as on the reference: the same accounts listed with the same statuses, the same counts (timestamps, invitation ids and emails may differ).",
);
export const PARITY_CALLS = parityCheck(
  "calls",
  "The scenario makes the same requests on the target as on the reference; a request made on one side only means the two took different paths.",
);
export const PARITY_CHECKS = [
  PARITY_IMPLEMENTED,
  PARITY_STATUS,
  PARITY_ERROR_TYPE,
  PARITY_UNPROCESSED,
  PARITY_OUTPUT_MEMBERS,
  PARITY_EFFECTS,
  PARITY_CALLS,
] as const;

/** A divergence as findings of its aspect's check (one per way the answers differ), with both sides' exchanges in their facts. */
export function divergenceFindings(divergence: Divergence, gated: boolean, reference: string): readonly Finding[] {
  const input = { divergence, gated, reference };
  return PARITY_CHECKS.map((check) => check.judge(input)).find((v) => v !== undefined)!.findings;
}

/** The reference's side of a divergence's finding, for reports that show both answers; undefined for other findings. */
export function referenceSide(finding: { family: string; facts: Record<string, unknown> }): string | undefined {
  if (finding.family !== "parity") return undefined;
  const side = (finding.facts as Partial<DivergenceFacts>).reference;
  return side === undefined ? undefined : side === "not sent" ? "not sent" : side.exchange;
}

/**
 * How the two answers differ, without the values of one case: the statuses, the error types, which side lists
 * more accounts, each member one side lacks, each kind of state one side shows, or the side that lacks an
 * operation or a request.
 */
export function divergenceDiscriminators({ aspect, reference: r, target: t }: Divergence): string[] {
  if (aspect === "implemented") return [t?.answer.notImplemented ? "target" : "reference"];
  if (!r || !t) return [t ? "target-only" : "reference-only"];
  const [a, b] = [t.answer, r.answer];
  switch (aspect) {
    case "status":
      return [`${a.status}→${b.status}`];
    case "error-type":
      return [`${a.errorType ?? "(none)"}→${b.errorType ?? "(none)"}`];
    case "unprocessed-accounts":
      return [setRelation(a.unprocessed ?? [], b.unprocessed ?? [])];
    case "output-members":
      return [...difference(a.members ?? [], b.members ?? []).map((m) => `+${m}`), ...difference(b.members ?? [], a.members ?? []).map((m) => `-${m}`)];
    case "effects":
      return effectsDifferences(a.effects ?? [], b.effects ?? []);
    case "calls":
      return ["another path"];
  }
}

function difference(a: readonly string[], b: readonly string[]): string[] {
  return a.filter((item) => !b.includes(item));
}

/** "more here" (the target's set holds the reference's), "fewer here", or "other" (neither holds the other). */
function setRelation(here: readonly string[], there: readonly string[]): string {
  if (difference(there, here).length === 0) return "more here";
  if (difference(here, there).length === 0) return "fewer here";
  return "other";
}

/**
 * The kinds of state one side shows and the other does not, with accounts left out (they differ from case to
 * case): `count`, `Created→Enabled` (the same account, another status), `+Invited` (listed only here),
 * `-Enabled` (listed only on the reference).
 */
function effectsDifferences(here: readonly string[], there: readonly string[]): string[] {
  const split = (effect: string): [string, string] => {
    const at = effect.lastIndexOf(":");
    return [effect.slice(0, at), effect.slice(at + 1)];
  };
  const byAccount = (effects: readonly string[]): Map<string, string> => new Map(effects.map(split));
  const [mine, theirs] = [byAccount(here), byAccount(there)];
  if (mine.has("count") || theirs.has("count")) return ["count"];
  const kinds = new Set<string>();
  for (const [account, status] of mine) {
    const other = theirs.get(account);
    if (other === undefined) kinds.add(`+${status}`);
    else if (other !== status) kinds.add(`${status}→${other}`);
  }
  for (const [account, status] of theirs) if (!mine.has(account)) kinds.add(`-${status}`);
  return kinds.size === 0 ? ["other"] : [...kinds].sort();
}

/** What one discriminator of the effects or output members says, for a title. */
function kindSaid(aspect: DivergenceAspect, kind: string): string {
  if (aspect === "output-members") return kind.startsWith("+") ? `${kind.slice(1)} only here` : `${kind.slice(1)} only on the reference`;
  if (kind === "count" || kind === "other") return `another ${kind === "count" ? "count" : "state"}`;
  if (kind.startsWith("+")) return `an account listed here only, ${kind.slice(1)}`;
  if (kind.startsWith("-")) return `an account listed on the reference only, ${kind.slice(1)}`;
  const [here, there] = kind.split("→");
  return `an account ${here} here is ${there} on the reference`;
}

function divergenceTitle(divergence: Divergence, reference: string, discriminator: string): string {
  const { aspect, operation, reference: r, target: t } = divergence;
  if (aspect === "implemented")
    return t?.answer.notImplemented
      ? `${operation} is not implemented here, as it is on ${reference}: ${t.shown}`
      : `${operation} is implemented here, not on ${reference}: ${r?.shown}`;
  if (!r || !t) return `${operation} was sent ${t ? "to the target only" : `to ${reference} only`}: the scenario took another path`;
  const shown = (answer: NormalisedAnswer): string => {
    switch (aspect) {
      case "status":
        return `${answer.status}${answer.errorType ? ` ${answer.errorType}` : ""}`;
      case "error-type":
        return String(answer.errorType);
      case "unprocessed-accounts":
        return `unprocessed [${(answer.unprocessed ?? []).join(", ")}]`;
      case "output-members":
        return `members [${(answer.members ?? []).join(", ")}]`;
      default:
        return `[${(answer.effects ?? []).join(", ")}]`;
    }
  };
  const kind = aspect === "effects" || aspect === "output-members" ? ` (${kindSaid(aspect, discriminator)})` : "";
  return `${operation} answered ${shown(t.answer)} here, ${shown(r.answer)} on ${reference}${kind}`;
}
