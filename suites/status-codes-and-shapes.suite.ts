/** Families 1–3 for every operation: documented statuses, no 5xx for valid input, 400 for invalid input, error and success shapes. */
import { scenarioTests, suiteScenarios } from "./harness.ts";

const { spec, scenarios } = await suiteScenarios("shapes");
scenarioTests("status codes and shapes", spec, scenarios);
