/** A session's caches stay bounded over a deep run. */
import { describe, expect, it } from "vitest";
import { loadSpec } from "../specs/load-spec.ts";
import { EMULATOR_PROFILE } from "./profiles/emulator.ts";
import { defaultRunConfig } from "./run-config.ts";
import { MAX_ACTORS_KEPT, Session } from "./session.ts";

const spec = await loadSpec();

describe("Session", () => {
  it("keeps the actors of the MAX_ACTORS_KEPT accounts made last, not of every fresh account of a deep run", async () => {
    const session = new Session(spec, { ...defaultRunConfig(), endpoint: "http://127.0.0.1:9" }, EMULATOR_PROFILE);
    try {
      const first = session.actor("000000000001");
      expect(session.actor("000000000001")).toBe(first);
      // One more than it keeps: the first is the one let go, the second is still there.
      const second = session.actor("000000000002");
      for (let i = 3; i <= MAX_ACTORS_KEPT + 1; i++) session.actor(String(i).padStart(12, "0"));
      expect(session.actor("000000000002")).toBe(second);
      expect(session.actor("000000000001")).not.toBe(first);
      expect(session.actor("000000000001").accountId).toBe("000000000001");
    } finally {
      await session.close();
    }
  });
});
