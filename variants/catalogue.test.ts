/**
 * The suite against its variant catalogue: every faulty variant is caught by the check it names, and every
 * tolerant variant (a correct implementation making other undocumented choices) is certified. The registry of
 * checks drives the coverage: a check that can fail without a faulty variant proving it fails this test. Each
 * statement a faulty variant claims to break must be proved by its run (variants/statement-proof.ts).
 */
import { describe, expect, it } from "vitest";
import { CHECKS } from "../checks/index.ts";
import { allScenarios } from "../conformance/scenarios/index.ts";
import { runScenarios } from "../conformance/run-scenarios.ts";
import { defaultRunConfig } from "../conformance/run-config.ts";
import { emulatedService, serve } from "../emulator/index.ts";
import { loadServiceSpec, loadSpec } from "../specs/load-spec.ts";
import { loadStatements } from "../specs/load-statements.ts";
import { GUARDDUTY } from "../specs/services/index.ts";
import type { Spec } from "../specs/spec-model.ts";
import type { Statement } from "../specs/statements.ts";
import { catalogueOf, FAULTY_VARIANTS, TOLERANT_VARIANTS } from "./index.ts";
import { claimedStatements, provenStatements, runScope } from "./statement-proof.ts";
import { type AnyVariant, behaviourOf, VARIANT_SERVICE } from "./variant.ts";

const spec = await loadSpec();
const statements = loadStatements(VARIANT_SERVICE);
const guardduty = await loadServiceSpec(GUARDDUTY);
const seed = Date.now() % 2 ** 31;
/**
 * The coverage phase plays every documented rule whatever the budget, so two random cases per scenario prove each
 * variant's verdict here; the deep run, twenty per scenario on a fresh seed, is `npm run mutation` in CI.
 */
const RUNS = 2;
/** How long a faulty variant's run waits for an effect to show (the default, 3 s, is npm run mutation's). */
const FAULTY_SETTLE_MS = 500;

/** The one variant whose handler throws on purpose; any other that does has a bug of its own. */
const PLANTS_A_CRASH = "5xx-for-valid-input";

async function certify(variant: AnyVariant, of: Spec = spec) {
  const faults: string[] = [];
  const emulator = await serve(emulatedService(of.service.name), { behaviours: [behaviourOf(variant)], onFault: (message) => void faults.push(message) });
  try {
    // A faulty variant's effects never show, however long the suite waits: a short wait finds them missing as surely.
    const settleMs = variant.kind === "faulty" ? FAULTY_SETTLE_MS : defaultRunConfig().settleMs;
    const config = {
      ...defaultRunConfig(),
      runs: RUNS,
      settleMs,
      ...variant.config,
      seed,
      endpoint: emulator.url,
      only: runScope(variant, loadStatements(of.service)),
    };
    // Every scenario of the variant's scope plays to its end: each statement it claims needs a failure on its own operation.
    const results = await runScenarios(of, config, allScenarios(of));
    if (variant.name === PLANTS_A_CRASH) expect(faults.length).toBeGreaterThan(0);
    else expect(faults, "a handler of this variant threw").toEqual([]);
    return results;
  } finally {
    await emulator.close();
  }
}

/**
 * A faulty variant's run: no scenario errs, its check finds a failure with a title, a rule and a source, and each
 * statement it claims to break is proved by a failure of that check on an operation the statement is about.
 */
function expectCaughtByItsCheck(variant: AnyVariant, results: Awaited<ReturnType<typeof certify>>, of: readonly Statement[]): void {
  expect(results.filter((r) => r.verdict === "error").map((r) => r.error)).toEqual([]);
  const caught = results.flatMap((r) => r.findings).filter((f) => f.severity === "failure");
  expect(
    caught.map((f) => f.check),
    variant.description,
  ).toContain(variant.caughtBy);
  expect(caught.find((f) => f.check === variant.caughtBy)).toMatchObject({
    title: expect.stringMatching(/\S/),
    rule: expect.stringMatching(/\S/),
    source: expect.any(String),
  });
  const claimed = claimedStatements(variant, of);
  const proven = provenStatements(variant, claimed, caught);
  expect(
    claimed.map((s) => s.id).filter((id) => !proven.includes(id)),
    `the statements ${variant.name} claims to break, each proved by a failure of ${variant.caughtBy} on an operation it is about`,
  ).toEqual([]);
}

describe(`the variant catalogue (seed ${seed})`, () => {
  it.concurrent.each(FAULTY_VARIANTS.map((v) => [v.name, v] as const))("catches %s with its own check", async (_name, variant) => {
    expectCaughtByItsCheck(variant, await certify(variant), statements);
  });

  it.concurrent.each(TOLERANT_VARIANTS.map((v) => [v.name, v] as const))("certifies %s", async (_name, variant) => {
    const results = await certify(variant);
    const failures = results.flatMap((r) => r.findings.filter((f) => f.severity === "failure").map((f) => `${r.scenario}: ${f.title}`));
    expect(failures, variant.description).toEqual([]);
    expect(results.filter((r) => r.verdict !== "passed").map((r) => `${r.scenario}: ${r.error}`)).toEqual([]);
    const warned = new Set(results.flatMap((r) => r.findings.map((f) => f.check)));
    expect(
      (variant.warnedBy ?? []).filter((check) => !warned.has(check)),
      "the warnings this variant's open choices must earn",
    ).toEqual([]);
  });

  it("has a faulty variant for every check that can fail, and a tolerant one for every warning", () => {
    const caughtBy = new Set(FAULTY_VARIANTS.map((v) => v.caughtBy));
    const strictlyCaughtBy = new Set(FAULTY_VARIANTS.filter((v) => v.config?.strict).map((v) => v.caughtBy));
    const warnedBy = new Set(TOLERANT_VARIANTS.flatMap((v) => v.warnedBy ?? []));
    expect(CHECKS.filter((c) => c.severity === "failure" && !caughtBy.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(CHECKS.filter((c) => c.severity === "lenient" && !(strictlyCaughtBy.has(c.id) && warnedBy.has(c.id))).map((c) => c.id)).toEqual([]);
    expect(CHECKS.filter((c) => c.severity === "warning" && !warnedBy.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it("keeps at least twelve tolerant variants, one per open choice the suite must accept", () => {
    expect(TOLERANT_VARIANTS.length).toBeGreaterThanOrEqual(12);
  });
});

describe(`GuardDuty's variant catalogue (seed ${seed})`, () => {
  const catalogue = catalogueOf("guardduty")!;
  const statementsOfGuardDuty = loadStatements(GUARDDUTY);
  it.concurrent.each(catalogue.faulty.map((v) => [v.name, v] as const))("catches %s with its own check", async (_name, variant) => {
    expectCaughtByItsCheck(variant, await certify(variant, guardduty), statementsOfGuardDuty);
  });

  it.concurrent.each(catalogue.tolerant.map((v) => [v.name, v] as const))("certifies %s", async (_name, variant) => {
    const results = await certify(variant, guardduty);
    const failures = results.flatMap((r) => r.findings.filter((f) => f.severity === "failure").map((f) => `${r.scenario}: ${f.title}`));
    expect(failures, variant.description).toEqual([]);
    expect(results.filter((r) => r.verdict !== "passed").map((r) => `${r.scenario}: ${r.error}`)).toEqual([]);
  });

  it("names GuardDuty as the service of every variant, so no other emulator is started with one", () => {
    expect([...catalogue.faulty, ...catalogue.tolerant].filter((v) => v.service !== "guardduty").map((v) => v.name)).toEqual([]);
  });
});
