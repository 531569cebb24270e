import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { percentEncode } from "../protocol/uri-path.ts";
import { signedHeaders, type SigningCredentials, type UnsignedRequest } from "./sigv4.ts";

/** The AWS SDK's signer, configured as the SDK's Security Hub client signs (restJson1, no checksum header). */
async function sdkSigned(credentials: SigningCredentials, region: string, service: string, request: UnsignedRequest, signingDate: Date) {
  const signer = new SignatureV4({ credentials, region, service, sha256: Hash.bind(null, "sha256"), uriEscapePath: true, applyChecksum: false });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: "https:",
      hostname: request.host.replace(/:\d+$/, ""),
      ...(/:\d+$/.test(request.host) ? { port: Number(request.host.split(":").at(-1)) } : {}),
      path: request.path,
      query: request.query,
      headers: { ...request.headers, host: request.host },
      ...(request.body !== undefined ? { body: request.body } : {}),
    },
    { signingDate },
  );
  return signed.headers;
}

const token = fc.stringMatching(/^[A-Za-z0-9/+=_.~ !'()*%-]{0,24}$/);
const headerName = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,15}$/)
  .filter((name) => !["host", "x-amz-date", "x-amz-security-token", "authorization"].includes(name));

describe("signedHeaders", () => {
  it("signs AWS's published example (get-vanilla of the SigV4 test suite) as AWS does", () => {
    const headers = signedHeaders(
      { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY" },
      { region: "us-east-1", service: "service" },
      { method: "GET", host: "example.amazonaws.com", path: "/", query: {}, headers: {}, body: undefined },
      new Date("2015-08-30T12:36:00Z"),
    );
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
    );
    expect(headers["x-amz-date"]).toBe("20150830T123600Z");
  });

  test.prop(
    {
      method: fc.constantFrom("GET", "POST", "PATCH", "DELETE"),
      port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
      prefix: fc.constantFrom("", "/base", "/a/./b/../c", "/enc%20oded", "/trailing/"),
      path: fc.constantFrom("/members/invite", "/invitations/decline", "/members/get", "/administrator", "/members"),
      // Not "__proto__": the SDK's signer assigns query names to a plain object, where that one sets the prototype
      // (its canonical query then reads "[object Object]"). The suite's query names are the model's members.
      query: fc.dictionary(
        token.filter((name) => name !== "__proto__"),
        token,
        { maxKeys: 4 },
      ),
      headers: fc.dictionary(headerName, fc.stringMatching(/^[ \t]*[\x21-\x7e]*( {1,3}[\x21-\x7e]+)*[ \t]*$/), { maxKeys: 4 }),
      body: fc.option(fc.string({ unit: "grapheme", maxLength: 64 }), { nil: undefined }),
      sessionToken: fc.option(fc.stringMatching(/^[A-Za-z0-9/+=]{8,40}$/), { nil: undefined }),
      region: fc.constantFrom("us-east-1", "eu-west-1", "ap-southeast-2"),
      secret: fc.stringMatching(/^[A-Za-z0-9/+]{8,40}$/),
      time: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }),
    },
    { numRuns: 300 },
  )("gives the Authorization header and headers the AWS SDK's signer gives", async (input) => {
    const credentials: SigningCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: input.secret, sessionToken: input.sessionToken };
    const request: UnsignedRequest = {
      method: input.method,
      host: new URL(`https://securityhub.${input.region}.amazonaws.com${input.port ? `:${input.port}` : ""}`).host,
      path: `${input.prefix}${input.path}`,
      query: input.query,
      headers: { "user-agent": "securityhub-conformance/0.1", "accept-encoding": "identity", ...input.headers },
      body: input.body,
    };
    const date = new Date(input.time);
    const ours = signedHeaders(credentials, { region: input.region, service: "securityhub" }, request, date);
    expect(ours).toEqual(await sdkSigned(credentials, input.region, "securityhub", request, date));
  });

  test.prop(
    {
      label: fc.string({ unit: "grapheme", minLength: 1, maxLength: 24 }),
      greedy: fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 }),
      secret: fc.stringMatching(/^[A-Za-z0-9/+]{8,40}$/),
    },
    { numRuns: 200 },
  )("signs a path whose labels are percent-encoded as the AWS SDK's signer does, for guardduty", async ({ label, greedy, secret }) => {
    const credentials: SigningCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: secret };
    const request: UnsignedRequest = {
      method: "POST",
      host: "guardduty.eu-west-1.amazonaws.com",
      path: `/detector/${percentEncode(label)}/member/${greedy.map(percentEncode).join("/")}`,
      query: {},
      headers: { "content-type": "application/json" },
      body: '{"accountIds":[]}',
    };
    const date = new Date(Date.UTC(2026, 11, 7));
    expect(signedHeaders(credentials, { region: "eu-west-1", service: "guardduty" }, request, date)).toEqual(
      await sdkSigned(credentials, "eu-west-1", "guardduty", request, date),
    );
  });
});
