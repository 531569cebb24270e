/** The member lifecycle as the reads show it, and the pages of the two paginated operations. */
import { suiteTests } from "./harness.ts";

await suiteTests("lifecycle-and-pagination");
