import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH, readServiceModel } from "./botocore-model.ts";
import { extractFamily, FAMILY_OPERATIONS, renderExtract } from "./model-family.ts";
import { modelProvenance } from "./model-provenance.ts";

const text = readFileSync(DEFAULT_MODEL_PATH, "utf8");

describe("the vendored model", () => {
  it("is the family's extract of itself, byte for byte: what `npm run spec:vendor` writes", () => {
    expect(renderExtract(extractFamily(readServiceModel()))).toBe(text);
    expect(Object.keys(readServiceModel().operations)).toEqual([...FAMILY_OPERATIONS]);
  });

  it("is the extract its provenance describes", () => {
    const provenance = modelProvenance();
    expect(createHash("sha256").update(text).digest("hex")).toBe(provenance.extractSha256);
    expect(provenance.apiVersion).toBe(readServiceModel().metadata.apiVersion);
    expect(provenance.serviceId).toBe(readServiceModel().metadata.serviceId);
    expect(provenance.sourceFile).toBe(`botocore/data/${provenance.service}/${provenance.apiVersion}/service-2.json.gz`);
    expect(provenance.vendoredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(provenance.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
