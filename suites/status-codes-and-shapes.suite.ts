/** Families 1–3 for every operation: documented statuses, no 5xx for valid input, 400 for invalid input, error and success shapes. */
import { suiteTests } from "./harness.ts";

await suiteTests("status-codes-and-shapes");
