/**
 * The one paragraph certify prints when a target fails its first request. "Cannot be reached" is said
 * only when nothing accepts connections there; a target that answers, but unusably, is told so. The hint names
 * what chose the endpoint, as the caller spells it: the command's `--endpoint`, the environment variable that set
 * it, or a parity run's `--reference`; from code, the call's `endpoint` or `parity.reference`.
 */
import type { TargetError } from "../client/target-errors.ts";

/** How the caller names the options that choose the target's and the reference's endpoints. */
export interface OptionNames {
  /** `--endpoint`, the variable that set it (`AWS_ENDPOINT_URL_SECURITYHUB` …), or `endpoint` in a library call. */
  endpoint: string;
  /** `--reference`, or `parity.reference` in a library call. */
  reference: string;
}

/** The names of a library call's options: the defaults when the caller says nothing. */
export const LIBRARY_OPTION_NAMES: OptionNames = { endpoint: "endpoint", reference: "parity.reference" };

/** The side of the run whose first request failed, the name of what chose it, and what to run without it (if anything). */
export interface FailingSide {
  side: "target" | "reference";
  named: string;
  instead: string | undefined;
}

/** The certified target; without its endpoint, the embedded emulator would be certified, except in real-account mode. */
export function targetSide(names: OptionNames, realAccount: boolean): FailingSide {
  return { side: "target", named: names.endpoint, instead: realAccount ? undefined : "to certify the embedded reference emulator" };
}

/** A parity run's reference; without it, the target is certified alone. */
export function referenceSide(names: OptionNames): FailingSide {
  return { side: "reference", named: names.reference, instead: "to certify the target without comparing it" };
}

export function preflightFailure(endpoint: string, error: TargetError, failing: FailingSide): string {
  const { side, named, instead } = failing;
  // A variable is unset; an option is left out.
  const wayOut = instead === undefined ? "" : `, or ${/^[A-Z][A-Z0-9_]*$/.test(named) ? "unset" : "leave out"} ${named} ${instead}`;
  if (error.code === "TARGET_UNREACHABLE" || error.code === "INVALID_ENDPOINT") {
    return `the ${side} at ${endpoint} cannot be reached (${error.code}): ${error.message}. Check that it is running and that ${named} names it${wayOut}.`;
  }
  return `the ${side} at ${endpoint} accepts connections but gave no usable answer to its first request (${error.code}): ${error.message}. Check that ${named} serves the Security Hub API (restJson1 over HTTP/1.1) and answers within --timeout${wayOut}.`;
}
