// Throws while vitest collects it, so it has no test of its own to fail: the closing line must still count it.
import { it } from "vitest";

throw new Error("this file fails to load on purpose");
// biome-ignore lint/correctness/noUnreachable: the test a collector would find, were the file to load.
it("is never collected", () => {});
