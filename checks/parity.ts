/**
 * Family 8 (parity): the target answers a generated case as the reference does (another implementation, the
 * real service, or a recording of either). A divergence breaks no documented rule, so it is a warning;
 * `--parity-gate` makes it a failure, for a release that must behave as the reference does.
 */
import type { Divergence, DivergenceAspect } from "../conformance/parity/compare.ts";
import { finding, type CheckDefinition, type Finding } from "./finding.ts";

function parityCheck(aspect: DivergenceAspect, rule: string): CheckDefinition {
  return { id: `parity/${aspect}`, family: "parity", source: "reference-target", severity: "divergence", rule };
}

export const PARITY_STATUS = parityCheck("status", "The target answers each request of a case with the status the reference answers it with.");
export const PARITY_ERROR_TYPE = parityCheck("error-type", "Where both refuse a request with the same status, they name the same error type (as AWS clients read it; messages may differ).");
export const PARITY_UNPROCESSED = parityCheck("unprocessed-accounts", "A batch answer lists the same set of accounts unprocessed as the reference (order and ProcessingResult texts may differ).");
export const PARITY_OUTPUT_MEMBERS = parityCheck("output-members", "A success answer holds the same documented output members as the reference's (members the model does not declare are ignored).");
export const PARITY_EFFECTS = parityCheck("effects", "A read shows the same state as on the reference: the same accounts listed with the same statuses, the same counts (timestamps, invitation ids and emails may differ).");
export const PARITY_CALLS = parityCheck("calls", "The scenario makes the same requests on the target as on the reference; a request made on one side only means the two took different paths.");

export const PARITY_CHECKS: readonly CheckDefinition[] = [PARITY_STATUS, PARITY_ERROR_TYPE, PARITY_UNPROCESSED, PARITY_OUTPUT_MEMBERS, PARITY_EFFECTS, PARITY_CALLS];

const CHECK_OF_ASPECT: Readonly<Record<DivergenceAspect, CheckDefinition>> = {
  status: PARITY_STATUS,
  "error-type": PARITY_ERROR_TYPE,
  "unprocessed-accounts": PARITY_UNPROCESSED,
  "output-members": PARITY_OUTPUT_MEMBERS,
  effects: PARITY_EFFECTS,
  calls: PARITY_CALLS,
};

/** A divergence as a finding, with both sides' exchanges side by side in its facts. */
export function divergenceFinding(divergence: Divergence, gated: boolean, reference: string): Finding {
  const { reference: r, target: t, operation } = divergence;
  const facts = {
    request: divergence.request,
    reference: r ? { answer: r.answer, exchange: r.shown } : "not sent",
    target: t ? { answer: t.answer, exchange: t.shown } : "not sent",
  };
  return finding(CHECK_OF_ASPECT[divergence.aspect], { operation, title: divergenceTitle(divergence, reference), facts, gated });
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
