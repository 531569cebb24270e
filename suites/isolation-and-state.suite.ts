/** Families 5–6: isolation between accounts, and model-based sequences of membership commands. */
import { isolationScenario } from "../conformance/scenarios/isolation.ts";
import { stateMachineScenario } from "../conformance/scenarios/state-machine.ts";
import { loadSpec } from "../specs/load-spec.ts";
import { scenarioTests } from "./harness.ts";

const spec = await loadSpec();
scenarioTests("isolation and state", spec, [isolationScenario("DeclineInvitations"), isolationScenario("DeleteInvitations"), stateMachineScenario]);
