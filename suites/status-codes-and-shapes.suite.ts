/** Families 1–3 for every operation: documented statuses, no 5xx for valid input, 400 for invalid input, error and success shapes. */
import { invalidSites } from "../generators/invalid-request.ts";
import { invalidInputScenario } from "../conformance/scenarios/invalid-input.ts";
import { validInputScenario } from "../conformance/scenarios/valid-input.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { scenarioTests } from "./harness.ts";

const spec = await loadSpec();
const operations = [...spec.operations.values()];
scenarioTests("valid input", spec, operations.map(validInputScenario));
scenarioTests("invalid input", spec, operations.filter((op) => invalidSites(op).length > 0).map(invalidInputScenario));
