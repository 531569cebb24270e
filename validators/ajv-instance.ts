/** One ajv (JSON Schema draft 2020-12, strict) per process, with a compiled-validator cache keyed by schema object. */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { JsonSchema } from "../specs/shape-schema.ts";
import { ajvLinearRegExp } from "./linear-regexp.ts";

// ajv-formats ships CommonJS whose default export TypeScript sees as the module namespace.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

// Patterns run on whatever a target or a client sends, so they are matched in linear time (linear-regexp.ts).
// The schemas are the suite's own (the committed spec's, the certificate's): ajv-instance.test.ts holds every one to
// the 2020-12 meta-schema, so a run does not compile that meta-schema to check them again on every start.
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: true, validateSchema: false, code: { regExp: ajvLinearRegExp } }));
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

export function compile(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
