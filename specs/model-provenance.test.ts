import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH, readServiceModel } from "./botocore-model.ts";
import { extractFamily, FAMILY_OPERATIONS, renderExtract } from "./model-family.ts";
import { modelProvenance } from "./model-provenance.ts";
import { specFile } from "./service-descriptor.ts";
import { BUILT_IN_SERVICES, SECURITY_HUB } from "./services/index.ts";

describe.each(BUILT_IN_SERVICES.map((service) => [service.name, service] as const))("the vendored %s model", (_name, service) => {
  const text = readFileSync(specFile(service, "extract"), "utf8");
  const model = readServiceModel(specFile(service, "extract"));

  it("is the family's extract of itself, byte for byte: what `npm run spec:vendor` writes", () => {
    expect(renderExtract(extractFamily(model, service.operations))).toBe(text);
    expect(Object.keys(model.operations)).toEqual([...service.operations]);
  });

  it("is the extract its provenance describes", () => {
    const provenance = modelProvenance(service);
    expect(provenance.service).toBe(service.name);
    expect(createHash("sha256").update(text).digest("hex")).toBe(provenance.extractSha256);
    expect(provenance.apiVersion).toBe(model.metadata.apiVersion);
    expect(provenance.apiVersion).toBe(service.model.apiVersion);
    expect(provenance.serviceId).toBe(model.metadata.serviceId);
    expect(provenance.sourceFile).toBe(`botocore/data/${provenance.service}/${provenance.apiVersion}/service-2.json.gz`);
    expect(provenance.vendoredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(provenance.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

it("reads Security Hub's model, operations and provenance where no service is named", () => {
  expect(DEFAULT_MODEL_PATH.href).toBe(specFile(SECURITY_HUB, "extract").href);
  expect([...FAMILY_OPERATIONS]).toEqual([...SECURITY_HUB.operations]);
  expect(modelProvenance()).toBe(modelProvenance(SECURITY_HUB));
});
