/**
 * What a run plays for its service, decided here and nowhere else. A service with the member-invitation family gets
 * every scenario. One without it (specs/service-descriptor.ts ProtocolOnlyService: Macie, or any rest-json model named
 * with `certify --model`) is certified for protocol and shapes only: the valid-input and invalid-input scenarios its
 * spec makes, judged by the checks of single answers (status codes, error shapes, success shapes, the bytes on the
 * wire, availability: checks/protocol-checks.ts), with no state, lifecycle or isolation scenario, and expectations that
 * hold whatever state the target is in. Its statements are traced through the same registry (checksOf, untestedOf),
 * which reads such a service so. The plan and the certificate say which kind of run it was and what it leaves out.
 */
import type { CheckFamily } from "../checks/index.ts";
import { hasFamily, type Service } from "../specs/service-descriptor.ts";

/** The families a protocol-only run's scenarios are about. */
export const PROTOCOL_FAMILIES: readonly CheckFamily[] = ["status-codes", "error-shapes", "success-shapes"];

/**
 * Why a run of the service is protocol-only and what it leaves out, in one sentence for the plan, the output and the
 * certificate; undefined for a service whose member-invitation family the run plays.
 */
export function protocolOnly(service: Service): string | undefined {
  if (hasFamily(service)) return undefined;
  return `protocol-only: ${service.protocolOnly}. The run plays the valid-input and invalid-input scenarios of its operations, judged for status codes, error and success shapes and the wire; no semantics, isolation, state-machine, pagination or lifecycle scenario. Its cases run one at a time, as it cannot tell whether the target keeps accounts apart`;
}
