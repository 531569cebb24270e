/** `npm run spec:vendor` on models made here: the same model gives the same extract, byte for byte. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH } from "../specs/botocore-model.ts";
import { modelProvenance } from "../specs/model-provenance.ts";
import { vendorModel } from "./vendor-model.ts";

const dir = mkdtempSync(join(tmpdir(), "spec-vendor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A botocore folder whose Security Hub model is `model`, gzipped as botocore ships it. */
function botocoreWith(name: string, version: string, model: string): string {
  const root = join(dir, name, "botocore");
  mkdirSync(join(root, "data", "securityhub", "2018-10-26"), { recursive: true });
  writeFileSync(join(root, "__init__.py"), `__version__ = '${version}'\n`);
  writeFileSync(join(root, "data", "securityhub", "2018-10-26", "service-2.json.gz"), gzipSync(model));
  return root;
}

const out = (name: string) => ({ modelPath: join(dir, `${name}.json`), provenancePath: join(dir, `${name}.provenance.json`) });
const nowhere = { python: undefined, directories: [] };

describe("npm run spec:vendor", () => {
  it("takes the vendored extract back, byte for byte, from a model holding the family, and records where it came from", () => {
    const vendored = readFileSync(DEFAULT_MODEL_PATH, "utf8");
    // The family with a service around it: the rest is left out again.
    const model = JSON.parse(vendored);
    model.operations.GetFindings = { name: "GetFindings", http: { method: "POST", requestUri: "/findings" }, input: { shape: "GetFindingsRequest" } };
    model.shapes.GetFindingsRequest = { type: "structure", members: {} };
    const root = botocoreWith("release", "1.43.11", JSON.stringify(model));
    const { provenance } = vendorModel({
      from: undefined,
      date: "2026-12-07",
      search: { python: undefined, directories: [{ where: "here", directory: root }] },
      ...out("a"),
    });
    expect(readFileSync(out("a").modelPath, "utf8")).toBe(vendored);
    expect(provenance).toMatchObject({
      service: "securityhub",
      apiVersion: "2018-10-26",
      botocoreVersion: "1.43.11",
      sourceFile: "botocore/data/securityhub/2018-10-26/service-2.json.gz",
      vendoredOn: "2026-12-07",
      extractSha256: modelProvenance().extractSha256,
    });
    expect(JSON.parse(readFileSync(out("a").provenancePath, "utf8"))).toEqual(provenance);
  });

  it.each([
    ["a model without the family", () => ({ from: fileURLToPath(new URL("./model-fixtures/botocore", import.meta.url)) }), "lacks DisableSecurityHub"],
    ["no model anywhere", () => ({ from: undefined }), "found no botocore holding the Security Hub model"],
    ["a model outside a botocore release", () => ({ from: DEFAULT_MODEL_PATH.pathname }), "its version is unknown"],
  ])("refuses %s, writing nothing", (_what, options, message) => {
    expect(() => vendorModel({ date: "2026-12-07", search: nowhere, ...out("refused"), ...options() })).toThrow(message);
    expect(() => readFileSync(out("refused").modelPath)).toThrow();
  });
});
