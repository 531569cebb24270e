import { describe, expect, it } from "vitest";
import { GUARDDUTY, SECURITY_HUB } from "../specs/services/index.ts";
import { accountIdsNamedIn, assertOwnAccountsOnly, reachingNamedAccounts, RealAccountSafetyError } from "./real-account-safety.ts";

const OWN = ["111111111111", "222222222222"];
const REACHING = reachingNamedAccounts(SECURITY_HUB);
const STRANGER = "999999999999";
/** The stranger's id as JSON escapes, which any JSON parser decodes to the id itself. */
const ESCAPED = [...STRANGER].map((digit) => `\\u${digit.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

describe("the real-account safety guard", () => {
  it("knows each service's calls that reach the accounts they name, from its descriptor", () => {
    expect([...REACHING]).toEqual(["CreateMembers", "InviteMembers"]);
    // GuardDuty's names the accounts in a camelCase body beside the detector in its path: the guard reads the body alike.
    const guardduty = reachingNamedAccounts(GUARDDUTY);
    expect(() => assertOwnAccountsOnly(guardduty, "InviteMembers", JSON.stringify({ accountIds: [STRANGER] }), OWN)).toThrow(RealAccountSafetyError);
    expect(() =>
      assertOwnAccountsOnly(guardduty, "CreateMembers", JSON.stringify({ accountDetails: [{ accountId: OWN[0], email: "a@b.c" }] }), OWN),
    ).not.toThrow();
  });

  it("lets CreateMembers and InviteMembers name only the user's own accounts", () => {
    expect(() => assertOwnAccountsOnly(REACHING, "InviteMembers", JSON.stringify({ AccountIds: OWN }), OWN)).not.toThrow();
    expect(() => assertOwnAccountsOnly(REACHING, "InviteMembers", JSON.stringify({ AccountIds: [OWN[0], STRANGER] }), OWN)).toThrow(RealAccountSafetyError);
    expect(() => assertOwnAccountsOnly(REACHING, "CreateMembers", JSON.stringify({ AccountDetails: [{ AccountId: STRANGER }] }), OWN)).toThrow(/999999999999/);
  });

  it("reads the body as the target will: JSON escapes decoded, keys, numbers and every nesting", () => {
    expect(JSON.parse(`"${ESCAPED}"`)).toBe(STRANGER);
    for (const body of [`{"AccountIds":["${ESCAPED}"]}`, `{"AccountIds":[${STRANGER}]}`, `{"${STRANGER}":1}`, `{"a":[[[{"b":"x${STRANGER}y"}]]]}`]) {
      expect(() => assertOwnAccountsOnly(REACHING, "InviteMembers", body, OWN), body).toThrow(RealAccountSafetyError);
    }
  });

  it("refuses a stranger hidden by a duplicate key, or in a body that is not JSON at all", () => {
    const duplicate = `{"AccountIds":["${ESCAPED}"],"AccountIds":["${OWN[0]}"]}`;
    expect(accountIdsNamedIn(duplicate)).toContain(STRANGER);
    expect(() => assertOwnAccountsOnly(REACHING, "InviteMembers", duplicate, OWN)).toThrow(RealAccountSafetyError);
    expect(() => assertOwnAccountsOnly(REACHING, "InviteMembers", `{"AccountIds":["${ESCAPED}",]`, OWN)).toThrow(RealAccountSafetyError);
  });

  it("leaves other operations and bodiless requests alone", () => {
    expect(() => assertOwnAccountsOnly(REACHING, "DeclineInvitations", JSON.stringify({ AccountIds: [STRANGER] }), OWN)).not.toThrow();
    expect(() => assertOwnAccountsOnly(REACHING, "InviteMembers", undefined, OWN)).not.toThrow();
  });
});
