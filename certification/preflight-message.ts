/**
 * The one paragraph certify prints when the target fails its first request. "Cannot be reached" is said
 * only when nothing accepts connections there; a target that answers, but unusably, is told so.
 */
import type { TargetError } from "../client/target-errors.ts";

const HINT = "Check that it is running and that the endpoint is right, or leave out --endpoint to certify the embedded reference emulator.";
const UNUSABLE_HINT =
  "Check that the endpoint serves the Security Hub API (restJson1 over HTTP/1.1) and answers within --timeout, or leave out --endpoint to certify the embedded reference emulator.";

export function preflightFailure(endpoint: string, error: TargetError): string {
  if (error.code === "TARGET_UNREACHABLE" || error.code === "INVALID_ENDPOINT") {
    return `the target at ${endpoint} cannot be reached (${error.code}): ${error.message}. ${HINT}`;
  }
  return `the target at ${endpoint} accepts connections but gave no usable answer to its first request (${error.code}): ${error.message}. ${UNUSABLE_HINT}`;
}
