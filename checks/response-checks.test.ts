import { describe, expect, it } from "vitest";
import { loadSpec } from "../specs/load-spec.ts";
import { operationOf } from "../specs/spec-model.ts";
import type { RequestRule } from "../validators/request-rules.ts";
import type { CheckContext, RequestIntent } from "./check-context.ts";
import type { CheckSource } from "./finding.ts";
import { awsError, exchangeOf, type ExchangeFixture } from "./exchange.fixture.ts";
import { checkResponse } from "./response-checks.ts";
import { fastestMs, linearBudgetMs } from "../tools/linear-time.fixture.ts";

const spec = await loadSpec();
const VALID: RequestIntent = { kind: "valid" };
/** Valid input the state lets succeed: refusing it is a failure. */
const ADMITTED: RequestIntent = { kind: "valid", stateAdmitsSuccess: true };
const invalid = (rule: RequestRule, at: string, source: CheckSource = "reference-page", stateErrors: string[] = []): RequestIntent => ({
  kind: "invalid",
  rule,
  at,
  source,
  stateErrors,
});
const INVALID = invalid("pattern-violation", "/AccountIds/0");
/** A rule only the AWS model states, on an operation around the two documented ones. */
const MODEL_ONLY = invalid("size-violation", "/Tags", "aws-model", ["ResourceConflictException"]);
const ids = { AccountIds: ["111111111111", "222222222222"] };
const context = (operation: string, intent: RequestIntent, strict = false): CheckContext => ({
  service: spec.service,
  operation: operationOf(spec, operation),
  intent,
  serviceErrors: spec.errors,
  strict,
});

const verdicts = (intent: RequestIntent, fixture: ExchangeFixture, operation = "InviteMembers", strict = false): string[] =>
  checkResponse(context(operation, intent, strict), exchangeOf({ requestBody: ids, operation, ...fixture })).map(
    (f) => `${f.severity === "warning" ? "warning " : ""}${f.check}`,
  );

describe("checkResponse accepts every reasonable choice", () => {
  it.each<[string, RequestIntent, ExchangeFixture, string?]>([
    ["a success listing nothing", VALID, { status: 200, body: { UnprocessedAccounts: [] } }],
    ["a success omitting the empty list", VALID, { status: 200, body: {} }],
    [
      "unprocessed accounts in any order",
      VALID,
      {
        status: 200,
        body: {
          UnprocessedAccounts: [
            { AccountId: "222222222222", ProcessingResult: "b" },
            { AccountId: "111111111111", ProcessingResult: "a" },
          ],
        },
      },
    ],
    ["Content-Encoding identity", VALID, { status: 200, headers: { "content-encoding": "identity" }, body: {} }],
    ["a charset parameter", VALID, { status: 200, headers: { "content-type": "application/json; charset=utf-8" }, body: {} }],
    ["an empty body where the output has no members", VALID, { status: 200, text: "" }, "EnableSecurityHub"],
    ["a documented error for valid input", VALID, awsError(404, "ResourceNotFoundException")],
    ["InvalidInputException for valid input (the service may reject ids semantically)", VALID, awsError(400, "InvalidInputException")],
    ["a documented state error for input the state admits", ADMITTED, awsError(404, "ResourceNotFoundException")],
    ["throttling of input the state admits (retried, judged by availability)", ADMITTED, awsError(400, "ThrottlingException")],
    ["an error about the caller for input the state admits", ADMITTED, awsError(400, "AccessDeniedException")],
    ["an error named only by the body's code, with a lowercase message", VALID, { status: 401, body: { code: "InvalidAccessException", message: "no" } }],
    ["an error named by a namespaced __type", VALID, { status: 401, body: { __type: "com.amazonaws.securityhub#InvalidAccessException", Message: "no" } }],
    [
      "a header with a URI suffix",
      VALID,
      { status: 429, headers: { "x-amzn-errortype": "LimitExceededException:http://internal.amazon.com/" }, body: { Message: "slow down" } },
    ],
    ["a common error", VALID, awsError(403, "UnrecognizedClientException")],
    ["invalid input rejected with InvalidInputException", INVALID, awsError(400, "InvalidInputException")],
    ["malformed JSON rejected with SerializationException", invalid("not-json", "", "restjson1"), awsError(400, "SerializationException")],
    [
      "invalid input to an operation without InvalidInputException rejected with ValidationException",
      MODEL_ONLY,
      awsError(400, "ValidationException"),
      "EnableSecurityHub",
    ],
    ["a state refusal before validation (enabling an enabled hub)", MODEL_ONLY, awsError(409, "ResourceConflictException"), "EnableSecurityHub"],
    ["a null member in a success, read as unset", VALID, { status: 200, body: { Invitations: [], NextToken: null } }, "ListInvitations"],
    ["an error the operation does not list but AWS's common errors define", VALID, awsError(400, "ValidationException")],
  ])("%s", (_name, intent, fixture, operation) => {
    expect(verdicts(intent, fixture, operation)).toEqual([]);
  });
});

