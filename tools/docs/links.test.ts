import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { headingAnchors, relativeLinks } from "./links.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PAGES = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

describe("a page's links", () => {
  it("are read from the prose, with their anchors, and not from code or web addresses", () => {
    const page = "See [a](docs/a.md#b-c), [b](#here) and [c](https://example.com/x.md).\n\n```\n[d](nowhere.md)\n```\n`[e](nowhere.md)`";
    expect(relativeLinks(page)).toEqual([
      { path: "docs/a.md", anchor: "b-c" },
      { path: "", anchor: "here" },
    ]);
  });

  it("have the anchors GitHub gives headings", () => {
    expect(headingAnchors("# The AWS model, named\n\n## CI and the regression gate\n```\n# not a heading\n```")).toEqual(
      new Set(["the-aws-model-named", "ci-and-the-regression-gate"]),
    );
  });
});

describe.each(PAGES)("%s", (page) => {
  it("links only to files that exist, and to headings they have", () => {
    const broken = relativeLinks(readFileSync(join(ROOT, page), "utf8")).filter(({ path, anchor }) => {
      const target = path === "" ? join(ROOT, page) : join(ROOT, dirname(page), path);
      if (!existsSync(target)) return true;
      return anchor !== undefined && !headingAnchors(readFileSync(target, "utf8")).has(anchor);
    });
    expect(broken).toEqual([]);
  });
});
