/** The relative links of a markdown page, and the anchors its headings get on GitHub, so a test can follow them. */

export interface RelativeLink {
  /** The file linked, relative to the page ("" for the page itself). */
  path: string;
  /** The anchor after `#`, if any. */
  anchor: string | undefined;
}

/** Links to files beside the page or to its own headings: `[text](docs/x.md#y)`, `[text](#y)`; not web addresses. */
export function relativeLinks(markdown: string): RelativeLink[] {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
    .map((target) => {
      const [path, anchor] = target.split("#", 2) as [string, string | undefined];
      return { path, anchor };
    });
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, blanks as hyphens. */
export function headingAnchors(markdown: string): Set<string> {
  const prose = markdown.replace(/^```[\s\S]*?^```$/gm, "");
  return new Set(
    [...prose.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      m[1]!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-"),
    ),
  );
}
