/** Family 4 and the state it implies: which accounts a batch processes, and what that changes. */
import { scenarioTests, suiteScenarios } from "./harness.ts";

const { spec, scenarios } = await suiteScenarios("semantics");
scenarioTests("UnprocessedAccounts semantics", spec, scenarios);
