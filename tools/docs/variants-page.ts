/** docs/variants.md: the variant catalogue the suite proves itself on, from variants/. */
import { FAULTY_VARIANTS, TOLERANT_VARIANTS } from "../../variants/index.ts";
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

<!-- TO COME (from another branch): the statements each killed variant proves, as \`npm run mutation\` prints them. -->`;

const runWith = (v: Variant): string => (v.config?.strict ? "`--strict`" : "");

export function variantsPage(faulty: readonly Variant[] = FAULTY_VARIANTS, tolerant: readonly Variant[] = TOLERANT_VARIANTS): string {
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
  );
}
