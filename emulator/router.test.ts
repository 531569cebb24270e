/** The emulator's routing by path templates: GuardDuty's paths, the example model's greedy label, and what matches nothing. */
import { describe, expect, it } from "vitest";
import { loadExampleSpec } from "../specs/example-model.fixture.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import type { OperationSpec } from "../specs/spec-model.ts";
import { fastestMs, linearBudgetMs } from "../tools/linear-time.fixture.ts";
import { Router, type Routed } from "./router.ts";

const guardduty = new Router((await loadServiceSpec(GUARDDUTY)).operations.values());
const securityHub = new Router((await loadSpec()).operations.values());
const example = new Router((await loadExampleSpec()).operations.values());
const seen = (routed: Routed): unknown =>
  routed.kind === "operation" ? [routed.operation.name, routed.labels, ...(routed.malformed.length > 0 ? [routed.malformed] : [])] : routed;

describe("the router", () => {
  it.each([
    ["POST", "/detector/d1/member/invite", ["InviteMembers", { DetectorId: "d1" }]],
    ["POST", "/detector/d1/member", ["CreateMembers", { DetectorId: "d1" }]],
    ["GET", "/detector/d1/member?maxResults=2&onlyAssociated=true", ["ListMembers", { DetectorId: "d1" }]],
    ["GET", "/detector", ["ListDetectors", {}]],
    ["POST", "/detector", ["CreateDetector", {}]],
    ["DELETE", "/detector/d1", ["DeleteDetector", { DetectorId: "d1" }]],
    ["GET", "/detector/d1/administrator", ["GetAdministratorAccount", { DetectorId: "d1" }]],
    ["POST", "/detector/d1/administrator", ["AcceptAdministratorInvitation", { DetectorId: "d1" }]],
    ["GET", "/invitation/count", ["GetInvitationsCount", {}]],
    ["POST", "/detector/a%2Fb%20c/member/get", ["GetMembers", { DetectorId: "a/b c" }]],
    ["POST", "/detector/%zz/member/delete", ["DeleteMembers", { DetectorId: "%zz" }, ["DetectorId"]]],
  ])("routes GuardDuty's %s %s to its operation, its labels decoded (or named malformed)", (method, url, expected) => {
    expect(seen(guardduty.route(method, url))).toEqual(expected);
  });

  it.each([
    ["PUT", "/detector/d1/member/invite", { kind: "wrong-method", path: "/detector/d1/member/invite", allowed: ["POST"] }],
    ["GET", "/detector/d1", { kind: "wrong-method", path: "/detector/d1", allowed: ["DELETE"] }],
    ["PATCH", "/detector", { kind: "wrong-method", path: "/detector", allowed: ["POST", "GET"] }],
    ["POST", "/detector//member/invite", { kind: "unknown", path: "/detector//member/invite" }],
    ["POST", "/detector/d1/member/invite/more", { kind: "unknown", path: "/detector/d1/member/invite/more" }],
    ["POST", "/Detector/d1/member/invite", { kind: "unknown", path: "/Detector/d1/member/invite" }],
    ["POST", "/detector/d1/member%2Finvite", { kind: "unknown", path: "/detector/d1/member%2Finvite" }],
    ["GET", "/invitation/", { kind: "unknown", path: "/invitation/" }],
    ["GET", "*", { kind: "unknown", path: "*" }],
    ["GET", "", { kind: "unknown", path: "" }],
  ])("refuses %s %s, which matches no operation of that method", (method, url, expected) => {
    expect(guardduty.route(method, url)).toEqual(expected);
  });

  it("routes Security Hub's literal paths as it always did", () => {
    expect(seen(securityHub.route("POST", "/members/invite"))).toEqual(["InviteMembers", {}]);
    expect(seen(securityHub.route("GET", "/members?OnlyAssociated=false"))).toEqual(["ListMembers", {}]);
    expect(securityHub.route("GET", "/members/invite")).toEqual({ kind: "wrong-method", path: "/members/invite", allowed: ["POST"] });
    expect(securityHub.route("POST", "/members/invite/")).toEqual({ kind: "unknown", path: "/members/invite/" });
  });

  it("gives a greedy label every segment it takes, slashes kept, empty ones inside too, and never nothing", () => {
    expect(seen(example.route("PUT", "/things/t1/parts/a/b%2Fc/d"))).toEqual(["PutPart", { ThingId: "t1", Key: "a/b/c/d" }]);
    expect(seen(example.route("PUT", "/things/t1/parts/k"))).toEqual(["PutPart", { ThingId: "t1", Key: "k" }]);
    expect(seen(example.route("PUT", "/things/t1/parts/a//b/"))).toEqual(["PutPart", { ThingId: "t1", Key: "a//b/" }]);
    expect(example.route("PUT", "/things/t1/parts/").kind).toBe("unknown");
    expect(example.route("PUT", "/things/t1/parts").kind).toBe("unknown");
  });

  it("prefers a literal segment to a label, and a label to a greedy one, whatever order the operations come in", () => {
    const op = (name: string, path: string, labels: OperationSpec["labels"]): OperationSpec =>
      ({ name, method: "GET", path, labels, query: [], headers: [], errors: [] }) as unknown as OperationSpec;
    const label = (name: string, greedy = false) => ({ name, member: name, required: true as const, schema: {}, greedy });
    const operations = [op("Greedy", "/a/{rest}", [label("rest", true)]), op("Label", "/a/{x}/b", [label("x")]), op("Literal", "/a/lit/b", [])];
    for (const order of [operations, [...operations].reverse()]) {
      const router = new Router(order);
      expect(seen(router.route("GET", "/a/lit/b"))).toEqual(["Literal", {}]);
      expect(seen(router.route("GET", "/a/other/b"))).toEqual(["Label", { x: "other" }]);
      expect(seen(router.route("GET", "/a/other/c"))).toEqual(["Greedy", { rest: "other/c" }]);
    }
  });

  it("routes a path of a million bytes, and one of a hundred thousand segments, in linear time", () => {
    for (const path of [`/detector/${"a".repeat(1 << 20)}/member/invite`, `/detector/${"a/".repeat(100_000)}member/invite`, `/${"%".repeat(1 << 20)}`]) {
      const budget = linearBudgetMs(path.length);
      expect(fastestMs(() => guardduty.route("POST", path))).toBeLessThan(budget);
      expect(fastestMs(() => example.route("PUT", path))).toBeLessThan(budget);
    }
  });
});