describe("checkResponse catches each deviation with its own check", () => {
  it.each<[string, RequestIntent, ExchangeFixture, string[]]>([
    ["an undocumented status", VALID, { status: 302, body: {} }, ["status-codes/documented-status"]],
    ["a 500 for valid input", VALID, awsError(500, "InternalException"), ["status-codes/no-5xx-for-valid-input"]],
    ["a success for invalid input", INVALID, { status: 200, body: {} }, ["status-codes/invalid-input-rejected"]],
    ["a 500 for invalid input", INVALID, awsError(500, "InternalException"), ["status-codes/invalid-input-rejected"]],
    ["a 404 for invalid input", INVALID, awsError(404, "ResourceNotFoundException"), ["status-codes/invalid-input-rejected"]],
    ["a 5xx for input breaking a model-only rule", MODEL_ONLY, awsError(500, "InternalException"), ["status-codes/invalid-input-rejected"]],
    ["a success for input breaking a model-only rule (a leniency)", MODEL_ONLY, { status: 200, body: {} }, ["warning status-codes/model-constraint-enforced"]],
    ["a success for malformed JSON (restJson1)", invalid("not-json", "", "restjson1"), { status: 200, body: {} }, ["status-codes/invalid-input-rejected"]],
    [
      "a success for a query value that does not parse (restJson1)",
      invalid("malformed-value", "/MaxResults", "restjson1"),
      { status: 200, body: {} },
      ["status-codes/invalid-input-rejected"],
    ],
    ["an error the service defines for other operations", VALID, awsError(409, "ResourceConflictException"), ["warning error-shapes/service-wide-type"]],
    [
      "a service-wide error with the wrong status",
      VALID,
      awsError(400, "ResourceConflictException"),
      ["warning error-shapes/service-wide-type", "error-shapes/status-matches-type"],
    ],
    ["an error without a type", VALID, { status: 404, body: { Message: "gone" } }, ["error-shapes/named"]],
    [
      "an error type and status no part of the service uses",
      VALID,
      awsError(418, "TeapotException"),
      ["status-codes/documented-status", "error-shapes/documented-type"],
    ],
    ["an unknown error type", VALID, awsError(400, "BadThingHappened"), ["error-shapes/documented-type"]],
    ["input the state admits refused as invalid", ADMITTED, awsError(400, "InvalidInputException"), ["status-codes/valid-input-accepted"]],
    ["input the state admits refused by a Smithy server", ADMITTED, awsError(400, "ValidationException"), ["status-codes/valid-input-accepted"]],
    [
      "input the state admits refused with a bare 400",
      ADMITTED,
      { status: 400, body: { Message: "bad" } },
      ["status-codes/valid-input-accepted", "error-shapes/named"],
    ],
    ["a type that does not match its status", VALID, awsError(404, "InvalidAccessException"), ["error-shapes/status-matches-type"]],
    ["an error without a message", VALID, { status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, body: {} }, ["error-shapes/message"]],
    ["a blank message", VALID, awsError(404, "ResourceNotFoundException", "  "), ["error-shapes/message"]],
    [
      "an error body that is not JSON",
      VALID,
      { status: 404, headers: { "x-amzn-errortype": "ResourceNotFoundException" }, text: "<html>not found</html>" },
      ["error-shapes/json-body"],
    ],
    [
      "an error served as text/plain",
      VALID,
      { ...awsError(404, "ResourceNotFoundException"), headers: { "x-amzn-errortype": "ResourceNotFoundException", "content-type": "text/plain" } },
      ["error-shapes/content-type"],
    ],
    ["a 201 success", VALID, { status: 201, body: {} }, ["status-codes/documented-status", "success-shapes/success-status"]],
    ["an empty success body for an operation with output members", VALID, { status: 200, text: "" }, ["success-shapes/json-body"]],
    ["a success body that is not JSON", VALID, { status: 200, text: "OK" }, ["success-shapes/json-body"]],
    ["a success served as text/plain", VALID, { status: 200, headers: { "content-type": "text/plain" }, body: {} }, ["success-shapes/content-type"]],
    ["UnprocessedAccounts of the wrong type", VALID, { status: 200, body: { UnprocessedAccounts: "none" } }, ["success-shapes/schema"]],
    ["a misspelt member", VALID, { status: 200, body: { UnprocessedAccount: [] } }, ["warning success-shapes/unknown-members"]],
    [
      "an entry for an account not in the request",
      VALID,
      { status: 200, body: { UnprocessedAccounts: [{ AccountId: "999999999999", ProcessingResult: "x" }] } },
      ["unprocessed-accounts/entry-from-request"],
    ],
    [
      "an entry whose id differs from the one sent",
      VALID,
      { status: 200, body: { UnprocessedAccounts: [{ AccountId: "111111111111 ", ProcessingResult: "x" }] } },
      ["unprocessed-accounts/entry-from-request"],
    ],
    [
      "an id listed twice",
      VALID,
      {
        status: 200,
        body: {
          UnprocessedAccounts: [
            { AccountId: "111111111111", ProcessingResult: "x" },
            { AccountId: "111111111111", ProcessingResult: "y" },
          ],
        },
      },
      ["unprocessed-accounts/no-duplicates"],
    ],
    [
      "a blank reason",
      VALID,
      { status: 200, body: { UnprocessedAccounts: [{ AccountId: "111111111111", ProcessingResult: " " }] } },
      ["success-shapes/schema", "unprocessed-accounts/processing-result"],
    ],
    ["a missing reason", VALID, { status: 200, body: { UnprocessedAccounts: [{ AccountId: "111111111111" }] } }, ["unprocessed-accounts/processing-result"]],
    ["a success body that is not valid UTF-8", VALID, { status: 200, body: { UnprocessedAccounts: [] }, invalidUtf8: true }, ["success-shapes/utf-8"]],
    ["an error body that is not valid UTF-8", VALID, { ...awsError(404, "ResourceNotFoundException"), invalidUtf8: true }, ["error-shapes/utf-8"]],
    [
      "a gzip-coded success the request did not accept",
      VALID,
      { status: 200, headers: { "content-encoding": "gzip" }, text: "\u001f\u008b\b" },
      ["success-shapes/json-body", "success-shapes/content-coding"],
    ],
    [
      "a gzip-coded error the request did not accept",
      VALID,
      { ...awsError(404, "ResourceNotFoundException"), headers: { "x-amzn-errortype": "ResourceNotFoundException", "content-encoding": "gzip" } },
      ["error-shapes/content-coding"],
    ],
  ])("%s", (_name, intent, fixture, expected) => {
    expect(verdicts(intent, fixture)).toEqual(expected);
  });

  it("allows an id twice when the request named it twice", () => {
    const exchange = exchangeOf({
      requestBody: { AccountIds: ["1", "1"] },
      status: 200,
      body: {
        UnprocessedAccounts: [
          { AccountId: "1", ProcessingResult: "x" },
          { AccountId: "1", ProcessingResult: "x" },
        ],
      },
    });
    expect(checkResponse(context("InviteMembers", VALID), exchange)).toEqual([]);
  });

  it("reads the ids of CreateMembers from AccountDetails", () => {
    const exchange = exchangeOf({
      operation: "CreateMembers",
      requestBody: { AccountDetails: [{ AccountId: "1" }] },
      status: 200,
      body: { UnprocessedAccounts: [{ AccountId: "2", ProcessingResult: "x" }] },
    });
    expect(checkResponse(context("CreateMembers", VALID), exchange).map((f) => f.check)).toEqual(["unprocessed-accounts/entry-from-request"]);
  });

  it("gives each finding the facts, the quoted rule, its source and a stable key", () => {
    const [, finding] = checkResponse(context("InviteMembers", VALID), exchangeOf(awsError(418, "TeapotException")));
    expect(finding).toMatchObject({
      family: "error-shapes",
      source: "reference-page",
      operation: "InviteMembers",
      facts: { status: 418, errorType: "TeapotException" },
      key: "error-shapes/documented-type|InviteMembers|TeapotException",
      // The rule every service shares; a run's findings carry it as the service's documentation words it (case-run.ts).
      rule: expect.stringContaining("lists the errors of the operation"),
    });
  });

  it("turns a leniency into a failure with --strict, and only then", () => {
    const accepted: ExchangeFixture = { status: 200, body: {} };
    expect(verdicts(MODEL_ONLY, accepted, "EnableSecurityHub", true)).toEqual(["status-codes/model-constraint-enforced"]);
    expect(verdicts(INVALID, accepted, "InviteMembers", true)).toEqual(["status-codes/invalid-input-rejected"]);
  });
});

