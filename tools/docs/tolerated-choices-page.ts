/** docs/tolerated-choices.md: what the documentation leaves open, why, and the tolerant variants proving each choice passes. */
import { DEFAULT_RETRY } from "../../conformance/retry.ts";
import { RUN_DEFAULTS } from "../../conformance/run-config.ts";
import { RUN_WAIT_BUDGET_MS } from "../../conformance/session.ts";
import { OPEN_CHOICES, type OpenChoice } from "./open-choices.ts";
import { cell, page, table } from "./markdown.ts";

const INTRO = `Where the documentation leaves a choice open, every reasonable choice passes. Each is made by a correct variant
of the reference emulator in \`variants/tolerant.ts\`, which the suite must certify (\`npm run mutation\`, and
\`variants/catalogue.test.ts\` in the suite's own tests); each faulty variant is caught by the specific check it breaks
([the variant catalogue](variants.md)). Statements of the documentation that leave a choice open are listed as
such in [the traceability](traceability.md).`;

const WAITING = `## Waiting is bounded

A distributed service shows an effect after a moment, so before the suite calls an effect missing (or still present),
or takes a step that depends on it (declining right after an invite), it reads again for up to \`--settle\` ms
(default ${RUN_DEFAULTS.settleMs}) and says in the finding how long it waited; once an effect has stayed missing that long, later reads
in the run wait only a few times the longest delay the target has shown. A read that fails leaves the effect
unknown: it is never taken as an empty list. Retries honour \`Retry-After\` up to ${DEFAULT_RETRY.maxRetryAfterMs / 1000} s and
wait at most ${DEFAULT_RETRY.maxAttempts} attempts per request, and waiting that comes to
nothing (retries that run out, effects that never show; waits that pay off are not counted) stops after ${RUN_WAIT_BUDGET_MS / 1000} s per run
(per suite: each of the four has its own session and budget): after that a retryable answer gets one quick retry and a
poll reads once, so a faulty target's case shrinks in seconds, not minutes.`;

const variantsCell = ({ madeBy, readAs }: OpenChoice): string => (madeBy.length > 0 ? madeBy.map((name) => `\`${name}\``).join(", ") : `— (${readAs})`);

export function toleratedChoicesPage(choices: readonly OpenChoice[] = OPEN_CHOICES): string {
  return page(
    "What the suite tolerates",
    ["tools/docs/open-choices.json"],
    INTRO,
    table(
      ["open choice", "why it is open", "variant"],
      choices.map((c) => [cell(c.choice), cell(c.open), variantsCell(c)]),
    ),
    WAITING,
  );
}
