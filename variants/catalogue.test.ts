/**
 * The suite against its variant catalogue: every faulty variant is caught by the check it names, and every
 * tolerant variant (a correct implementation making other undocumented choices) is certified.
 */
import { describe, expect, it } from "vitest";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { startEmulator } from "../emulator/index.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { FAULTY_VARIANTS, TOLERANT_VARIANTS } from "./index.ts";
import { behaviourOf, type Variant } from "./variant.ts";

const spec = await loadSpec();
const scenarios = allScenarios(spec);
const seed = Date.now() % 2 ** 31;

async function certify(variant: Variant) {
  const emulator = await startEmulator({ behaviours: [behaviourOf(variant)] });
  try {
    return await runScenarios(spec, { ...defaultRunConfig(), seed, endpoint: emulator.url }, scenarios, { failFast: variant.kind === "faulty" });
  } finally {
    await emulator.close();
  }
}

describe(`the variant catalogue (seed ${seed})`, () => {
  it.concurrent.each(FAULTY_VARIANTS.map((v) => [v.name, v] as const))("catches %s with its own check", async (_name, variant) => {
    const results = await certify(variant);
    expect(results.filter((r) => r.verdict === "error").map((r) => r.error)).toEqual([]);
    const caught = results.flatMap((r) => r.findings).filter((f) => f.severity === "failure");
    expect(caught.map((f) => f.check), variant.description).toContain(variant.caughtBy);
    expect(caught.find((f) => f.check === variant.caughtBy)).toMatchObject({ title: expect.stringMatching(/\S/), rule: expect.stringMatching(/\S/) });
  });

  it.concurrent.each(TOLERANT_VARIANTS.map((v) => [v.name, v] as const))("certifies %s", async (_name, variant) => {
    const results = await certify(variant);
    const failures = results.flatMap((r) => r.findings.filter((f) => f.severity === "failure").map((f) => `${r.scenario}: ${f.title}`));
    expect(failures, variant.description).toEqual([]);
    expect(results.every((r) => r.verdict === "passed")).toBe(true);
  });

  it("has a faulty variant for every check the suite can fail on", () => {
    const named = new Set(FAULTY_VARIANTS.map((v) => v.caughtBy));
    const checks = ["status-codes/documented-status", "status-codes/no-5xx-for-valid-input", "status-codes/invalid-input-rejected", "error-shapes/named", "error-shapes/documented-type", "error-shapes/status-matches-type", "error-shapes/json-body", "error-shapes/message", "error-shapes/content-type", "success-shapes/success-status", "success-shapes/json-body", "success-shapes/content-type", "success-shapes/schema", "unprocessed-accounts/entry-from-request", "unprocessed-accounts/no-duplicates", "unprocessed-accounts/processing-result", "unprocessed-accounts/ineligible-reported", "unprocessed-accounts/eligible-processed", "state/invite-visible-to-invitee", "state/invite-reflected-for-administrator", "state/unprocessed-has-no-effect", "state/decline-removes-invitation", "state/decline-only-named", "state/accept-needs-invitation", "isolation/list-only-own-invitations", "isolation/others-untouched", "availability/throttled-out"];
    expect(checks.filter((c) => !named.has(c))).toEqual([]);
  });
});
