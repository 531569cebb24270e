/**
 * What a run plays for its service, decided here and nowhere else. A service with the member-invitation family gets
 * every scenario. One without it (specs/service-descriptor.ts ProtocolOnlyService: Macie, or any rest-json model named
 * with `certify --model`) is certified for protocol and shapes only: the valid-input and invalid-input scenarios its
 * spec makes, judged by the checks of single answers (status codes, error shapes, success shapes, the bytes on the
 * wire, availability), with no state, lifecycle or isolation scenario, and expectations that hold whatever state the
 * target is in. The plan and the certificate say which kind of run it was and why scenarios are absent.
 */
import { THROTTLED_OUT, UNAVAILABLE_OUT } from "../checks/availability.ts";
import { CHECKS, type CheckDefinition, type CheckFamily } from "../checks/index.ts";
import { NOT_IMPLEMENTED } from "../checks/operation-implemented.ts";
import { RESPONSE_CHECKS } from "../checks/response-checks.ts";
import { UNTESTED, type Untested } from "../checks/untested-statements.ts";
import { loadStatements, specStatements } from "../specs/load-statements.ts";
import { hasFamily, type Service } from "../specs/service-descriptor.ts";
import type { Spec } from "../specs/spec-model.ts";
import type { Statement } from "../specs/statements.ts";

/** The families a protocol-only run's scenarios are about. */
export const PROTOCOL_FAMILIES: readonly CheckFamily[] = ["status-codes", "error-shapes", "success-shapes"];

/**
 * Why a run of the service is protocol-only and what it leaves out, in one sentence for the plan, the output and the
 * certificate; undefined for a service whose member-invitation family the run plays.
 */
export function protocolOnly(service: Service): string | undefined {
  if (hasFamily(service)) return undefined;
  return `protocol-only: ${service.protocolOnly}. The run plays the valid-input and invalid-input scenarios of its operations, judged for status codes, error and success shapes and the wire; no semantics, isolation, state-machine, pagination or lifecycle scenario`;
}

/** What a run traces its checks to: the documented statements, the checks that may enforce them, and why others are not enforced. */
export interface Trace {
  readonly statements: readonly Statement[];
  readonly checks: readonly CheckDefinition[];
  /** The statements no check enforces, with why; in a protocol-only run, those are said to be beyond its protocol and shapes. */
  readonly untested: readonly Untested[];
}

/** The checks a protocol-only run applies: those judging one answer by itself, on every answer. */
const ANSWER_CHECKS: readonly CheckDefinition[] = [
  NOT_IMPLEMENTED,
  ...RESPONSE_CHECKS.filter((check) => check.family !== "unprocessed-accounts"),
  THROTTLED_OUT,
  UNAVAILABLE_OUT,
];

let familyTrace: Trace | undefined;
const protocolTraces = new WeakMap<Spec, Trace>();

/**
 * The trace of a run of `spec`: a protocol-only service's own statements and the checks of single answers; a family
 * service's as every run has traced them (Security Hub's statements, the whole registry and its untested list).
 */
export function traceOf(spec: Spec): Trace {
  if (hasFamily(spec.service)) return (familyTrace ??= { statements: loadStatements(), checks: CHECKS, untested: UNTESTED });
  let trace = protocolTraces.get(spec);
  if (!trace) protocolTraces.set(spec, (trace = { statements: specStatements(spec), checks: ANSWER_CHECKS, untested: [] }));
  return trace;
}
