/** Why a certification could not run or could not finish: one sentence, and a code callers can match on. */
import type { Certificate } from "../reports/certificate.ts";

export type CertifyErrorCode =
  /** Nothing answered at the endpoint before the suites started. */
  | "CERTIFY_TARGET_UNREACHABLE"
  /** The target answered but cannot be certified as it stands (real accounts not set up, say). */
  | "CERTIFY_TARGET_NOT_READY"
  /** The baseline file is missing, unreadable or not a certificate. */
  | "CERTIFY_BAD_BASELINE"
  /** The report directory cannot be created or written. */
  | "CERTIFY_REPORT_DIR_UNWRITABLE"
  /** `replay` was given but no case was replayed, so the run proves nothing. */
  | "CERTIFY_REPLAY_NOT_RUN"
  /** An option names nothing the suite has (an unknown `only` term, say). */
  | "CERTIFY_BAD_OPTION"
  /** A recording to compare with was made from other cases (suite version, spec, seed, budget or mode differ), or is not a recording. */
  | "CERTIFY_RECORDING_MISMATCH"
  /** The run was stopped through its abort signal. */
  | "CERTIFY_INTERRUPTED";

export class CertifyError extends Error {
  override name = "CertifyError";
  constructor(
    readonly code: CertifyErrorCode,
    message: string,
    /** CERTIFY_INTERRUPTED: the incomplete certificate of what the run found before it stopped. */
    readonly certificate?: Certificate,
  ) {
    super(message);
  }
}
