/** Converts botocore shapes to JSON Schema (draft 2020-12) as used inside OpenAPI 3.1. */
import { shapeOf, type ServiceModel, type ShapeRef } from "./botocore-model.ts";

export type JsonSchema = Record<string, unknown>;

export const componentRef = (shapeName: string): JsonSchema => ({ $ref: `#/components/schemas/${shapeName}` });

/** Members bound to the HTTP body: everything without a `location` (query string, headers, URI), by their model names. */
export function bodyMembers(model: ServiceModel, structureName: string): [string, ShapeRef][] {
  return Object.entries(shapeOf(model, structureName).members ?? {}).filter(([, ref]) => ref.location === undefined);
}

/**
 * A member's name on the wire: its `locationName` where the model gives one (GuardDuty's `accountIds` for the member
 * `AccountIds`; the query parameter, header or URI label it binds), else its name in the model. botocore's rest-json
 * serializer and parser read body keys so.
 */
export function wireName(member: string, ref: ShapeRef): string {
  return ref.locationName ?? member;
}

/**
 * The schema of one shape. Structures reference their member shapes through components so the document
 * stays readable; objects stay open to unknown members because AWS clients must ignore what they do not
 * know, and AWS services ignore unknown input members. A structure's properties are its body members by wire name,
 * as the JSON on the wire has them.
 */
export function shapeSchema(model: ServiceModel, shapeName: string): JsonSchema {
  const shape = shapeOf(model, shapeName);
  // A document is any JSON value (Smithy's document type): no schema narrows it.
  if (shape.document) return {};
  const memberSchema = (ref: ShapeRef): JsonSchema => (ref.deprecated ? { ...componentRef(ref.shape), deprecated: true } : componentRef(ref.shape));
  switch (shape.type) {
    case "structure": {
      const members = bodyMembers(model, shapeName);
      const schema: JsonSchema = {
        type: "object",
        properties: Object.fromEntries(members.map(([name, ref]) => [wireName(name, ref), memberSchema(ref)])),
      };
      const required = (shape.required ?? []).flatMap((name) => members.filter(([member]) => member === name).map(([member, ref]) => wireName(member, ref)));
      if (required.length > 0) schema.required = required;
      return schema;
    }
    case "list":
      return withBounds({ type: "array", items: componentRef(requireRef(shape.member, shapeName).shape) }, shape, "Items");
    case "map":
      return withBounds(
        {
          type: "object",
          propertyNames: componentRef(requireRef(shape.key, shapeName).shape),
          additionalProperties: componentRef(requireRef(shape.value, shapeName).shape),
        },
        shape,
        "Properties",
      );
    case "string": {
      const schema: JsonSchema = withBounds({ type: "string" }, shape, "Length");
      if (shape.pattern !== undefined) schema.pattern = shape.pattern;
      if (shape.enum !== undefined) schema.enum = shape.enum;
      return schema;
    }
    case "integer":
    case "long": {
      // The width matters where a value arrives as text (a query string): one that overflows it does not parse.
      const schema: JsonSchema = { type: "integer", format: shape.type === "long" ? "int64" : "int32" };
      // A bound beyond 2^53 (a long's own range, 9223372036854775807) is no number JSON carries exactly: the format says it.
      if (shape.min !== undefined && Number.isSafeInteger(shape.min)) schema.minimum = shape.min;
      if (shape.max !== undefined && Number.isSafeInteger(shape.max)) schema.maximum = shape.max;
      return schema;
    }
    case "double":
    case "float":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "timestamp":
      // In a restJson1 body a timestamp is epoch seconds unless the model says iso8601 (Smithy's restJson1: the
      // default body format is epoch-seconds); query strings and labels read it as parameterSchema says.
      if (shape.timestampFormat === "iso8601") return { type: "string", format: "date-time" };
      if (shape.timestampFormat === undefined || shape.timestampFormat === "unixTimestamp") return { type: "number" };
      throw new Error(`timestamp shape ${shapeName}: format ${shape.timestampFormat} is not supported`);
    case "blob":
      return { type: "string", contentEncoding: "base64" };
  }
}

function requireRef(ref: ShapeRef | undefined, owner: string): ShapeRef {
  if (!ref) throw new Error(`shape ${owner} lacks a member reference`);
  return ref;
}

function withBounds(schema: JsonSchema, shape: { min?: number; max?: number }, suffix: "Items" | "Properties" | "Length"): JsonSchema {
  if (shape.min !== undefined) schema[`min${suffix}`] = shape.min;
  if (shape.max !== undefined) schema[`max${suffix}`] = shape.max;
  return schema;
}

/**
 * The schema of a member bound outside the body. A timestamp there is text (Smithy's restJson1: date-time in a label
 * or the query string unless the model says otherwise, http-date in a header, which the suite does not write);
 * any other shape is its component's.
 */
export function parameterSchema(model: ServiceModel, ref: ShapeRef, where: "uri" | "querystring" | "header"): JsonSchema {
  const shape = shapeOf(model, ref.shape);
  if (shape.type !== "timestamp") return componentRef(ref.shape);
  if (where !== "header" && (shape.timestampFormat === undefined || shape.timestampFormat === "iso8601")) return { type: "string", format: "date-time" };
  if (shape.timestampFormat === "unixTimestamp") return { type: "number" };
  throw new Error(
    `timestamp ${ref.shape} is bound to a ${where === "header" ? "header" : "URI or query value"} as ${shape.timestampFormat ?? "http-date"}, which the suite does not write`,
  );
}
