/**
 * `npm run docs`: the pages of docs/ written from the code — the checks, the traceability of the documentation, the
 * tolerated choices and the variant catalogue. `npm run docs -- --check` only says which are stale; a test fails while
 * any is. The other pages of docs/ are written by hand (speed.md's figures by `npm run bench -- --docs`).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { checksPage } from "./checks-page.ts";
import { toleratedChoicesPage } from "./tolerated-choices-page.ts";
import { SERVICES } from "../../specs/services/index.ts";
import { traceabilityPage, traceabilityPath } from "./traceability-page.ts";
import { variantsPage } from "./variants-page.ts";

export interface GeneratedPage {
  /** Its path from the repository's root. */
  path: string;
  render: () => string;
}

export const GENERATED_PAGES: readonly GeneratedPage[] = [
  { path: "docs/checks.md", render: () => checksPage() },
  // One page of traceability per service: Security Hub's docs/traceability.md, then docs/traceability-<name>.md.
  ...SERVICES.map((service) => ({ path: traceabilityPath(service), render: () => traceabilityPage(service) })),
  { path: "docs/tolerated-choices.md", render: () => toleratedChoicesPage() },
  { path: "docs/variants.md", render: () => variantsPage() },
];

export const fileOf = (path: string): URL => new URL(`../../${path}`, import.meta.url);

/** The text of a page as committed, or undefined when it is not there. */
export function committed(path: string): string | undefined {
  try {
    return readFileSync(fileOf(path), "utf8");
  } catch {
    return undefined;
  }
}

/** The generated pages whose committed text is not what the code renders. */
export function stalePages(pages: readonly GeneratedPage[] = GENERATED_PAGES): string[] {
  return pages.filter((p) => committed(p.path) !== p.render()).map((p) => p.path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--check")) {
    const stale = stalePages();
    if (stale.length > 0) {
      console.error(`stale: ${stale.join(", ")}; run \`npm run docs\` and commit the result.`);
      process.exit(1);
    }
    console.log("docs/ is up to date.");
  } else {
    for (const { path, render } of GENERATED_PAGES) {
      const text = render();
      if (committed(path) === text) continue;
      writeFileSync(fileOf(path), text);
      console.log(`wrote ${path}`);
    }
  }
}
