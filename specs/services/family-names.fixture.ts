/**
 * The names a service's member-invitation family speaks on the wire and in its model, read from its vendored extract
 * (never typed by hand): its operations, the members of the structures its operations take and answer with (by wire
 * name and by model name), and the errors it defines. Tests hold code and service-neutral texts to them.
 */
import { readServiceModel } from "../botocore-model.ts";
import { specFile, type ServiceDescriptor } from "../service-descriptor.ts";

export interface FamilyNames {
  operations: readonly string[];
  /** Members of the family's input, output and nested structures (error shapes left out: their members are the protocol's). */
  members: readonly string[];
  errors: readonly string[];
}

export function familyNames(service: ServiceDescriptor): FamilyNames {
  const model = readServiceModel(specFile(service, "extract"));
  const members = new Set<string>();
  for (const shape of Object.values(model.shapes)) {
    if (shape.type !== "structure" || shape.exception) continue;
    for (const [name, member] of Object.entries(shape.members ?? {})) {
      members.add(name);
      if (member.locationName) members.add(member.locationName);
    }
  }
  return {
    operations: Object.keys(model.operations),
    members: [...members].sort(),
    errors: Object.entries(model.shapes)
      .filter(([, shape]) => shape.exception)
      .map(([name]) => name),
  };
}

/** A name of more than one word (`AccountIds`, `accountIds`, `InviteMembers`): a single word (`Members`, `email`) is also English prose. */
export function isCompound(name: string): boolean {
  return /[a-z][A-Z]/.test(name);
}
