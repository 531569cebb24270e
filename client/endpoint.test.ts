import { describe, expect, it } from "vitest";
import { GUARDDUTY } from "../specs/services/index.ts";
import { isAwsEndpoint, resolveTarget } from "./endpoint.ts";

describe("resolveTarget", () => {
  it.each([
    ["an explicit endpoint", { endpoint: "http://127.0.0.1:4566/" }, { AWS_ENDPOINT_URL: "http://other:1" }, "http://127.0.0.1:4566/", "us-east-1"],
    ["the service-specific variable first", {}, { AWS_ENDPOINT_URL_SECURITYHUB: "http://sh:1", AWS_ENDPOINT_URL: "http://all:2" }, "http://sh:1/", "us-east-1"],
    ["the general variable", {}, { AWS_ENDPOINT_URL: "http://all:2", AWS_REGION: "eu-west-3" }, "http://all:2/", "eu-west-3"],
    ["AWS's regional endpoint when none is given", { region: "ap-south-1" }, {}, "https://securityhub.ap-south-1.amazonaws.com/", "ap-south-1"],
    ["a base path kept without its trailing slash", { endpoint: "http://localhost:8080/securityhub/" }, {}, "http://localhost:8080/securityhub", "us-east-1"],
  ])("takes %s", (_name, options, env, endpoint, region) => {
    const target = resolveTarget(options, env);
    expect([target.endpoint.href, target.region]).toEqual([endpoint, region]);
  });

  it("takes GuardDuty's own variable and regional endpoint for GuardDuty, never Security Hub's", () => {
    const env = { AWS_ENDPOINT_URL_SECURITYHUB: "http://sh:1", AWS_ENDPOINT_URL_GUARDDUTY: "http://gd:3" };
    expect(resolveTarget({}, env, GUARDDUTY).endpoint.href).toBe("http://gd:3/");
    expect(resolveTarget({}, { AWS_ENDPOINT_URL_SECURITYHUB: "http://sh:1" }, GUARDDUTY).endpoint.href).toBe("https://guardduty.us-east-1.amazonaws.com/");
    expect(resolveTarget({}, env).endpoint.href).toBe("http://sh:1/");
  });

  it.each([
    ["not a url", "not a URL"],
    ["ftp://host", "only http and https"],
    ["http://user:pw@host", "credentials do not belong"],
    ["http://host/?q=1", "no query string"],
  ])("rejects the endpoint %s", (endpoint, message) => {
    expect(() => resolveTarget({ endpoint }, {})).toThrow(message);
  });

  it("tells AWS endpoints from emulators", () => {
    expect(isAwsEndpoint(new URL("https://securityhub.us-east-1.amazonaws.com"))).toBe(true);
    expect(isAwsEndpoint(new URL("http://localhost.localstack.cloud:4566"))).toBe(false);
    expect(isAwsEndpoint(new URL("http://amazonaws.com.evil.example"))).toBe(false);
  });
});
