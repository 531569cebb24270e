/** Families 5–6: isolation between accounts, and model-based sequences of membership commands. */
import { scenarioTests, suiteScenarios } from "./harness.ts";

const { spec, scenarios } = await suiteScenarios("isolation-and-state");
scenarioTests("isolation and state", spec, scenarios);
