/** Fresh ids: distinct generated ids stay distinct, the shift undoes exactly, and an id's leading zero survives it. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { accountId, malformedAccountId } from "../generators/accounts.ts";
import { FreshIds } from "./fresh-ids.ts";

const offset = fc.bigInt({ min: 1n, max: 2n ** 47n - 1n });

describe("FreshIds", () => {
  test.prop([offset, accountId()])("maps a 12-digit id to a 12-digit id, starting with a zero exactly when it did, and back", (by, id) => {
    const fresh = new FreshIds(by);
    const mapped = fresh.map(id);
    expect(mapped).toMatch(/^\d{12}$/);
    expect(mapped.startsWith("0")).toBe(id.startsWith("0"));
    expect(fresh.generatedFrom(mapped)).toBe(id);
  });

  test.prop([offset, fc.uniqueArray(accountId(), { minLength: 2, maxLength: 8 })])("keeps distinct ids distinct", (by, ids) => {
    const fresh = new FreshIds(by);
    expect(new Set(ids.map((id) => fresh.map(id))).size).toBe(ids.length);
  });

  test.prop([offset, malformedAccountId()])("leaves what is not a 12-digit id as it is", (by, id) => {
    expect(new FreshIds(by).map(id)).toBe(id);
    expect(new FreshIds(by).generatedFrom(id)).toBe(id);
  });

  it("wraps around within each class", () => {
    const fresh = new FreshIds(10n);
    expect(fresh.map("099999999995")).toBe("000000000005");
    expect(fresh.map("999999999995")).toBe("100000000005");
  });

  it("moves the same id elsewhere for two cases", () => {
    expect(new FreshIds().map("000000000000")).not.toBe(new FreshIds().map("000000000000"));
  });
});
