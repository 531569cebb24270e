/**
 * GuardDuty's enforced statements no faulty variant of its catalogue proves, each with its reason (see
 * variants/unproven-statements.ts for the kinds). statement-proof.test.ts keeps the list true, and no variant is
 * generated for a statement listed here.
 */
import type { Unproven } from "../unproven-statements.ts";

export const GUARDDUTY_UNPROVEN: readonly Unproven[] = [
  {
    statements: "CreateMembers.model.this-step-is-a-prerequisite",
    kind: "cannot-break-alone",
    reason:
      "a target breaks it by inviting an account it never made a member, which breaks InviteMembers' own unprocessed list first: unprocessed-accounts/ineligible-reported fails on InviteMembers (guardduty/invite-unprocessed-dropped), never on CreateMembers",
  },
  {
    statements: "ListDetectors.model.*NextToken.*",
    kind: "no-variant-yet",
    reason:
      "GuardDuty allows one detector per account and Region, so ListDetectors never has a second page and no run sends or receives its nextToken; a variant would need a target that keeps several detectors, which the reference refuses",
  },

  {
    statements: "CreateDetector.model.output.UnprocessedDataSources.syntax",
    kind: "no-variant-yet",
    reason:
      "the reference processes every data source and never answers unprocessedDataSources, so a variant has nothing to mistype; one would answer it for a data source it refuses",
  },
  {
    statements: "*Result.model.*.syntax",
    kind: "no-variant-yet",
    reason:
      "members of the structures inside CreateDetector's unprocessedDataSources, which the reference never answers (see CreateDetector.model.output.UnprocessedDataSources.syntax)",
  },
];
