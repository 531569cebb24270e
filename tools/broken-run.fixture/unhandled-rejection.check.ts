// An error outside any test: the test passes, then a promise it left behind rejects with no handler.
import { it } from "vitest";

it("passes but leaves a rejection behind", () => {
  void Promise.reject(new Error("this rejection is left unhandled on purpose"));
});
