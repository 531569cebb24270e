/** Describes an operation of the generated OpenAPI document the way its API reference page would. */
import { EXT } from "./extensions.ts";
import type { MemberDescription, OperationDescription } from "./operation-description.ts";
import type { JsonSchema } from "./shape-schema.ts";

type Document = { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, JsonSchema> } };

export function describeFromOpenApi(document: Document, operationName: string): OperationDescription {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries<Record<string, any>>(item)) {
      if (op[EXT.operation] !== operationName) continue;
      const schemas = new SchemaNames(document);
      const request = op.requestBody?.content?.["application/json"]?.schema as JsonSchema | undefined;
      const [successStatus, success] = Object.entries<Record<string, any>>(op.responses).find(([, r]) => !r[EXT.errors])!;
      const response = success.content?.["application/json"]?.schema as JsonSchema | undefined;
      const errors: Record<string, number> = {};
      for (const [status, r] of Object.entries<Record<string, any>>(op.responses)) {
        for (const name of (r[EXT.errors] as string[] | undefined) ?? []) errors[name] = Number(status);
      }
      const requestObject = request ? schemas.resolve(request) : undefined;
      const required = new Set((requestObject?.required as string[] | undefined) ?? []);
      return {
        name: operationName,
        method: method.toUpperCase(),
        path,
        requestSkeleton: request ? schemas.skeleton(request) : undefined,
        requestMembers: schemas.properties(request).map(([name, schema]): MemberDescription => {
          const pattern = schemas.pattern(schema);
          return { name, type: schemas.typeName(schema), ...(pattern ? { pattern } : {}), required: required.has(name) };
        }),
        successStatus: Number(successStatus),
        responseSkeleton: response ? schemas.skeleton(response) : undefined,
        responseMembers: schemas.properties(response).map(([name, schema]) => ({ name, type: schemas.typeName(schema) })),
        errors,
      };
    }
  }
  throw new Error(`the OpenAPI document has no operation ${operationName}`);
}

class SchemaNames {
  constructor(private readonly document: Document) {}

  resolve(schema: JsonSchema): JsonSchema {
    const ref = schema.$ref as string | undefined;
    return ref ? this.resolve(this.document.components.schemas[ref.split("/").at(-1)!]!) : schema;
  }

  properties(schema: JsonSchema | undefined): [string, JsonSchema][] {
    if (!schema) return [];
    return Object.entries((this.resolve(schema).properties as Record<string, JsonSchema> | undefined) ?? {});
  }

  /** The Type line of a reference page: structures by their shape name, lists as `array of X`. */
  typeName(schema: JsonSchema): string {
    const resolved = this.resolve(schema);
    switch (resolved.type) {
      case "array":
        return `array of ${this.typeName(resolved.items as JsonSchema)}`;
      case "object":
        if (resolved.additionalProperties) return "map";
        return String(schema.$ref ?? "object")
          .split("/")
          .at(-1)!;
      case "string":
        return resolved.format === "date-time" ? "timestamp" : "string";
      default:
        return String(resolved.type);
    }
  }

  /** Pages give a list's item pattern as the list member's pattern. */
  pattern(schema: JsonSchema): string | undefined {
    const resolved = this.resolve(schema);
    if (resolved.type === "array") return this.pattern(resolved.items as JsonSchema);
    return resolved.pattern as string | undefined;
  }

  skeleton(schema: JsonSchema): unknown {
    const resolved = this.resolve(schema);
    switch (resolved.type) {
      case "object":
        if (resolved.additionalProperties) return { string: this.skeleton(resolved.additionalProperties as JsonSchema) };
        return Object.fromEntries(this.properties(resolved).map(([name, member]) => [name, this.skeleton(member)]));
      case "array":
        return [this.skeleton(resolved.items as JsonSchema)];
      case "string":
        return resolved.format === "date-time" ? "number" : "string";
      case "integer":
      case "number":
        return "number";
      default:
        return String(resolved.type);
    }
  }
}
