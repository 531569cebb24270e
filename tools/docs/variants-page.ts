/** docs/variants.md: the variant catalogue the suite proves itself on, from variants/. */
import { catalogueOf, FAULTY_VARIANTS, TOLERANT_VARIANTS } from "../../variants/index.ts";
import { UNPROVEN_KIND_WORDS } from "../../variants/unproven-statements.ts";
import type { Variant } from "../../variants/variant.ts";
import { cell, page, table } from "./markdown.ts";

const INTRO = `A conformance suite is only as good as the faults it catches and the correct implementations it lets through.
\`variants/\` holds emulators built on the reference emulator's extension point (\`behaviours\`, see [the reference
emulator](emulator.md)): **faulty** ones, each breaking exactly one documented behaviour (its description quotes the
rule) and caught by the check it names, and **tolerant** ones, each making choices the documentation leaves open
([the tolerated choices](tolerated-choices.md)), which must be certified.

\`\`\`sh
npm run mutation                                  # certify every variant: a matrix, then "mutation score: killed K/N; false alarms F/V"
npm run mutation -- --runs 1                      # the coverage phase alone must kill every faulty variant
npm run emulator -- --variant partial-batch       # serve one variant, to see what the suite reports about it
\`\`\`

\`npm run mutation\` exits non-zero unless every faulty variant is killed and no tolerant one raises an alarm; CI
(\`.ci/run\`) runs it. The suite's own tests (\`variants/catalogue.test.ts\`) certify every variant too, and check that each
faulty variant is caught by the very check it names. The registry of checks drives them: a check that can fail without
a faulty variant catching it, a leniency without a variant caught under \`--strict\`, or a warning no tolerant variant
earns, fails the build.

It certifies the faulty variants two per core at a time (\`--jobs\`: their runs mostly wait for effects that never show
and retries that never pass), the tolerant ones one at a time after them.

## Every enforced statement, proven

A faulty variant names the documented statements it breaks (\`breaks\`: ids of the service's statements, \`*\` for any
run of characters), each one that the check named to catch it (\`caughtBy\`) enforces. A statement is *proven* when a
run against a variant claiming it finds a failure of that check on an operation the statement is about, or on the read
that showed the failing effect (the read of the members, for a member the create call was to make). Beside the written
variants, \`variants/generated/\` makes one from the statements for each statement no written one breaks: for each
error "X (HTTP n)" the operation answers its errors as X with another status (for LimitExceededException, which clients
retry as throttling, it throttles every call); for each success code, another 2xx; for each input member's syntax, a
valid value refused with 400 (where the suite never sends the call in a state that lets it succeed, failing with 500
instead); for each input rule of a reference page, input breaking it accepted; for each output member, its value sent
as another JSON type; for each unprocessed-accounts list, entries listed twice or dropped. A variant that claims
statements plays only the scenarios about their operations.

\`npm run mutation\` ends with \`statements proven by a killed variant: P of E enforced\` and lists any other with why:
\`variants/unproven-statements.ts\` holds the reviewed exceptions, each with its reason. \`variants/statement-proof.test.ts\`
fails for an enforced statement no variant claims and no exception lists, for an exception a variant claims, and for a
claim its check does not enforce; \`variants/catalogue.test.ts\` fails for a claim its variant's run does not prove, and
\`npm run mutation\` exits non-zero for one.`;

const GUARDDUTY_INTRO = `## GuardDuty's catalogue

GuardDuty's variants (\`variants/guardduty/\`) vary its embedded emulator and are certified with its descriptor:
\`npm run mutation -- --service guardduty\`. Beside the written ones, the same families as Security Hub's are generated
from GuardDuty's model statements (\`guardduty/\` names the generated ones too), so every statement its checks enforce
is claimed by a variant whose run proves it, or listed with why none does.`;

const runWith = (v: Variant): string => (v.config?.strict ? "`--strict`" : "");

export function variantsPage(faulty: readonly Variant[] = FAULTY_VARIANTS, tolerant: readonly Variant[] = TOLERANT_VARIANTS): string {
  const guardduty = catalogueOf("guardduty")!;
  return page(
    "Self-certification: the variant catalogue",
    ["variants/"],
    INTRO,
    `## Faulty variants\n\n${faulty.length} variants, each caught by the check it names.`,
    table(
      ["variant", "caught by", "run with", "what it breaks"],
      faulty.map((v) => [`\`${v.name}\``, `\`${v.caughtBy}\``, runWith(v), cell(v.description)]),
    ),
    `## Tolerant variants\n\n${tolerant.length} variants, each certified; some must earn a warning of a check, which proves that warning can be raised.`,
    table(
      ["variant", "warned by", "run with", "what it does"],
      tolerant.map((v) => [`\`${v.name}\``, (v.warnedBy ?? []).map((c) => `\`${c}\``).join(", "), runWith(v), cell(v.description)]),
    ),
    GUARDDUTY_INTRO,
    `### GuardDuty's faulty variants\n\n${guardduty.faulty.length} variants, each caught by the check it names.`,
    table(
      ["variant", "caught by", "what it breaks"],
      guardduty.faulty.map((v) => [`\`${v.name}\``, `\`${v.caughtBy}\``, cell(v.description)]),
    ),
    `### GuardDuty's tolerant variants\n\n${guardduty.tolerant.length} variants, each certified.`,
    table(
      ["variant", "what it does"],
      guardduty.tolerant.map((v) => [`\`${v.name}\``, cell(v.description)]),
    ),
    `### GuardDuty's enforced statements no variant proves\n\n${guardduty.unproven.length} entries (\`variants/guardduty/unproven.ts\`), each with why.`,
    table(
      ["statements", "why"],
      guardduty.unproven.map((u) => [`\`${u.statements}\``, cell(`${UNPROVEN_KIND_WORDS[u.kind]}: ${u.reason}`)]),
    ),
  );
}
