/** docs/checks.md: the check families and every check of the registry, with its source, severity and rule. */
import type { CheckDefinition } from "../../checks/define-check.ts";
import { CHECK_FAMILIES, type CheckFamily, SOURCE_NAMES } from "../../checks/finding.ts";
import { checksOf } from "../../checks/service-checks.ts";
import { SECURITY_HUB } from "../../specs/services/index.ts";
import { cell, page, table } from "./markdown.ts";

const SEVERITY_WORDS = {
  failure: "failure",
  warning: "warning",
  lenient: "warning; failure with `--strict`",
  divergence: "warning; failure with `--parity-gate`",
} as const;

/** What must hold in each family, in a sentence or two; typed by family, so a new family cannot go undescribed. */
const FAMILY_WORDS: Readonly<Record<CheckFamily, string>> = {
  "status-codes":
    "every status is one the service uses (the operation's success, an error of the service, AWS's common errors); valid input never gets a 5xx and, sent where the state lets it succeed, never a 400; input breaking a rule of the reference pages, a body that is not a JSON object, or a query-string value that does not parse as its type is refused with a 400 input error (or an error of the state it meets); an operation that answers at its route with a web server's 404 page is not implemented",
  "error-shapes":
    "the error type, read as AWS clients read it (`X-Amzn-Errortype`, else body `code`, else `__type`), is named, defined by the service or AWS's common errors, and matches its status; the body is JSON with a non-blank `Message`/`message`; `Content-Type: application/json`; the body's bytes are UTF-8 and not content-coded",
  "success-shapes":
    "200 with a JSON body valid against the response schema, in UTF-8, with no `Content-Encoding` (the suite asks for `identity` and never inflates a body); members the model does not declare are a warning",
  "unprocessed-accounts":
    "every entry names an id of the request exactly as sent, once per mention, with a non-blank reason; ineligible ids (not a member; no pending invitation) are listed, eligible ones are not",
  state:
    "a processed invite is visible to the invitee (ListInvitations, GetInvitationsCount) and to the administrator (GetMembers); a processed decline removes the invitation; an accepted one is no longer pending; an unprocessed id changes nothing; the member lifecycle as the reads show it (Created, Invited, Enabled once accepted, Removed or Resigned once disassociated by either side, gone or Deleted after DeleteMembers; GetAdministratorAccount, GetInvitationsCount, ListMembers' OnlyAssociated filter); an account the suite enabled is never refused as not enabled; model-based command sequences (fast-check `fc.commands`) across three accounts shrink to the fewest commands that fail",
  pagination: "no page of ListInvitations or ListMembers holds more than MaxResults; following NextToken visits every item once, and ends",
  isolation:
    "one account's decline never touches invitations sent to another; ListInvitations lists only the caller's; ListMembers lists only the caller's own members, never another administrator's",
  availability: "throttling and transient unavailability are retried as AWS SDKs retry them, and are findings only when the retries run out",
  parity: "only in parity mode (`--reference`, `--reference-recording`): the target answers each generated case as the reference does ([parity](parity.md))",
};

const SOURCES_AND_SEVERITY = `Every check has a source, and the source sets its severity. The API reference pages of InviteMembers and
DeclineInvitations (\`specs/sources/\`) are the contract: what they state (AccountIds required, a list of strings
matching \`.*\\S.*\`, the documented errors and statuses, UnprocessedAccounts) fails a target that breaks it. So do the
restJson1 protocol (error naming, JSON bodies, malformed query values; Smithy's protocol tests are the authority) and
AWS-wide conventions (retries). The AWS model adds input constraints on the operations around those two (map and list
sizes, member types and patterns, CreateMembers' Email, MaxResults ranges …): services and emulators enforce them
differently and no client is harmed when a target accepts such input, so that is a **leniency**, reported as a
warning; \`--strict\` makes it a failure, for users who want exact model enforcement. A 5xx to any input, an error
without a type, a type that does not match its status, a non-JSON error body and an error name that neither the
service's model nor AWS's common errors define fail everywhere. The console, \`certificate.json\`/\`.md\` and the Allure
results show the source beside each finding.

Where the documentation leaves a choice open, every reasonable choice passes: [the tolerated choices](tolerated-choices.md).
Which documented statement each check enforces, and why the others are not checked: [every documented statement,
traced](traceability.md). Each check is proven by a faulty variant only it catches: [the variant catalogue](variants.md).`;

/** The page of the checks as Security Hub's documentation states them (the rules the findings of its runs quote). */
export function checksPage(checks: readonly CheckDefinition[] = checksOf(SECURITY_HUB)): string {
  const families = CHECK_FAMILIES.filter((family) => checks.some((c) => c.family === family));
  return page(
    "What is checked",
    ["checks/", "specs/services/securityhub.checks.ts", "tools/docs/checks-page.ts"],
    SOURCES_AND_SEVERITY,
    "## The families",
    table(
      ["family", "what must hold"],
      families.map((family) => [family, FAMILY_WORDS[family]]),
    ),
    `## Every check\n\n${checks.length} checks, from their registry (\`checks/index.ts\`), in the order it lists them.`,
    table(
      ["check", "source", "severity", "rule"],
      checks.map((c) => [`\`${c.id}\``, SOURCE_NAMES[c.source], SEVERITY_WORDS[c.severity], cell(c.rule)]),
    ),
  );
}
