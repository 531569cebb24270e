/**
 * The member-invitation family as a part of a service's AWS model: the operations its descriptor names, and the extract
 * of a whole botocore service model the suite vendors (`specs/sources/<service>-members.service-2.json`): those
 * operations, every shape and error they reach, and the model's metadata. `npm run spec:vendor` writes it;
 * `npm run spec:check` compares it with the models it finds.
 */
import type { Operation, ServiceModel, Shape, ShapeRef } from "./botocore-model.ts";
import { SECURITY_HUB } from "./services/securityhub.ts";

/** Security Hub's family operations, in the order the extract and the statements keep them (its descriptor's). */
export const FAMILY_OPERATIONS: readonly string[] = SECURITY_HUB.operations;

/**
 * The family's part of a model: its operations (those of `operations` the model has, in that order), the
 * shapes their inputs, outputs and errors reach (by name), and the metadata as the model states it.
 */
export function extractFamily(model: ServiceModel, operations: readonly string[] = FAMILY_OPERATIONS): ServiceModel {
  const kept: Record<string, Operation> = {};
  for (const name of operations) {
    const operation = model.operations[name];
    if (operation) kept[name] = operation;
  }
  const reached = new Set<string>();
  const visit = (name: string): void => {
    if (reached.has(name)) return;
    const shape: Shape | undefined = model.shapes[name];
    if (!shape) throw new Error(`the model has no shape named ${name}, which the family reaches`);
    reached.add(name);
    for (const ref of shapeRefs(shape)) visit(ref.shape);
  };
  for (const operation of Object.values(kept)) {
    for (const ref of [operation.input, operation.output, ...(operation.errors ?? [])]) if (ref) visit(ref.shape);
  }
  const shapes = Object.fromEntries([...reached].sort().map((name) => [name, model.shapes[name]!]));
  return { metadata: model.metadata, operations: kept, shapes };
}

/** The family operations a model lacks. */
export function missingOperations(model: ServiceModel, operations: readonly string[] = FAMILY_OPERATIONS): string[] {
  return operations.filter((name) => !model.operations[name]);
}

/** The shapes a shape refers to: its members, list member, map key and value. */
export function shapeRefs(shape: Shape): ShapeRef[] {
  return [...Object.values(shape.members ?? {}), shape.member, shape.key, shape.value].filter((ref): ref is ShapeRef => ref !== undefined);
}

/** The extract's exact text: one-space indent, as the vendored file has always been written, and a final newline. */
export function renderExtract(extract: ServiceModel): string {
  return `${JSON.stringify(extract, null, 1)}\n`;
}
