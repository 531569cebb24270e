/**
 * Family: pagination. MaxResults is "The maximum number of items to return in the response", and NextToken, set
 * "to the value returned from the previous response", continues the listing. A page may hold fewer items than
 * asked, and a last page may still carry a token leading to an empty page: both are allowed.
 */
import { defineCheck, judged, NOT_APPLICABLE, type Breach } from "./define-check.ts";

/** One page of a listing: the ids it listed, in order, and the token it handed on. */
export interface Page {
  ids: readonly string[];
  nextToken: string | undefined;
}

/** A listing read page by page, following NextToken. */
export interface Walk {
  /** MaxResults sent with every request of the walk; undefined when it was left to the target. */
  maxResults: number | undefined;
  pages: readonly Page[];
  /** Whether the last page carried no token; false when the walk stopped at the suite's bound of pages. */
  ended: boolean;
}

export interface PagedListing {
  operation: string;
  caller: string;
  /** The listing read with small pages. */
  paged: Walk;
  /** The same listing read with the largest pages (MaxResults 50), right before: what the paged walk must visit. */
  whole: Walk | undefined;
}

/** Every id a walk listed, once per time it was listed. */
export function walkIds(walk: Walk): string[] {
  return walk.pages.flatMap((page) => page.ids);
}

export const PAGE_WITHIN_MAX_RESULTS = defineCheck({
  id: "pagination/page-within-max-results",
  family: "pagination",
  source: "aws-model",
  severity: "failure",
  rule: "A list call's page size is the maximum number of items to return: no page holds more items than asked for (fewer are allowed).",
  statements: [],
  run({ operation, caller, paged }: PagedListing) {
    const limit = paged.maxResults;
    if (limit === undefined || paged.pages.length === 0) return NOT_APPLICABLE;
    const over = paged.pages.findIndex((page) => page.ids.length > limit);
    if (over === -1) return judged(operation);
    const size = paged.pages[over]!.ids.length;
    return judged(operation, [
      {
        title: `${operation} for ${caller} answered a page size of ${limit} with a page of ${size} items (page ${over + 1})`,
        facts: { caller, maxResults: limit, pageSizes: paged.pages.map((p) => p.ids.length) },
      },
    ]);
  },
});

export const PAGINATION_COMPLETE = defineCheck({
  id: "pagination/next-token-complete",
  family: "pagination",
  source: "aws-model",
  severity: "failure",
  rule: "A list call's page token, set to the value the previous answer returned, continues the listing: following the tokens visits every item exactly once and ends; pages shorter than asked for and a trailing empty page are allowed.",
  statements: [],
  run({ operation, caller, paged, whole }: PagedListing) {
    if (paged.pages.length === 0) return NOT_APPLICABLE;
    const breaches: Breach[] = [];
    const facts = { caller, maxResults: paged.maxResults, pages: paged.pages.map((p) => p.ids), ...(whole ? { whole: walkIds(whole) } : {}) };
    for (const [name, walk] of [
      ["paged", paged],
      ["whole", whole],
    ] as const) {
      if (!walk) continue;
      if (!walk.ended) {
        breaches.push({
          title: `${operation} for ${caller} kept handing out a page token: ${walk.pages.length} pages${walk.maxResults ? ` of size ${walk.maxResults}` : ""} and no end`,
          facts,
          discriminator: "endless",
        });
        continue;
      }
      const ids = walkIds(walk);
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      if (twice !== undefined)
        breaches.push({
          title: `${operation} for ${caller} listed ${twice} twice while following the page tokens${name === "paged" && walk.maxResults ? ` (pages of ${walk.maxResults})` : ""}`,
          facts,
          discriminator: "duplicate",
        });
    }
    if (whole?.ended && paged.ended) {
      const seen = new Set(walkIds(paged));
      const missed = [...new Set(walkIds(whole))].filter((id) => !seen.has(id));
      if (missed.length > 0)
        breaches.push({
          title: `${operation} for ${caller} lists ${missed.join(", ")} on one page, but not while following the page tokens with pages of ${paged.maxResults}`,
          facts,
          discriminator: "missing",
        });
    }
    return judged(operation, breaches);
  },
});

export const PAGINATION_CHECKS = [PAGE_WITHIN_MAX_RESULTS, PAGINATION_COMPLETE] as const;
