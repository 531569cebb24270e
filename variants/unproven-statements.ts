/**
 * The enforced statements no faulty variant of the catalogue proves, each with its reason: `no-variant-yet`, a
 * variant that could exist and has not been written (the reason says what it would do); `cannot-break-alone`, a
 * statement a target cannot break without first breaking another statement the same check enforces, so the failure
 * that would prove it is already that one's. statement-proof.test.ts fails for an enforced statement with neither a
 * variant claiming it nor a line here, and for a line here that a variant's claim has made stale.
 */
export interface Unproven {
  /** The statements it explains: an id, `*` standing for any run of characters. */
  statements: string;
  kind: "no-variant-yet" | "cannot-break-alone";
  reason: string;
}

/** Each kind in words, for `npm run mutation` and the README. */
export const UNPROVEN_KIND_WORDS: Readonly<Record<Unproven["kind"], string>> = {
  "no-variant-yet": "no variant yet",
  "cannot-break-alone": "no faulty variant can break it alone",
};

export const UNPROVEN: readonly Unproven[] = [];
