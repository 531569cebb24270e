/**
 * What one service's documentation says for the checks. A check (checks/) keeps what holds for every service: its id,
 * family, source, severity, pure `run`, a rule spoken in roles and protocol terms, and statement patterns that match
 * any rest-json model's statements (`*.model.errors.*`, `*.model.http`). A service adds, per check, the rule as its
 * own documentation words it and the patterns over its own statement ids, and lists every statement of its
 * documentation no check enforces, with why. One file per service beside its descriptor (`services/<name>.checks.ts`),
 * found by the service's name (`services/index.ts`, `checkTextsOf`).
 */

/** A check as one service's documentation states it. */
export interface CheckText {
  /** The rule in the service's words: a quote of its API reference, its AWS model or the restJson1 protocol. */
  rule?: string;
  /** The service's statements the check enforces beyond its service-neutral ones (ids; `*` stands for any run of characters). */
  statements?: readonly string[];
}

/**
 * Why no check enforces a statement. `open-choice`: the documentation leaves the answer open, so every reasonable
 * answer passes; `not-observable`: it happens where no API answer of a run shows it (findings, permissions,
 * organizations, other Regions, time, more items than any case makes); `informative`: a recommendation or a pointer,
 * which states no behaviour; `beyond-protocol`: the service is certified for protocol and shapes only, and the
 * statement says more than those (checks/service-checks.ts BEYOND_PROTOCOL).
 */
export type UntestedKind = "open-choice" | "not-observable" | "informative" | "beyond-protocol";

/** Statements of a service's documentation no check enforces, and why. */
export interface Untested {
  /** The statements it explains: an id, `*` standing for any run of characters. */
  statements: string;
  kind: UntestedKind;
  reason: string;
}

/** Each kind in words, for the traceability pages and certificate.md. */
export const UNTESTED_KIND_WORDS: Readonly<Record<UntestedKind, string>> = {
  "open-choice": "open choice",
  "not-observable": "not observable from outside",
  informative: "states no behaviour",
  "beyond-protocol": "beyond protocol and shapes",
};

/** Everything a service's documentation says for the checks. */
export interface ServiceCheckTexts {
  /** By check id (checks/index.ts; `checks/service-checks.test.ts` refuses an id the registry does not hold). */
  readonly checks: Readonly<Record<string, CheckText>>;
  readonly untested: readonly Untested[];
}

/** A service that says nothing more than the checks do (one the suite holds no texts for): neutral rules and patterns only. */
export const NO_CHECK_TEXTS: ServiceCheckTexts = { checks: {}, untested: [] };
