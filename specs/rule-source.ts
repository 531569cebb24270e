/** Where a documented rule comes from: the vocabulary the generators, the checks and the reports share. */

/**
 * Where a rule comes from. The source sets how hard the suite may judge: what the API reference pages state
 * is the contract; what only the AWS model states is enforced differently by services and emulators.
 */
export const CHECK_SOURCES = ["reference-page", "aws-model", "restjson1", "aws-convention", "reference-target"] as const;
export type CheckSource = (typeof CHECK_SOURCES)[number];

/** How each source is named to people, beside each finding. */
export const SOURCE_NAMES: Readonly<Record<CheckSource, string>> = {
  "reference-page": "API reference page",
  "aws-model": "AWS model",
  restjson1: "restJson1 protocol",
  "aws-convention": "AWS-wide convention",
  "reference-target": "parity reference",
};
