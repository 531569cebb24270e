// A suite-level error: the hook throws, so vitest never runs the test under it.
import { beforeAll, describe, it } from "vitest";

describe("a suite whose setup fails", () => {
  beforeAll(() => {
    throw new Error("this suite's beforeAll fails on purpose");
  });
  it("would pass if it ran", () => {});
});
