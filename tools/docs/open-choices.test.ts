import { describe, expect, it } from "vitest";
import { ALL_VARIANTS, TOLERANT_VARIANTS } from "../../variants/index.ts";
import { OPEN_CHOICES } from "./open-choices.ts";

describe("the open choices", () => {
  it("are each made by tolerant variants, or say how the suite reads the answer instead", () => {
    const kinds = new Map(ALL_VARIANTS.map((v) => [v.name, v.kind]));
    for (const { choice, madeBy, readAs } of OPEN_CHOICES) {
      for (const name of madeBy) expect(kinds.get(name), `${choice}: ${name}`).toBe("tolerant");
      expect(madeBy.length > 0 || readAs !== undefined, choice).toBe(true);
    }
  });

  it("name every tolerant variant, so each choice the suite certifies is listed", () => {
    const named = new Set(OPEN_CHOICES.flatMap((c) => c.madeBy));
    expect(TOLERANT_VARIANTS.map((v) => v.name).filter((name) => !named.has(name))).toEqual([]);
  });
});