describe("checkResponse on pathological answers (issue 10)", () => {
  it("judges a success whose ProcessingResult is 1 MiB of blanks in linear time", () => {
    const valid = context("InviteMembers", VALID);
    // Warm the compiled validator: the bound is on the matching, not on compiling.
    checkResponse(valid, exchangeOf({ requestBody: ids, status: 200, body: { UnprocessedAccounts: [{ AccountId: "111111111111", ProcessingResult: " " }] } }));
    const blanks = " ".repeat(1024 * 1024);
    const exchange = exchangeOf({ requestBody: ids, status: 200, body: { UnprocessedAccounts: [{ AccountId: "111111111111", ProcessingResult: blanks }] } });
    let checks: string[] = [];
    expect(fastestMs(() => void (checks = checkResponse(valid, exchange).map((f) => f.check)))).toBeLessThan(linearBudgetMs(1024 * 1024));
    expect(checks).toContain("success-shapes/schema");
  });

  it("judges an error whose Message is 1 MiB of blanks in linear time", () => {
    const valid = context("InviteMembers", VALID);
    checkResponse(valid, exchangeOf({ requestBody: ids, ...awsError(400, "InvalidInputException", " ") }));
    const exchange = exchangeOf({ requestBody: ids, ...awsError(400, "InvalidInputException", " ".repeat(1024 * 1024)) });
    let checks: string[] = [];
    expect(fastestMs(() => void (checks = checkResponse(valid, exchange).map((f) => f.check)))).toBeLessThan(linearBudgetMs(1024 * 1024));
    expect(checks).toContain("error-shapes/message");
  });
});
