/**
 * The one paragraph certify prints when a target fails its first request. "Cannot be reached" is said
 * only when nothing accepts connections there; a target that answers, but unusably, is told so. The hint names
 * the option that chose it: the certified target's `--endpoint`, or a parity run's `--reference`.
 */
import type { TargetError } from "../client/target-errors.ts";

/** Which side of the run failed its first request. */
export type PreflightSide = "target" | "reference";

const WAY_OUT: Record<PreflightSide, string> = {
  target: "or leave out --endpoint to certify the embedded reference emulator",
  reference: "or leave out --reference to certify the target without comparing it",
};
const OPTION: Record<PreflightSide, string> = { target: "--endpoint", reference: "--reference" };

export function preflightFailure(endpoint: string, error: TargetError, side: PreflightSide = "target"): string {
  if (error.code === "TARGET_UNREACHABLE" || error.code === "INVALID_ENDPOINT") {
    return `the ${side} at ${endpoint} cannot be reached (${error.code}): ${error.message}. Check that it is running and that ${OPTION[side]} names it, ${WAY_OUT[side]}.`;
  }
  return `the ${side} at ${endpoint} accepts connections but gave no usable answer to its first request (${error.code}): ${error.message}. Check that ${OPTION[side]} serves the Security Hub API (restJson1 over HTTP/1.1) and answers within --timeout, ${WAY_OUT[side]}.`;
}
