import { describe, expect, it } from "vitest";
import { identifyError } from "./error-type.ts";

const URI = "http://internal.amazon.com/coral/com.amazon.coral.validate/";
const NAMESPACE = "aws.protocoltests.restjson";

describe("identifyError", () => {
  // The Smithy restJson1 protocol tests for error names (aws.protocoltests.restjson#FooError).
  it.each([
    ["RestJsonFooErrorUsingXAmznErrorType", { "x-amzn-errortype": "FooError" }, {}, "header"],
    ["RestJsonFooErrorUsingXAmznErrorTypeWithUri", { "x-amzn-errortype": `FooError:${URI}` }, {}, "header"],
    ["RestJsonFooErrorUsingXAmznErrorTypeWithUriAndNamespace", { "x-amzn-errortype": `${NAMESPACE}#FooError:${URI}` }, {}, "header"],
    ["RestJsonFooErrorUsingCode", {}, { code: "FooError" }, "body code"],
    ["RestJsonFooErrorUsingCodeAndNamespace", {}, { code: `${NAMESPACE}#FooError` }, "body code"],
    ["RestJsonFooErrorUsingCodeUriAndNamespace", {}, { code: `${NAMESPACE}#FooError:${URI}` }, "body code"],
    ["RestJsonFooErrorWithDunderType", {}, { __type: "FooError" }, "body __type"],
    ["RestJsonFooErrorWithDunderTypeAndNamespace", {}, { __type: `${NAMESPACE}#FooError` }, "body __type"],
    ["RestJsonFooErrorWithDunderTypeUriAndNamespace", {}, { __type: `${NAMESPACE}#FooError:${URI}` }, "body __type"],
  ])("%s names FooError", (_case, headers, body, source) => {
    expect(identifyError(headers, body)).toMatchObject({ type: "FooError", source });
  });

  it.each([
    ["the header over the body", { "x-amzn-errortype": "FooError" }, { code: "BarError", __type: "BazError" }, "FooError"],
    ["code over __type", {}, { __type: "BazError", code: "BarError" }, "BarError"],
    ["a code key in any case", {}, { CODE: "BarError" }, "BarError"],
    ["the part before a comma", { "x-amzn-errortype": "FooError,Other" }, {}, "FooError"],
    ["nothing, when nothing names it", {}, { Message: "oops" }, undefined],
    ["nothing, for a body that is not an object", {}, ["FooError"], undefined],
    ["nothing, for a blank header", { "x-amzn-errortype": " " }, {}, undefined],
  ])("prefers %s", (_case, headers, body, type) => {
    expect(identifyError(headers, body).type).toBe(type);
  });

  it.each([
    [{ message: "lower" }, "lower"],
    [{ Message: "upper" }, "upper"],
    [{ message: "lower", Message: "upper" }, "lower"],
    [{ Message: 7 }, undefined],
    [undefined, undefined],
  ])("reads the message of %j", (body, message) => {
    expect(identifyError({}, body).message).toBe(message);
  });
});
