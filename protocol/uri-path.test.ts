/** URI labels as restJson1 fills them: Smithy's protocol tests (restJson1/http-labels.smithy), and GuardDuty's paths. */
import { describe, expect, it } from "vitest";
import type { UriLabel } from "../specs/spec-model.ts";
import { expandPath, percentEncode } from "./uri-path.ts";

const label = (name: string, greedy = false): UriLabel => ({ name, member: name, required: true, schema: { type: "string" }, greedy });
const operation = (path: string, labels: UriLabel[]) => ({ name: "Op", path, labels });

describe("a request's path", () => {
  it.each<[string, ReturnType<typeof operation>, Record<string, string>, string]>([
    [
      "RestJsonHttpRequestLabelEscaping: every byte but the unreserved ones percent-encoded",
      operation("/HttpRequestWithLabels/{string}", [label("string")]),
      { string: " %:/?#[]@!$&'()*+,;=😹" },
      "/HttpRequestWithLabels/%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9",
    ],
    [
      "RestJsonHttpRequestWithGreedyLabelInPath: a greedy label keeps its slashes, a plain one encodes them",
      operation("/HttpRequestWithGreedyLabelInPath/foo/{foo}/baz/{baz}", [label("foo"), label("baz", true)]),
      { foo: "hello/escape", baz: "there/guy" },
      "/HttpRequestWithGreedyLabelInPath/foo/hello%2Fescape/baz/there/guy",
    ],
    [
      "GuardDuty's InviteMembers: the detector in its path",
      operation("/detector/{DetectorId}/member/invite", [label("DetectorId")]),
      { DetectorId: "12abc34d567e8fa901bc2d34e56789f0" },
      "/detector/12abc34d567e8fa901bc2d34e56789f0/member/invite",
    ],
    ["an empty value, sent empty", operation("/detector/{DetectorId}", [label("DetectorId")]), { DetectorId: "" }, "/detector/"],
    ["a template without labels, as it is", operation("/members/invite", []), {}, "/members/invite"],
  ])("%s", (_what, op, labels, path) => {
    expect(expandPath(op, labels)).toBe(path);
  });

  it("is refused without a value for a label, the caller's mistake", () => {
    expect(() => expandPath(operation("/detector/{DetectorId}/member", [label("DetectorId")]), {})).toThrow("Op needs a value for its URI label DetectorId");
  });

  it("encodes what SigV4 encodes, as encodeURIComponent does but for !'()*", () => {
    expect(percentEncode("a-b_c.d~e!f'g(h)i*j k")).toBe("a-b_c.d~e%21f%27g%28h%29i%2Aj%20k");
  });
});
