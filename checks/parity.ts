/**
 * Family 8 (parity): the target answers a generated case as the reference does (another implementation, the
 * real service, or a recording of either). A divergence breaks no documented rule, so it is a warning;
 * `--parity-gate` makes it a failure, for a release that must behave as the reference does.
 */
import type { Divergence, DivergenceAspect } from "../conformance/parity/compare.ts";
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
      const facts = {
        request: divergence.request,
        reference: r ? { answer: r.answer, exchange: r.shown } : "not sent",
        target: t ? { answer: t.answer, exchange: t.shown } : "not sent",
      };
      return judged(divergence.operation, [{ title: divergenceTitle(divergence, reference), facts, gated }]);
    },
  });
}

export const PARITY_STATUS = parityCheck("status", "The target answers each request of a case with the status the reference answers it with.");
export const PARITY_ERROR_TYPE = parityCheck("error-type", "Where both refuse a request with the same status, they name the same error type (as AWS clients read it; messages may differ).");
export const PARITY_UNPROCESSED = parityCheck("unprocessed-accounts", "A batch answer lists the same set of accounts unprocessed as the reference (order and ProcessingResult texts may differ).");
export const PARITY_OUTPUT_MEMBERS = parityCheck("output-members", "A success answer holds the same documented output members as the reference's (members the model does not declare are ignored).");
export const PARITY_EFFECTS = parityCheck("effects", "A read shows the same state as on the reference: the same accounts listed with the same statuses, the same counts (timestamps, invitation ids and emails may differ).");
export const PARITY_CALLS = parityCheck("calls", "The scenario makes the same requests on the target as on the reference; a request made on one side only means the two took different paths.");
export const PARITY_CHECKS = [PARITY_STATUS, PARITY_ERROR_TYPE, PARITY_UNPROCESSED, PARITY_OUTPUT_MEMBERS, PARITY_EFFECTS, PARITY_CALLS] as const;

/** A divergence as a finding of its aspect's check, with both sides' exchanges side by side in its facts. */
export function divergenceFinding(divergence: Divergence, gated: boolean, reference: string): Finding {
  const input = { divergence, gated, reference };
  const verdict = PARITY_CHECKS.map((check) => check.judge(input)).find((v) => v !== undefined);
  return verdict!.findings[0]!;
}

function divergenceTitle({ aspect, operation, reference: r, target: t }: Divergence, reference: string): string {
  if (!r || !t) return `${operation} was sent ${t ? "to the target only" : `to ${reference} only`}: the scenario took another path`;
  const shown = (side: NonNullable<typeof r>): string => {
    const a = side.answer;
    switch (aspect) {
      case "status":
        return `${a.status}${a.errorType ? ` ${a.errorType}` : ""}`;
      case "error-type":
        return String(a.errorType);
      case "unprocessed-accounts":
        return `unprocessed [${(a.unprocessed ?? []).join(", ")}]`;
      case "output-members":
        return `members [${(a.members ?? []).join(", ")}]`;
      default:
        return `[${(a.effects ?? []).join(", ")}]`;
    }
  };
  return `${operation} answered ${shown(t)} here, ${shown(r)} on ${reference}`;
}
