/**
 * securityhub-conformance, from code: certify a target, start the reference emulator, and read the check and
 * variant catalogues. Each layer is re-exported from its own index.
 */
export { ALL_VARIANTS, CertifyError, certify, CHECK_FAMILIES, CHECK_SOURCES, CHECKS, FAULTY_VARIANTS, SOURCE_NAMES, TOLERANT_VARIANTS, type CertifyErrorCode, type CertifyOptions } from "./certification/index.ts";
export type { Certificate, CertificateFinding } from "./reports/certificate.ts";
export type { CheckDefinition, CheckFamily, CheckSource, Finding, Severity } from "./checks/finding.ts";
export { startEmulator, type Behaviour, type EmulatorOptions, type RunningEmulator } from "./emulator/index.ts";
export { behaviourOf, type Variant } from "./variants/variant.ts";
