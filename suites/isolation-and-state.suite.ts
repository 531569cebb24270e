/** Families 5–6: isolation between accounts, and model-based sequences of membership commands. */
import { suiteTests } from "./harness.ts";

await suiteTests("isolation-and-state");
