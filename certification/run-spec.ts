/**
 * The spec a run certifies: a built-in service's (`service`), or one made from a botocore rest-json model file
 * (`model`, `operations`), certified for protocol and shapes. What cannot be certified so fails here, before anything
 * is sent, with a CertifyError saying why (exit 2 from the command).
 */
import { RUN_DEFAULTS, type RunConfig } from "../conformance/run-config.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { EMULATED_SERVICES } from "../emulator/index.ts";
import { loadServiceSpec } from "../specs/load-spec.ts";
import { certifiableModelSpec } from "../conformance/model-file-spec.ts";
import { ModelFileError } from "../specs/model-file.ts";
import { hasFamily } from "../specs/service-descriptor.ts";
import { serviceNamed } from "../specs/services/index.ts";
import type { Spec } from "../specs/spec-model.ts";
import { CertifyError } from "./certify-error.ts";

type SpecOptions = Pick<Partial<RunConfig>, "service" | "model" | "operations" | "profile"> & {
  endpoint?: string | undefined;
  realAccount?: boolean | undefined;
  parity?: unknown;
};

export async function runSpecOf(options: SpecOptions): Promise<Spec> {
  const spec = await loadSpec(options);
  const realAccount = options.realAccount === true || options.profile === "real-account";
  if (realAccount && !hasFamily(spec.service))
    throw new CertifyError(
      "CERTIFY_BAD_OPTION",
      `${spec.service.title} is certified for protocol and shapes only, and such a run plays emulators and mocks, not real accounts: it would send generated input to operations whose effects and costs the suite does not know, and the real-account safeguards are written for a member-invitation family.`,
    );
  if (options.parity !== undefined && !hasFamily(spec.service))
    throw new CertifyError(
      "CERTIFY_BAD_OPTION",
      `${spec.service.title} is certified for protocol and shapes only: parity compares runs of a member-invitation family`,
    );
  if (options.endpoint === undefined && (spec.service.modelFile !== undefined || !EMULATED_SERVICES.includes(spec.service.name)))
    throw new CertifyError(
      "CERTIFY_BAD_OPTION",
      `the suite embeds no emulator of ${spec.service.modelFile ? `the model file's ${spec.service.title}` : spec.service.title} (it emulates ${EMULATED_SERVICES.join(", ")}): name the target with an endpoint`,
    );
  try {
    // Made once per spec and kept: a shape the generators cannot draw from fails here rather than in the run.
    allScenarios(spec);
  } catch (error) {
    throw new CertifyError("CERTIFY_BAD_OPTION", `the suite cannot make inputs for ${spec.service.title}'s operations: ${(error as Error).message}`);
  }
  return spec;
}

async function loadSpec(options: SpecOptions): Promise<Spec> {
  if (options.model === undefined) {
    if (options.operations !== undefined) throw new CertifyError("CERTIFY_BAD_OPTION", "operations go with a model file: name one with model (--model FILE)");
    try {
      return await loadServiceSpec(serviceNamed(options.service ?? RUN_DEFAULTS.service));
    } catch (error) {
      throw new CertifyError("CERTIFY_BAD_OPTION", (error as Error).message);
    }
  }
  if (options.service !== undefined)
    throw new CertifyError("CERTIFY_BAD_OPTION", "a model file names its own service: give either a service (--service) or a model file (--model), not both");
  try {
    return certifiableModelSpec(options.model, options.operations);
  } catch (error) {
    if (error instanceof ModelFileError) throw new CertifyError("CERTIFY_BAD_OPTION", error.message);
    throw error;
  }
}
