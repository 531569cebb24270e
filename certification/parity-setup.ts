/**
 * Parity mode around a certification: from the options to the ParityConfig the suites read, the reference's
 * preflight, the recording's header (written, or checked against the run), and the real-account reference's
 * cleanup. The comparison itself happens case by case in conformance/parity/.
 */
import { TargetError } from "../client/target-errors.ts";
import { compares } from "../conformance/parity/parity-config.ts";
import { readRecordingHeader, RECORDING_VERSION, recordingMismatch, writeRecordingHeader, type RecordingHeader } from "../conformance/parity/recording.ts";
import type { ParityConfig, ReferenceConfig, ResolvedRunConfig, RunConfig } from "../conformance/run-config.ts";
import type { Spec } from "../specs/spec-model.ts";
import { CertifyError } from "./certify-error.ts";
import { PreflightError } from "../conformance/profiles/index.ts";
import { cleanUp, preflight } from "./preflight.ts";
import { type OptionNames, preflightFailure, referenceSide } from "./preflight-message.ts";

/** Parity options of `certify`: what to compare the target with, or record it (or its reference) for. */
export interface ParityOptions {
  /** A live reference: its URL, or its URL with its own region, accounts and (real accounts) profiles. */
  reference?: string | (Partial<ReferenceConfig> & { endpoint: string }) | undefined;
  /** A recording (made with `record`) to compare the target with, with no reference running. */
  recording?: string | undefined;
  /** Records the reference's normalised answers in this directory (the target's, without a reference). */
  record?: string | undefined;
  /** Divergences fail the run. */
  gate?: boolean | undefined;
}

/** The run's ParityConfig, or undefined when the options ask for no parity. */
export function parityConfigOf(options: ParityOptions | undefined, config: RunConfig): ParityConfig | undefined {
  if (!options || (options.reference === undefined && options.recording === undefined && options.record === undefined)) return undefined;
  if (options.reference !== undefined && options.recording !== undefined)
    throw new CertifyError("CERTIFY_BAD_OPTION", "compare with a live reference or with a recording, not both: give --reference or --reference-recording.");
  if (options.recording !== undefined && options.record !== undefined)
    throw new CertifyError("CERTIFY_BAD_OPTION", "--record records a live reference (or the target): it cannot record a comparison with a recording.");
  const given = typeof options.reference === "string" ? { endpoint: options.reference } : options.reference;
  const reference: ReferenceConfig | undefined = given && {
    endpoint: given.endpoint,
    region: given.region ?? config.region,
    accounts: given.accounts ?? config.accounts,
    profile: given.profile ?? config.profile,
    ownAccounts: given.ownAccounts ?? config.ownAccounts,
    profiles: given.profiles ?? config.profiles,
    rate: given.rate ?? config.rate,
  };
  // Both sides run the same scenarios, and real-account scenarios are the only ones safe on real accounts.
  if (reference && reference.profile !== config.profile)
    throw new CertifyError(
      "CERTIFY_BAD_OPTION",
      `the reference and the target must both be real accounts or both not (the ${reference.profile === "real-account" ? "reference" : "target"} is): they run the same scenarios, and only the real-account scenarios are safe on real accounts.`,
    );
  const name = reference
    ? `reference ${reference.endpoint}`
    : options.recording !== undefined
      ? `recording ${options.recording}`
      : `recording ${options.record}`;
  return { reference, recording: options.recording, record: options.record, gate: options.gate === true, name };
}

/** What the cases are drawn from, as a recording states it. */
export function recordingHeaderOf(spec: Spec, config: RunConfig, suiteVersion: string): Omit<RecordingHeader, "recorded" | "recordedAt"> {
  return {
    recordingVersion: RECORDING_VERSION,
    suiteVersion,
    specSha256: spec.hash,
    seed: config.seed,
    runs: config.runs,
    realAccount: config.profile === "real-account",
  };
}

/** Before the suites: the reference answers, a recording to compare with matches the run, a recording to make is started. */
export async function prepareParity(spec: Spec, config: ResolvedRunConfig & { parity: ParityConfig }, suiteVersion: string, names: OptionNames): Promise<void> {
  const { parity } = config;
  const header = recordingHeaderOf(spec, config, suiteVersion);
  if (parity.recording !== undefined) {
    let recorded: RecordingHeader;
    try {
      recorded = readRecordingHeader(parity.recording);
    } catch (error) {
      throw new CertifyError("CERTIFY_RECORDING_MISMATCH", (error as Error).message);
    }
    const mismatch = recordingMismatch(recorded, header);
    if (mismatch) throw new CertifyError("CERTIFY_RECORDING_MISMATCH", mismatch);
  }
  if (parity.reference) {
    const reference = { ...config, ...parity.reference };
    try {
      await preflight(spec, reference);
    } catch (error) {
      if (error instanceof TargetError) throw new CertifyError("CERTIFY_TARGET_UNREACHABLE", preflightFailure(reference.endpoint, error, referenceSide(names)));
      if (error instanceof PreflightError) throw new CertifyError("CERTIFY_TARGET_NOT_READY", `the reference: ${error.message}`);
      throw error;
    }
  }
  if (parity.record !== undefined) {
    const recorded = parity.reference ? parity.reference.endpoint : config.endpoint;
    writeRecordingHeader(parity.record, { ...header, recorded, recordedAt: new Date().toISOString() });
  }
}

/** After the suites, on a live reference: undo what its cases may have left, as its profile says. */
export async function cleanUpParity(spec: Spec, config: ResolvedRunConfig): Promise<string[]> {
  const reference = config.parity?.reference;
  if (!reference) return [];
  return cleanUp(spec, { ...config, ...reference }).catch((error: Error) => [`cleanup failed: ${error.message}`]);
}

/** What the certificate says about parity: what the target was compared with (or recorded for), and whether divergences fail. */
export function parityReport(parity: ParityConfig | undefined): { comparedWith: string; compared: boolean; recordedTo?: string; gate: boolean } | undefined {
  if (!parity) return undefined;
  return { comparedWith: parity.name, compared: compares(parity), ...(parity.record !== undefined ? { recordedTo: parity.record } : {}), gate: parity.gate };
}
