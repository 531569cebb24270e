/** Alternative emulators built on the reference emulator's extension point, to prove the suite's verdicts. */
import type { Behaviour } from "../emulator/index.ts";

export interface Variant {
  /** One line: a faulty variant quotes the documented rule it breaks; a tolerant one names the undocumented choice it makes. */
  description: string;
  name: string;
  kind: "faulty" | "tolerant";
  /** For a faulty variant: the check whose finding must catch it. */
  caughtBy?: string;
  /** A fresh behaviour per emulator (some keep counters); its name and description are the variant's. */
  behaviour: () => VariantBehaviour;
}

export type VariantBehaviour = Omit<Behaviour, "name" | "description">;

/** The variant as a behaviour for `startEmulator`. */
export function behaviourOf(variant: Variant): Behaviour {
  return { ...variant.behaviour(), name: variant.name, description: variant.description };
}
