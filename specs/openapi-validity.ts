/**
 * Whether a document is valid OpenAPI 3.1, by swagger-parser: `npm run spec:generate` refuses to write one that
 * is not, and a test holds the committed document to it. Development-time only: a run reads the committed
 * document without validating it again (specs/load-spec.ts).
 */
import SwaggerParser from "@apidevtools/swagger-parser";

/** Resolves when `document` is valid; rejects with a readable error naming `name` when it is not. */
export async function assertValidOpenApi(document: unknown, name: string): Promise<void> {
  try {
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (error) {
    throw new Error(`${name} is not a valid OpenAPI document: ${(error as Error).message}`);
  }
}
