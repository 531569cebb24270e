import { describe, expect, it } from "vitest";
import { checksOf } from "../../checks/service-checks.ts";
import { traceabilityOf } from "../../checks/traceability.ts";
import { GUARDDUTY, SECURITY_HUB } from "../../specs/services/index.ts";
import { FAULTY_VARIANTS, TOLERANT_VARIANTS } from "../../variants/index.ts";
import { OPEN_CHOICES } from "./open-choices.ts";
import { checksPage } from "./checks-page.ts";
import { committed, GENERATED_PAGES } from "./pages.ts";
import { toleratedChoicesPage } from "./tolerated-choices-page.ts";
import { traceabilityPage } from "./traceability-page.ts";
import { variantsPage } from "./variants-page.ts";

describe("the generated pages of docs/", () => {
  it.each(GENERATED_PAGES.map((p) => [p.path, p] as const))("%s is what the code renders (run `npm run docs` if this fails)", (path, { render }) => {
    expect(committed(path), `${path} is missing`).toBeDefined();
    expect(render()).toBe(committed(path));
  });

  // Each page renders what it is given, so the test above fails when the code gains or loses what a page shows.
  it.each<[string, () => string]>([
    ["docs/checks.md", () => checksPage(checksOf(SECURITY_HUB).filter((c) => c.id !== "state/created-member-shown"))],
    ["docs/traceability.md", () => traceabilityPage(SECURITY_HUB, traceabilityOf(SECURITY_HUB).slice(1))],
    ["docs/traceability-guardduty.md", () => traceabilityPage(GUARDDUTY, traceabilityOf(GUARDDUTY).slice(1))],
    ["docs/tolerated-choices.md", () => toleratedChoicesPage(OPEN_CHOICES.slice(1))],
    ["docs/variants.md", () => variantsPage(FAULTY_VARIANTS, TOLERANT_VARIANTS.slice(1))],
  ])("%s changes with what it is written from", (path, renderLess) => {
    expect(renderLess()).not.toBe(committed(path));
  });
});
