/** `npm run spec:vendor` on models made here: the same model gives the same extract, byte for byte. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_MODEL_PATH } from "../specs/botocore-model.ts";
import { modelProvenance } from "../specs/model-provenance.ts";
import { specFile, type ServiceDescriptor } from "../specs/service-descriptor.ts";
import { GUARDDUTY, SECURITY_HUB, SERVICES } from "../specs/services/index.ts";
import { vendorModel } from "./vendor-model.ts";

const dir = mkdtempSync(join(tmpdir(), "spec-vendor-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A botocore folder whose model of the service is `model`, gzipped as botocore ships it. */
function botocoreWith(name: string, version: string, model: string, service: ServiceDescriptor = SECURITY_HUB): string {
  const root = join(dir, name, "botocore");
  mkdirSync(join(root, "data", service.name, service.model.apiVersion), { recursive: true });
  writeFileSync(join(root, "__init__.py"), `__version__ = '${version}'\n`);
  writeFileSync(join(root, "data", service.name, service.model.apiVersion, "service-2.json.gz"), gzipSync(model));
  return root;
}

const out = (name: string) => ({ modelPath: join(dir, `${name}.json`), provenancePath: join(dir, `${name}.provenance.json`) });
const nowhere = { python: undefined, directories: [] };

describe("npm run spec:vendor", () => {
  it.each(SERVICES.map((service) => [service.name, service] as const))(
    "takes the vendored %s extract back, byte for byte, from a model holding the family, and records where it came from",
    (name, service) => {
      const vendored = readFileSync(specFile(service, "extract"), "utf8");
      // The family with a service around it: the rest is left out again.
      const model = JSON.parse(vendored);
      model.operations.GetFindings = { name: "GetFindings", http: { method: "POST", requestUri: "/findings" }, input: { shape: "GetFindingsRequest" } };
      model.shapes.GetFindingsRequest = { type: "structure", members: {} };
      const root = botocoreWith(`release-${name}`, "1.43.11", JSON.stringify(model), service);
      const { provenance } = vendorModel({
        ...(service === SECURITY_HUB ? {} : { service }),
        from: undefined,
        date: "2026-12-07",
        search: { python: undefined, directories: [{ where: "here", directory: root }] },
        ...out(name),
      });
      expect(readFileSync(out(name).modelPath, "utf8")).toBe(vendored);
      expect(provenance).toMatchObject({
        service: name,
        apiVersion: service.model.apiVersion,
        botocoreVersion: "1.43.11",
        sourceFile: `botocore/data/${name}/${service.model.apiVersion}/service-2.json.gz`,
        vendoredOn: "2026-12-07",
        extractSha256: modelProvenance(service).extractSha256,
      });
      expect(JSON.parse(readFileSync(out(name).provenancePath, "utf8"))).toEqual(provenance);
    },
  );

  it("refuses a Security Hub model as GuardDuty's, naming what it lacks", () => {
    const root = botocoreWith("confused", "1.43.11", readFileSync(DEFAULT_MODEL_PATH, "utf8"), GUARDDUTY);
    expect(() => vendorModel({ service: GUARDDUTY, from: root, date: "2026-12-07", search: nowhere, ...out("confused") })).toThrow(
      "lacks CreateDetector, DeleteDetector, ListDetectors",
    );
  });

  it.each([
    ["a model without the family", () => ({ from: fileURLToPath(new URL("./model-fixtures/botocore", import.meta.url)) }), "lacks DisableSecurityHub"],
    ["no model anywhere", () => ({ from: undefined }), "found no botocore holding the AWS Security Hub model"],
    ["a model outside a botocore release", () => ({ from: DEFAULT_MODEL_PATH.pathname }), "its version is unknown"],
  ])("refuses %s, writing nothing", (_what, options, message) => {
    expect(() => vendorModel({ date: "2026-12-07", search: nowhere, ...out("refused"), ...options() })).toThrow(message);
    expect(() => readFileSync(out("refused").modelPath)).toThrow();
  });
});
