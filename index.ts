/**
 * securityhub-conformance, from code: certify a target, start the reference emulator, and read the check and
 * variant catalogues. Each layer is re-exported from its own index.
 */
export { CertifyError, certify, type CertifyErrorCode, type CertifyOptions } from "./certification/index.ts";
export {
  CHECK_FAMILIES,
  CHECK_SOURCES,
  CHECKS,
  SOURCE_NAMES,
  type CheckDefinition,
  type CheckId,
  type CheckFamily,
  type CheckSource,
  type Finding,
  type Severity,
} from "./checks/index.ts";
// The registry's rules and statement patterns are those every service shares; a service's own words: checksOf({ name: "guardduty" }).
export { checksOf, type ServiceCheck } from "./checks/service-checks.ts";
export { startEmulator, type Behaviour, type EmulatorOptions, type RunningEmulator } from "./emulator/index.ts";
export type { Certificate, CertificateFinding } from "./reports/index.ts";
export { ALL_VARIANTS, behaviourOf, FAULTY_VARIANTS, TOLERANT_VARIANTS, type Variant } from "./variants/index.ts";
