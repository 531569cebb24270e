/** The certification layer: certify a target from code, as the certify command does. */
export { certify, runCertification, type Certification, type CertifyOptions } from "./certify.ts";
export { CertifyError, type CertifyErrorCode } from "./certify-error.ts";
