import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { CERTIFICATE_SCHEMA } from "../reports/write-reports.ts";
import { loadSpec } from "../specs/load-spec.ts";
import type { JsonSchema } from "../specs/shape-schema.ts";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const spec = await loadSpec();

/** Every schema the validators compile at run time, by where it comes from. */
function compiledSchemas(): [string, JsonSchema][] {
  const schemas: [string, JsonSchema | undefined][] = [["certificate", CERTIFICATE_SCHEMA]];
  for (const operation of spec.operations.values()) {
    schemas.push([`${operation.name} body`, operation.body?.schema]);
    for (const parameter of operation.query) schemas.push([`${operation.name} query ${parameter.name}`, parameter.schema]);
    schemas.push([`${operation.name} ${operation.success.status}`, operation.success.schema]);
    for (const error of operation.errors) schemas.push([`${operation.name} ${error.status} ${error.name}`, error.schema]);
  }
  return schemas.filter((entry): entry is [string, JsonSchema] => entry[1] !== undefined);
}

// The run's ajv skips meta-schema validation (ajv-instance.ts): this is where its schemas are checked instead.
describe("the schemas the run compiles", () => {
  const checker = addFormats(new Ajv2020({ strict: true }));

  it.each(compiledSchemas())("%s is a valid JSON Schema 2020-12", (_, schema) => {
    expect(checker.validateSchema(schema), checker.errorsText(checker.errors)).toBe(true);
  });

  it("the check rejects a schema that is not one", () => {
    expect(checker.validateSchema({ type: "strnig" })).toBe(false);
  });
});
