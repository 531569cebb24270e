/** Family 4 and the state it implies: which accounts a batch processes, and what that changes. */
import { suiteTests } from "./harness.ts";

await suiteTests("unprocessed-accounts");
